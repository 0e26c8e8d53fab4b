namespace Publisher.Core.Import.Originals.Pdf;

/// <summary>
/// One printed line of a PDF page in reading order: its text (superscript note numbers already written as <c>[n]</c>),
/// where it stands (PDF points, y growing upwards) and how it is set.
/// </summary>
/// <param name="Column">The column it stands in (0 = leftmost); -1 for a line across the columns (a masthead, a title).</param>
internal sealed record PdfLine(
    int Page,
    string Text,
    double Left,
    double Right,
    double Top,
    double Baseline,
    double FontSize,
    bool Bold,
    bool Italic,
    int Column)
{
    /// <summary>The line stands in the page's top or bottom margin, apart from the text (where running lines stand).</summary>
    public bool InMargin { get; init; }

    /// <summary>The line's look: lines of one paragraph share it; a change (a title, a byline, a heading) starts a new one.</summary>
    public (double Size, bool Bold, bool Italic) Style => (Math.Round(FontSize * 2) / 2, Bold, Italic);
}

/// <summary>A page's lines in reading order, and the page's size.</summary>
internal sealed record PdfPageLines(int Page, double Width, double Height, IReadOnlyList<PdfLine> Lines);
