using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A page title printed with the site's name after it, as a browser tab shows it ("Restoring the plaque – Museum of
/// the Northern Railways", "Port strike enters second week | Daily Ledger"): the part after the last separator is
/// removed when it is one of the site's names or repeats a line printed above the title. Pure.
/// </summary>
public static partial class TitleSiteSuffix
{
    /// <summary>The title without the site's name, and the name removed (null when nothing was removed).</summary>
    /// <param name="names">The site's names and the lines above the title.</param>
    public static (string Title, string? Removed) Strip(string title, IEnumerable<string> names, string? url)
    {
        var matches = Separator().Matches(title);
        if (matches.Count == 0) return (title, null);
        var last = matches[^1];
        var head = title[..last.Index].Trim();
        var tail = title[(last.Index + last.Length)..].Trim();
        if (TextLines.WordCount(head) < 2 || tail.Length < 2) return (title, null);
        var known = names.Any(n => PageTitle.SameTitle(n, tail)) || SiteName.IsSiteName(tail, names.ToList(), url);
        return known ? (head, tail) : (title, null);
    }

    [GeneratedRegex(@"\s+[|–—·:-]\s+|\s+::\s+")]
    private static partial Regex Separator();
}
