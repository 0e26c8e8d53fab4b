using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Well-formed punctuation in running prose: no space before a closing bracket or punctuation mark, no doubled
/// mark (",," ". ."), no word doubled ("the the"), and no full stop inside a bracket that opened mid-sentence
/// ("(Reuters, May 2.)" reads "(Reuters, May 2)."). A bracket holding a whole sentence of its own keeps its stop.
/// </summary>
public static partial class Punctuation
{
    /// <summary>
    /// What is wrong with the punctuation of <paramref name="text"/> at or next to <c>[from, to)</c>, in an
    /// editor's words; empty when it is well formed there.
    /// </summary>
    public static IReadOnlyList<string> Problems(string text, int from, int to)
    {
        var problems = new List<string>();
        bool Near(Match m) => m.Index <= to && m.Index + m.Length >= from;
        foreach (Match m in SpaceBeforeClosing().Matches(text))
            if (Near(m)) problems.Add($"a space before '{m.Groups["mark"].Value}'");
        foreach (Match m in DoubledMark().Matches(text))
            if (Near(m)) problems.Add($"a doubled '{m.Groups["mark"].Value}'");
        foreach (Match m in DoubledWord().Matches(text))
            if (Near(m)) problems.Add($"the word '{m.Groups["word"].Value}' twice");
        foreach (Match m in StopBeforeBracket().Matches(text))
            if (Near(m) && OpensMidSentence(text, m.Index + m.Length - 1))
                problems.Add("a full stop inside a bracket opened mid-sentence");
        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// <paramref name="text"/> with the punctuation problems in <c>[from, to)</c> repaired, and the repaired span's new end.
    /// </summary>
    public static (string Text, int To) Repair(string text, int from, int to)
    {
        var head = text[..from];
        var span = text[from..to];
        var tail = text[to..];
        span = SpaceBeforeClosing().Replace(span, m => m.Groups["mark"].Value);
        // "2.)" in a bracket opened mid-sentence: the stop belongs to the sentence, after the bracket.
        while (true)
        {
            var m = StopBeforeBracket().Match(span);
            while (m.Success && !OpensMidSentence(head + span, from + m.Index + m.Length - 1)) m = m.NextMatch();
            if (!m.Success) break;
            span = span[..m.Index] + ")" + (tail.StartsWith('.') ? "" : ".") + span[(m.Index + m.Length)..];
        }
        span = DoubledMark().Replace(span, m => m.Groups["mark"].Value);
        return (head + span + tail, from + span.Length);
    }

    /// <summary>The bracket closing at <paramref name="close"/> opened after a word or comma of the same sentence.</summary>
    private static bool OpensMidSentence(string text, int close)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            if (text[i] == ')') depth++;
            else if (text[i] == '(' && --depth == 0)
            {
                var before = text[..i].TrimEnd();
                if (before.Length == 0) return false;
                var last = before[^1];
                return char.IsLetterOrDigit(last) || last is ',' or ';' or ':' or '—' or '–' or '"' or '”' or '’' or '\'';
            }
        }
        return false;
    }

    [GeneratedRegex(@"(?<=\S)\s+(?<mark>[)\]},;:.!?])(?!\.\.)")]
    private static partial Regex SpaceBeforeClosing();

    [GeneratedRegex(@"(?<mark>[,;:])\s*\k<mark>|(?<!\.)(?<mark>\.)\s*\.(?!\.)")]
    private static partial Regex DoubledMark();

    // "that that" and "had had" can be grammatical.
    [GeneratedRegex(@"\b(?!(?:that|had)\b)(?<word>\p{L}+)\s+\k<word>\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoubledWord();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])\.\)")]
    private static partial Regex StopBeforeBracket();
}
