using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>Line helpers shared by the rules. Text is always <c>\n</c>-separated once NormalizeText ran.</summary>
internal static partial class TextLines
{
    public static string[] Split(string text) => text.Split('\n');

    public static string Join(IEnumerable<string> lines) => string.Join('\n', lines);

    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Sentences in a line of text: a sentence end followed by a capital starts a new one.</summary>
    public static int SentenceCount(string text) => SentenceBreak().Matches(text).Count + 1;

    /// <summary>The sentences of a line of text, cut where <see cref="SentenceCount"/> counts a new one.</summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        var t = text.Trim();
        var result = new List<string>();
        var from = 0;
        foreach (Match m in SentenceBreak().Matches(t))
        {
            result.Add(t[from..(m.Index + m.Length)].Trim());
            from = m.Index + m.Length;
        }
        result.Add(t[from..].Trim());
        return result;
    }

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

    [GeneratedRegex(@"[.!?][""”’)]*\s+(?=[\p{Lu}“""])")]
    private static partial Regex SentenceBreak();
}
