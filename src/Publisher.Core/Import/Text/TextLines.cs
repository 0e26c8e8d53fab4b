namespace Publisher.Core.Import.Text;

/// <summary>Line helpers shared by the rules. Text is always <c>\n</c>-separated once NormalizeText ran.</summary>
internal static class TextLines
{
    public static string[] Split(string text) => text.Split('\n');

    public static string Join(IEnumerable<string> lines) => string.Join('\n', lines);

    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A short excerpt for action details and messages.</summary>
    public static string Excerpt(string text, int max = 60)
    {
        text = text.Trim();
        return text.Length <= max ? text : text[..max].TrimEnd() + "…";
    }

    public static string Tail(string text, int max = 40)
    {
        text = text.Trim();
        return text.Length <= max ? text : "…" + text[^max..].TrimStart();
    }
}
