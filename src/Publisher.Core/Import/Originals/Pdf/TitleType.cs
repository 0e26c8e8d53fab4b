namespace Publisher.Core.Import.Originals.Pdf;

/// <summary>
/// A line set in title type: bold and clearly larger than the body type (a fifth or more). A PDF's titles are so set,
/// while headings inside an article, bylines, section labels and captions are not larger than the body. This is
/// evidence for the text reader (<see cref="PageFacts.TitleTypeLines"/>), not a decision: the reader still asks that the
/// line read like a title and be followed by prose.
/// </summary>
internal static class TitleType
{
    private const double MinSizeRatio = 1.2;

    public static bool Is(PdfLine line, double bodySize) => line.Bold && line.FontSize >= bodySize * MinSizeRatio;
}
