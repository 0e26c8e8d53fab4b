using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// What makes a name line at the head of a page the site's own masthead when the page never prints the name again:
/// the site's menu, breadcrumb or controls right under it ("Home  News  Sport", "Home &gt; Press releases", "Donate",
/// "Watch Live"), or a name shaped like a periodical's or a publishing body's ("Port Ellery Herald", "The Frontline
/// Letter", "Centre for Justice Research", "Ministry of Public Safety"). Pure.
/// </summary>
public static partial class SiteMasthead
{
    /// <summary>The words of bodies that publish: institutes, ministries, agencies, societies and firms.</summary>
    private static readonly string[] BodyNouns =
    [
        "institute", "institut", "centre", "center", "ministry", "department", "embassy", "council", "commission", "agency",
        "authority", "society", "foundation", "association", "federation", "alliance", "network", "observatory", "university",
        "college", "academy", "service", "partners", "advisory", "associates", "consultancy",
    ];

    /// <summary>
    /// Words that name a periodical or a body that publishes: a newspaper's, magazine's, newsletter's or blog's
    /// name word, and the words of institutes, ministries, agencies, societies and firms.
    /// </summary>
    private static readonly HashSet<string> PublisherNouns = new(
    [
        // periodicals
        "herald", "courier", "chronicle", "gazette", "gazeta", "times", "post", "tribune", "journal", "review", "quarterly", "weekly",
        "monthly", "daily", "magazine", "letter", "newsletter", "bulletin", "digest", "dispatch", "notes", "notebook", "blog", "ledger",
        "observer", "monitor", "record", "press", "wire", "telegraph", "mail", "express", "standard", "sentinel", "examiner", "almanac",
        "register", "mercury", "inquirer", "podcast", "radio", "television", "broadcasting", "forum",
        .. BodyNouns,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the name is a publishing body's, not a periodical's: its last word names a publisher but no periodical ("The
    /// Harbour Foundation", "Tollgate Press"),
    /// or a body's word stands before the "for"/"of"/"on" that opens its subject ("Halvard Centre for Maritime Studies",
    /// "Kesterholm Institute for Regional Affairs", "Council on Coastal Relations"); never a name ending in a periodical's word.
    /// </summary>
    public static bool NamesPublishingBody(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '’', '\'')).ToArray();
        if (words.Length == 0 || PeriodicalNouns.Contains(words[^1])) return false;
        if (PublisherNouns.Contains(words[^1])) return true;
        var subject = Array.FindIndex(words, w => w.ToLowerInvariant() is "for" or "of" or "on");
        return subject > 0 && BodyNouns.Contains(words[subject - 1], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Words that name a periodical alone (the first group of <see cref="PublisherNouns"/>, and a monitor's "brief" or
    /// "briefing"): what tells a periodical's masthead from its publisher's name printed over it ("THE JAMESTOWN
    /// FOUNDATION" / "Northern Seas Brief").
    /// </summary>
    private static readonly HashSet<string> PeriodicalNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "herald", "courier", "chronicle", "gazette", "gazeta", "times", "post", "tribune", "journal", "review", "quarterly", "weekly",
        "monthly", "daily", "magazine", "letter", "newsletter", "bulletin", "digest", "dispatch", "notes", "notebook", "ledger",
        "observer", "monitor", "record", "telegraph", "sentinel", "examiner", "almanac", "register", "mercury", "inquirer",
        "brief", "briefing",
    };

    /// <summary>Whether the name's last word names a periodical ("… SECURITY MONITOR", "Northern Seas Brief"), not a publishing body.</summary>
    public static bool EndsWithPeriodicalNoun(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && PeriodicalNouns.Contains(words[^1].Trim('.', ',', '’', '\''));

    /// <summary>Whether a word of the name is one that names a periodical or a publishing body (<see cref="PublisherNouns"/>).</summary>
    public static bool HasPublisherNoun(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(w => PublisherNouns.Contains(w.Trim('.', ',', '’', '\'')));

    /// <summary>Whether the name's last word is one that names a periodical or a publishing body ("… SECURITY MONITOR").</summary>
    public static bool EndsWithPublisherNoun(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && PublisherNouns.Contains(words[^1].Trim('.', ',', '’', '\''));

    /// <summary>
    /// Whether the line is the site's navigation or its controls: a menu bar, a breadcrumb trail, or a few buttons
    /// ("Donate", "Watch Live", "Subscribe  Sign in", "Skip to content", "Become a member", "Get the app").
    /// </summary>
    public static bool IsSiteControls(string line)
    {
        var text = line.Trim();
        if (text.Length == 0) return false;
        return NavigationBar.IsNavigation(text) || NavigationBar.IsArrowTrail(text) || NavigationBar.TrailItems(text) is not null || IsControlButtons(text);
    }

    /// <summary>A few of the site's buttons and nothing else ("Donate", "Become a member", "Subscribe  Sign in"): never a headline.</summary>
    public static bool IsControlButtons(string line) => Controls().IsMatch(line.Trim());

    /// <summary>
    /// Whether the name line at <paramref name="index"/> stands over the site's controls: the next line, or the one
    /// after a tagline (a line that is no name: "Conversations on the edges of the map", "Rotterdam · 14–16 May").
    /// </summary>
    public static bool OverControls(IReadOnlyList<string> lines, int index)
    {
        if (index + 1 >= lines.Count) return false;
        if (IsSiteControls(lines[index + 1])) return true;
        return index + 2 < lines.Count && IsTagline(lines[index + 1]) && IsSiteControls(lines[index + 2]);
    }

    /// <summary>A line under a name that describes it: mostly words in lower case, or a place and dates.</summary>
    private static bool IsTagline(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > 15 || IsSiteControls(line)) return false;
        return line.Any(char.IsDigit) || words.Skip(1).Count(w => char.IsLower(w[0])) * 2 >= words.Length - 1;
    }

    [GeneratedRegex(@"^(?:(?:donate(?:\s+now)?|give(?:\s+now)?|subscribe(?:\s+now)?|sign\s+(?:in|up)(?:\s+(?:now|free))?|log\s*(?:in|out)|my\s+account|menu|search|watch\s+(?:live|now)|listen\s+live|live|skip\s+to\s+(?:main\s+)?content|support\s+(?:us|our\s+(?:work|journalism|reporting|newsroom|mission))|become\s+a\s+(?:member|supporter|subscriber|friend|patron)|join(?:\s+(?:us|now|today))?|(?:get|download)\s+(?:the|our)\s+app|contact(?:\s+us)?|home)(?:\s*[|·•/]\s*|\s{2,}|\s+)?)+$", RegexOptions.IgnoreCase)]
    private static partial Regex Controls();
}
