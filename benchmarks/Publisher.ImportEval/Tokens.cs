using System.Text.RegularExpressions;

namespace Publisher.ImportEval;

/// <summary>
/// Word tokens for comparing kept text: lower-case runs of letters and digits, after Markdown links, footnote
/// references (<c>[^1]</c>) and footnote definitions (<c>[^1]:</c>) are reduced to their text, a superscript or bracketed
/// roman note marker to the number import gives it; the tail of a link
/// whose text began on an earlier line (<c>2022](https://…)</c>, as a PDF prints a wrapped link) loses its address.
/// </summary>
public static partial class Tokens
{
    public static string[] Of(string text)
    {
        // A superscript note number ("claim.³") is the same token as the footnote it becomes ("claim.[^3]").
        var plain = Superscript().Replace(text, m => " " + new string(m.Value.Select(c => (char)('0' + Superscripts.IndexOf(c))).ToArray()) + " ");
        plain = FootnoteMarker().Replace(plain, " $1 ");
        plain = MarkdownLink().Replace(plain, "$1");
        plain = MarkdownLink().Replace(plain, "$1");
        plain = LinkTail().Replace(plain, " ");
        // So is a bracketed roman note marker ("ports.[iv]", "[[iv]](#_edn4)"), which import numbers in order ("ports.[^4]").
        plain = RomanMarker().Replace(plain, m => RomanValue(m.Groups[1].Value) is { } n ? $" {n} " : m.Value);
        return Word().Matches(plain.ToLowerInvariant()).Select(m => m.Value).ToArray();
    }

    /// <summary>The article text of labelled lines, with a line-end hyphen joined to the next line's lower-case continuation.</summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var joined = new System.Text.StringBuilder();
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var text = joined.ToString();
            if (text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]) && char.IsLower(line[0]))
            {
                joined.Length--;
                joined.Append(line);
            }
            else
            {
                if (joined.Length > 0) joined.Append('\n');
                joined.Append(line);
            }
        }
        return joined.ToString();
    }

    /// <summary>The text without its note markers ("[iv]", "[12]", "[^4]", superscript digits), which import renumbers.</summary>
    public static string WithoutNoteMarkers(string text) => NoteMarker().Replace(text, " ");

    /// <summary>Whether <paramref name="needle"/> occurs as a contiguous run of tokens in <paramref name="haystack"/>.</summary>
    public static bool ContainsRun(string[] haystack, ReadOnlySpan<string> needle)
    {
        if (needle.Length == 0 || needle.Length > haystack.Length) return false;
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++) match = string.Equals(haystack[i + j], needle[j], StringComparison.Ordinal);
            if (match) return true;
        }
        return false;
    }

    /// <summary>Size of the multiset intersection of two token lists.</summary>
    public static int Overlap(IEnumerable<string> a, IEnumerable<string> b)
    {
        var counts = a.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var overlap = 0;
        foreach (var token in b)
            if (counts.TryGetValue(token, out var n) && n > 0) { counts[token] = n - 1; overlap++; }
        return overlap;
    }

    /// <summary>The value of a roman numeral of one to six letters ("iv" → 4), or null when the letters are no numeral.</summary>
    internal static int? RomanValue(string numeral)
    {
        int Value(char c) => char.ToLowerInvariant(c) switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => 0 };
        var total = 0;
        for (var k = 0; k < numeral.Length; k++)
        {
            var v = Value(numeral[k]);
            if (v == 0) return null;
            total += k + 1 < numeral.Length && Value(numeral[k + 1]) > v ? -v : v;
        }
        return total > 0 ? total : null;
    }

    [GeneratedRegex(@"\[([ivxlc]{1,6})\]", RegexOptions.IgnoreCase)]
    private static partial Regex RomanMarker();

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    [GeneratedRegex("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")]
    private static partial Regex Superscript();

    [GeneratedRegex(@"\[\^(\w+)\]:?")]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex(@"\[\^?(?:\d{1,3}|[ivxlcdm]{1,6})\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+", RegexOptions.IgnoreCase)]
    private static partial Regex NoteMarker();

    [GeneratedRegex(@"!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\([^)\s]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTail();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
