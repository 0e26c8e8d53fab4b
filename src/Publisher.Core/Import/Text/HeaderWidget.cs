using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The small controls a page sets between its title and its text: a "Follow", "Listen", "Share" or "Play episode"
/// button, a lone separator ("·"), a bare count of likes or responses ("312", "1.2K"), a player's clock
/// ("0:00 / 41:12"), a listening time ("Listen · 5 min"), an episode's season and length ("Season 6 · 41 min"), a
/// "Member-only story" mark, "+ Follow", "Report this article", "Open in app", a link to the author's page ("View profile", "(View all articles)"), a player left as a bracketed label over its clip's caption (<see cref="MediaEmbed"/>).
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
        return Widget().IsMatch(text) || ProfileLink().IsMatch(text);
    }

    /// <summary>
    /// A byline without the link to the author's page after the name: "Ann Lee (View all articles)", "By Ann Lee | View
    /// profile", "Ann Lee · More by this author". The line unchanged when it has none.
    /// </summary>
    public static string WithoutProfileLink(string line) => TrailingProfileLink().Replace(line, "");

    /// <summary>
    /// A line without the row of share buttons printed at its end: "By Ann Lee   [Share] [Tweet] [Email]", "Ann Lee | Share |
    /// Print". Two or more buttons, or one in brackets, each set off by two spaces, a bar or a dot; the line unchanged when it has none.
    /// </summary>
    public static string WithoutTrailingButtons(string line)
    {
        var m = TrailingButtons().Match(line);
        if (!m.Success || m.Index == 0) return line;
        var buttons = m.Groups["button"].Captures;
        return buttons.Count >= 2 || buttons[0].Value.StartsWith('[') ? line[..m.Index].TrimEnd() : line;
    }

    /// <summary>A line of share buttons and nothing else: "Share  Email  Print", "[Tweet] [Email]", "Facebook | X | LinkedIn".</summary>
    public static bool IsButtonRow(string line) => ButtonRow().IsMatch(line);

    private const string ButtonWord = @"(?:share(?:\s+this)?|tweet|e-?mail|print|save|bookmark|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|bluesky|mastodon|copy\s+link|comments?|gift(?:\s+(?:this\s+)?article)?)";
    private const string Button = @"(?:\[\s*" + ButtonWord + @"\s*\]|" + ButtonWord + ")";

    [GeneratedRegex(@"(?:(?:\s{2,}|\s*[|·•]\s*)(?<button>" + Button + @")|\s*(?<button>\[\s*" + ButtonWord + @"\s*\]))+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingButtons();

    [GeneratedRegex(@"^\s*" + Button + @"(?:(?:\s+|\s*[|·•]\s*)" + Button + @")+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonRow();

    private const string Profile = @"(?:view|see|read|more|all)\s+(?:(?:all|more)\s+)?(?:(?:articles|posts|stories|publications|columns|pieces|work)(?:\s+by\s+(?:this\s+author|\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3}))?|(?:full\s+)?(?:profile|bio|biography)|by\s+this\s+author)\s*[→›»]?";
    [GeneratedRegex(@"^(?:[▶+]\s*)?(?:follow(?:ing)?|report\s+this\s+(?:article|post|story|comment)|listen(?:\s+now)?|share|save|clap|play(?:\s+episode)?|play\s+now|open\s+in\s+app|member[\s-]only\s+story|gift\s+(?:this\s+)?article|[\d.,]+\s*[KkM]?|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|(?:listen|audio)\s*[·|•:]\s*\d{1,3}\s*min(?:ute)?s?|season\s+\d{1,3}\s*[·|•,]\s*\d{1,3}\s*min(?:ute)?s?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Widget();

    [GeneratedRegex(@"^[(\[]?\s*" + Profile + @"\s*[)\]]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileLink();

    [GeneratedRegex(@"(?:\s*[(\[]\s*" + Profile + @"\s*[)\]]|\s+[|·•]\s+" + Profile + @")\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingProfileLink();
}
