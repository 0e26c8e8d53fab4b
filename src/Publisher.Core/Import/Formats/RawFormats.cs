namespace Publisher.Core.Import.Formats;

/// <summary>The known raw formats and the choice between them.</summary>
public static class RawFormats
{
    /// <summary>Below this confidence a format is still used when it is the best one, but import warns.</summary>
    public const double Confident = 0.5;

    public static IReadOnlyList<IRawFormat> All { get; } = [new WholeIssueFormat(), new WebArticleFormat(), new DigestFormat(), new SignedPiecesFormat(), new WebScrapeFormat()];

    /// <summary>The most confident format (the first listed wins a tie), or null when none sees its shape at all.</summary>
    public static (IRawFormat? Format, double Confidence) Choose(string text, IReadOnlyList<IRawFormat> formats) =>
        Ranked(text, formats) is [var best, ..] ? best : (null, 0);

    /// <summary>
    /// Every format that sees its shape in <paramref name="text"/> at all, most confident first (the first listed wins a
    /// tie): when the first finds no article in the text, the next one gets to read it.
    /// </summary>
    public static IReadOnlyList<(IRawFormat Format, double Confidence)> Ranked(string text, IReadOnlyList<IRawFormat> formats, RawSource? source = null) =>
        formats.Select((format, order) => (Format: format, Confidence: source is null ? format.Detect(text) : format.Detect(text, source), Order: order))
            .Where(c => c.Confidence > 0)
            .OrderByDescending(c => c.Confidence).ThenBy(c => c.Order)
            .Select(c => (c.Format, c.Confidence))
            .ToList();
}
