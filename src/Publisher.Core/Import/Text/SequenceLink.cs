using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A link to the previous or next item of a series, printed after an article: "Previous note: 26/40 — Sanctions
/// update", "Next article: …", "Older post". A label of position in a sequence, then a title; no sentence. Pure.
/// </summary>
internal static partial class SequenceLink
{
    private const int MaxWords = 25;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_', '«', '»', '←', '→', ' ');
        return t.Length > 0 && TextLines.WordCount(t) <= MaxWords && Label().IsMatch(t) && !t.EndsWith('.');
    }

    [GeneratedRegex(@"^(?:previous|next|older|newer|earlier|later)(?:\s+\p{L}+){0,2}\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
