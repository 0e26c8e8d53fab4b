namespace Publisher.Core.Import.Text;

/// <summary>
/// The layout of text with one paragraph per line and no blank lines between them (a PDF's text extracted line by
/// paragraph, an issue pasted from a word processor): every line is then a block of its own, as a blank line would have
/// made it. The layout is the text's when blank lines are rare, many lines are long, and the long lines end sentences
/// (hard-wrapped text breaks them mid-sentence). Pure.
/// </summary>
public static class ParagraphLines
{
    private const int MinLines = 10;
    private const int LongLineWords = 25;
    private const double MaxBlankShare = 0.1;
    private const double MinLongShare = 0.3;
    private const double MinEndedShare = 0.8;

    public static bool IsLayout(IReadOnlyList<SeedLine> lines)
    {
        var text = lines.Where(l => !l.IsBlank).ToList();
        if (text.Count < MinLines) return false;
        var longLines = text.Where(l => TextLines.WordCount(l.Text) >= LongLineWords).ToList();
        if (longLines.Count < MinLongShare * text.Count || longLines.Count(l => EndsSentence(l.Text)) < MinEndedShare * longLines.Count) return false;
        // Blank lines may part the sections (an email's pieces) while the paragraphs inside them follow each other line by line.
        return lines.Count(l => l.IsBlank) <= MaxBlankShare * text.Count || ParagraphsLineByLine(lines) >= MinLineByLine;
    }

    private const int MinLineByLine = 3;

    /// <summary>How many long lines that end a sentence have another paragraph's line right under them, no blank between.</summary>
    private static int ParagraphsLineByLine(IReadOnlyList<SeedLine> lines) =>
        Enumerable.Range(0, Math.Max(0, lines.Count - 1)).Count(i => !lines[i + 1].IsBlank && TextLines.WordCount(lines[i].Text) >= LongLineWords
            && EndsSentence(lines[i].Text) && TextLines.WordCount(lines[i + 1].Text) >= LongLineWords);

    /// <summary>Every line a block of its own.</summary>
    public static IReadOnlyList<TextBlock> Split(TextBlock block) =>
        block.Lines.Count == 1 ? [block] : block.Lines.Select(l => new TextBlock([l])).ToList();

    private static bool EndsSentence(string line) => SentenceEnd.Closes(line, colon: true);
}
