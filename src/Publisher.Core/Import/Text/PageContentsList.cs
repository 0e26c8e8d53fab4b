namespace Publisher.Core.Import.Text;

/// <summary>
/// A web page's list of its own sections printed before its text ("Contents" / "Summary" / "Warnings and insurance" /
/// "Safety and security" / …): at least <see cref="MinItems"/> short lines one under another, with no blank line between
/// them, each opening with a capital and ending no sentence, perhaps under a contents heading ("Contents", "On this
/// page"). Page furniture, not headings of the text. Pure.
/// </summary>
internal static class PageContentsList
{
    public const int MinItems = 4;

    private const int MaxItemWords = 6;

    /// <summary>
    /// How many of <paramref name="lines"/> (text and seed line number, in order) from the first form such a list, or 0.
    /// </summary>
    public static int LengthAt(IReadOnlyList<(string Text, int Line)> lines)
    {
        var count = lines.Count > 0 && (IsOnThisPage(lines[0].Text) || ContentsHeading.IsMatch(lines[0].Text)) ? 1 : 0;
        var items = 0;
        while (count < lines.Count && IsItem(lines[count].Text) && (count == 0 || lines[count].Line == lines[count - 1].Line + 1))
        {
            items++;
            count++;
        }
        return items >= MinItems ? count : 0;
    }

    private static bool IsItem(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && char.IsUpper(text[0]) && TextLines.WordCount(text) <= MaxItemWords
            && !text.EndsWith('.') && !text.EndsWith(':') && !text.EndsWith('?') && !text.EndsWith('!') && !text.Any(char.IsDigit);
    }

    private static bool IsOnThisPage(string line) =>
        line.Trim().TrimEnd(':').Equals("On this page", StringComparison.OrdinalIgnoreCase)
        || line.Trim().TrimEnd(':').Equals("In this article", StringComparison.OrdinalIgnoreCase);
}
