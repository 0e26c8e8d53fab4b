using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// An audio player's bar left in a page's text: "Listen to this post ▶ 00:00 / 06:31", "▶ Play audio 0:00 / 12:04",
/// "Audio version ▶ 0:00", "▶ Listen to this article · 9 min" (its length in minutes), or its row of buttons ("▶ Play  + Add to playlist  ⤓ Download (MP3, 25 MB)"). A listen or play word and a player's time counter (a position, or a position over a
/// length) and nothing else; a sentence that mentions a recording's time is prose. Pure.
/// </summary>
internal static partial class AudioPlayer
{
    private const int MaxWords = 10;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        var words = TextLines.WordCount(t);
        return t.Length > 0 && (words <= MaxWords && Player().IsMatch(t) || words <= 2 * MaxWords && Buttons().IsMatch(t));
    }

    /// <summary>"▶ Play   + Add to playlist   ⤓ Download (MP3, 25 MB)": the player's row of buttons, a play button first.</summary>
    [GeneratedRegex(@"^[▶►⏵]\s*(?:play|listen)(?:\s+(?:now|episode|programme|program))?(?:\s*[·|•]?\s*[+⤓↓⬇⋯…⇪↗]?\s*(?:add\s+to\s+(?:playlist|queue|my\s+\p{L}+)|download(?:\s*\([^)]{1,30}\))?|share|subscribe|save|follow|more|embed|listen\s+later))+$", RegexOptions.IgnoreCase)]
    private static partial Regex Buttons();

    [GeneratedRegex(@"^(?:[▶►⏵]\s*)?(?:listen|play|audio|hear)\b[\p{L}'’ ]{0,30}?[\s·|:]*(?:[▶►⏵⏸]\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?|\(?\d{1,3}\s*(?:min|mins|minutes)\.?\)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Player();
}
