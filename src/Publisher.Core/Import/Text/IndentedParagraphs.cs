using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The layout that marks paragraphs by indenting their first line instead of a blank line between them (PDF text of
/// a printed page). The layout is the document's when at least <see cref="MinIndentedStarts"/> lines are indented
/// after a line that ends a sentence or a short heading line; then a block is cut before every indented line that
/// follows an unindented one, and a short heading line (no sentence end) standing between a sentence's end and an
/// indented line is a block of its own. Pure.
/// </summary>
public static class IndentedParagraphs
{
    private const int MinIndentedStarts = 3;
    private const int MaxHeadingWords = 10;

    /// <summary>Whether the lines use indented first lines for paragraphs.</summary>
    public static bool IsLayout(IReadOnlyList<SeedLine> lines)
    {
        var starts = 0;
        for (var i = 1; i < lines.Count; i++)
            if (IsIndented(lines[i]) && !lines[i - 1].IsBlank && !IsIndented(lines[i - 1]) && EndsParagraph(lines[i - 1].Text)) starts++;
        return starts >= MinIndentedStarts;
    }

    /// <summary>The block cut into paragraphs at indented first lines, and headings set apart (the block itself when nothing is cut).</summary>
    public static IReadOnlyList<TextBlock> Split(TextBlock block)
    {
        var lines = block.Lines;
        var cuts = new SortedSet<int>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (!IsIndented(lines[i]) || IsIndented(lines[i - 1])) continue;
            // A block that opens with a short line over its first paragraph ("Summary") keeps them together, as before.
            if (i == 1 && IsHeading(lines[0].Text)) continue;
            cuts.Add(i);
            // "Title" / "By NAME" / "   On a January morning …" after a sentence's end: an article's title and byline,
            // each a block of its own.
            if (i >= 3 && Byline.Read(lines[i - 1].Text) is not null && TextShapes.IsTitleLike(lines[i - 2].Text.Trim()) && IssueSegmenter.EndsSentence(lines[i - 3].Text))
            {
                cuts.Add(i - 1);
                cuts.Add(i - 2);
            }
            // "Early life" / "   Noorzai was born …": the unindented short line before an indented start is a heading.
            else if (i >= 2 && IsHeading(lines[i - 1].Text) && EndsParagraph(lines[i - 2].Text)) cuts.Add(i - 1);
        }
        if (cuts.Count == 0) return [block];
        var result = new List<TextBlock>();
        var start = 0;
        foreach (var cut in cuts.Append(lines.Count))
        {
            if (cut > start) result.Add(new TextBlock(lines.Skip(start).Take(cut - start).ToList()));
            start = cut;
        }
        return result;
    }

    private static bool IsIndented(SeedLine line) =>
        !line.IsBlank && (line.Text.StartsWith('\t') || line.Text.StartsWith("  ", StringComparison.Ordinal));

    private static bool EndsParagraph(string text) => IssueSegmenter.EndsSentence(text) || IsHeading(text);

    private static bool IsHeading(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && TextLines.WordCount(trimmed) <= MaxHeadingWords && char.IsUpper(trimmed[0])
            && trimmed[^1] is not ('.' or ',' or ';' or ':' or '-');
    }
}
