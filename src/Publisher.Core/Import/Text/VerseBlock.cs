namespace Publisher.Core.Import.Text;

/// <summary>
/// Lines of verse printed one under another ("The tide goes out past Harrowby" / "And takes the light along;" / …): a
/// block of three or more short lines at one indent, with no blank line between them, in which a line before the last
/// breaks off at a comma or semicolon. A poem's stanza (or a hard-wrapped sentence); none of its lines is a headline,
/// however title-like each looks alone. A list of sections or a menu breaks off nowhere. Pure.
/// </summary>
internal static class VerseBlock
{
    private const int MinLines = 3;
    private const int MinWords = 3;
    private const int MaxWords = 10;

    /// <summary>The indexes of <paramref name="lines"/> (non-blank lines with their seed line numbers) that stand in such a block.</summary>
    public static IReadOnlySet<int> Lines(IReadOnlyList<(int Number, string Text)> lines)
    {
        var found = new HashSet<int>();
        var start = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i < lines.Count && lines[i].Number == lines[i - 1].Number + 1 && IsVerseLine(lines[i].Text)
                && Indent(lines[i].Text) == Indent(lines[i - 1].Text) && IsVerseLine(lines[i - 1].Text)) continue;
            if (i - start >= MinLines && Enumerable.Range(start, i - start - 1).Any(k => lines[k].Text.TrimEnd() is [.., ',' or ';']))
                for (var k = start; k < i; k++) found.Add(k);
            start = i;
        }
        return found;
    }

    private static bool IsVerseLine(string line) =>
        TextLines.WordCount(line) is >= MinWords and <= MaxWords && DateLine.Read(line) is null && Byline.Read(line) is null;

    private static int Indent(string line) => line.Length - line.TrimStart().Length;
}
