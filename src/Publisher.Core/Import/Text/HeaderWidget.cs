using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The small controls a page sets between its title and its text: a "Follow", "Listen", "Share" or "Play episode"
/// button, a lone separator ("·"), a bare count of likes or responses ("312", "1.2K"), a player's clock
/// ("0:00 / 41:12"), a listening time ("Listen · 5 min"), an episode's season and length ("Season 6 · 41 min"), a
/// "Member-only story" mark, "Open in app", a player left as a bracketed label over its clip's caption (<see cref="MediaEmbed"/>).
/// Short lines only, but for the player: a sentence is never a widget. Pure.
/// </summary>
public static partial class HeaderWidget
{
    public static bool Is(string line)
    {
        var text = line.Trim();
        if (MediaEmbed.Is(text)) return true;
        if (text.Length == 0 || text.Length > 40) return false;
        if (!text.Any(char.IsLetterOrDigit)) return true;
        return Widget().IsMatch(text);
    }

    [GeneratedRegex(@"^(?:▶\s*)?(?:follow(?:ing)?|listen(?:\s+now)?|share|save|clap|play(?:\s+episode)?|play\s+now|open\s+in\s+app|member[\s-]only\s+story|gift\s+(?:this\s+)?article|[\d.,]+\s*[KkM]?|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|(?:listen|audio)\s*[·|•:]\s*\d{1,3}\s*min(?:ute)?s?|season\s+\d{1,3}\s*[·|•,]\s*\d{1,3}\s*min(?:ute)?s?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Widget();
}
