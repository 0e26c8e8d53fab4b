using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// An audio player's bar left in a page's text: "Listen to this post ▶ 00:00 / 06:31", "▶ Play audio 0:00 / 12:04",
/// "Audio version ▶ 0:00". A listen or play word and a player's time counter (a position, or a position over a
/// length) and nothing else; a sentence that mentions a recording's time is prose. Pure.
/// </summary>
internal static partial class AudioPlayer
{
    private const int MaxWords = 10;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        return t.Length > 0 && TextLines.WordCount(t) <= MaxWords && Player().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:[▶►⏵]\s*)?(?:listen|play|audio|hear)\b[\p{L}'’ ]{0,30}?[\s·|:]*(?:[▶►⏵⏸]\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Player();
}
