using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A link to the previous or next item of a series, printed after an article: "Previous note: 26/40 — Sanctions
/// update", "Next article: …", "‹ Previous: …", "Older post", or both links on one line between arrows ("← Issue 12     Issue 14 →"). A label of position in a sequence, then a title; no sentence. Pure.
/// </summary>
internal static partial class SequenceLink
{
    private const int MaxWords = 25;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_', '«', '»', '‹', '›', '←', '→', ' ');
        return t.Length > 0 && TextLines.WordCount(t) <= MaxWords && !t.EndsWith('.') && (Label().IsMatch(t) || ArrowPair().IsMatch(line.Trim()));
    }

    [GeneratedRegex(@"^(?:previous|next|older|newer|earlier|later)(?:\s+\p{L}+){0,2}\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    // "← Issue #47: Ferry routes     Issue #49 →": a backward arrow opens the line, a forward arrow closes it.
    [GeneratedRegex(@"^[*_]*(?:←|‹|«)\s*\S.*\S\s*(?:→|›|»)[*_]*$")]
    private static partial Regex ArrowPair();
}
