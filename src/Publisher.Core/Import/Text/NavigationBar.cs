using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A site's menu or section bar printed as one line: short items joined by separators ("World | Africa | Opinion",
/// "About · Programmes · Events", "Home › Security › …"). A breadcrumb's last item may be a long title; every other
/// item is short. Pure.
/// </summary>
public static partial class NavigationBar
{
    private const int MaxItemWords = 4;

    /// <summary>Whether the line is a menu bar or a breadcrumb trail.</summary>
    public static bool IsNavigation(string line) => Items(line) is not null;

    /// <summary>
    /// The items of a menu bar or breadcrumb, or null when the line is not one: at least three items (two when the
    /// separator is a breadcrumb arrow), all short but the last (which may be the page's own title in a trail).
    /// </summary>
    public static IReadOnlyList<string>? Items(string line)
    {
        var text = line.Trim();
        if (text.Length is < 5 or > 300 || text[^1] is '.' or '?' or '!') return null;
        var separator = Separator().Match(text);
        if (!separator.Success) return SpacedItems(text);
        var mark = separator.Groups["mark"].Value;
        var parts = SplitAt().Split(text).Select(p => p.Trim()).ToList();
        if (parts.Any(p => p.Length == 0)) return null;
        var arrow = IsArrow(mark);
        var trail = arrow || mark == "/";
        if (parts.Count < (arrow ? 2 : 3)) return null;
        var shortOnes = trail ? parts.Take(parts.Count - 1) : parts;
        if (shortOnes.Any(p => TextLines.WordCount(p) > MaxItemWords || p[^1] is '.' or ',' or ':' || !char.IsUpper(p[0]) && !char.IsDigit(p[0]))) return null;
        return parts;
    }

    /// <summary>
    /// A section bar over a page's title: two or more short items naming the site's sections ("World | Americas",
    /// "NEWS / REGION", "Home › Analysis › Middle East"), each at most three words, the whole at most eight.
    /// </summary>
    public static bool IsSectionBar(string line)
    {
        var text = line.Trim();
        if (text.Length is < 5 or > 80 || text[^1] is '.' or '?' or '!' or ':' or ',') return false;
        if (!Separator().IsMatch(text)) return false;
        var parts = SplitAt().Split(text).Select(p => p.Trim()).ToList();
        if (parts.Count < 2 || parts.Any(p => p.Length == 0) || TextLines.WordCount(text) > 8 + parts.Count) return false;
        return parts.All(p => TextLines.WordCount(p) <= 3 && (char.IsUpper(p[0]) || char.IsDigit(p[0])) && p[^1] is not ('.' or ',' or ':'));
    }

    /// <summary>
    /// The items of a breadcrumb trail or a two-item section bar ("World | Americas"), or null when the line is neither
    /// (a menu bar of three or more sections lists the site's sections, not the page's).
    /// </summary>
    public static IReadOnlyList<string>? TrailItems(string line)
    {
        if (BreadcrumbTail(line) is not null) return Items(line);
        return IsSectionBar(line) && !IsNavigation(line) ? SplitAt().Split(line.Trim()).Select(p => p.Trim()).ToList() : null;
    }

    /// <summary>
    /// Which lines belong to a menu printed one item per line: a run of three or more short lines (at most three
    /// words, no sentence punctuation). A label in such a run names one of the site's sections, not the page's genre.
    /// </summary>
    public static bool[] VerticalMenu(IReadOnlyList<string> lines)
    {
        var member = new bool[lines.Count];
        var start = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && IsMenuItem(lines[i])) continue;
            if (i - start >= 3) for (var j = start; j < i; j++) member[j] = true;
            start = i + 1;
        }
        return member;
    }

    private static bool IsMenuItem(string line)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= 30 && TextLines.WordCount(t) <= 3 && t[^1] is not ('.' or '?' or '!' or ':' or ',');
    }

    /// <summary>
    /// Whether the line is a trail joined by arrows ("Home » Monitor » Volume 25 » Issue 20"): a page's place in its
    /// site. A printed masthead joins its parts with bars, dots or bullets, never with arrows.
    /// </summary>
    public static bool IsArrowTrail(string line)
    {
        var mark = Separator().Match(line.Trim());
        return mark.Success && IsArrow(mark.Groups["mark"].Value) && Items(line) is { Count: >= 2 };
    }

    /// <summary>The last item of a breadcrumb trail ("Home › Security › Militants attack …"), or null.</summary>
    public static string? BreadcrumbTail(string line)
    {
        var text = line.Trim();
        var mark = Separator().Match(text);
        if (!mark.Success || !IsArrow(mark.Groups["mark"].Value) && mark.Groups["mark"].Value != "/") return null;
        return Items(text) is { Count: >= 2 } items ? items[^1] : null;
    }

    /// <summary>The item before the last of a breadcrumb trail ("Home / Research / Analysis / …" → "Analysis"), or null.</summary>
    public static string? BreadcrumbParent(string line)
    {
        var text = line.Trim();
        var mark = Separator().Match(text);
        if (!mark.Success || !IsArrow(mark.Groups["mark"].Value) && mark.Groups["mark"].Value != "/") return null;
        return Items(text) is { Count: >= 2 } items ? items[^2] : null;
    }

    /// <summary>Fewest items of a menu whose only separators are runs of spaces or tabs: fewer could be a table row.</summary>
    private const int MinSpacedItems = 4;

    /// <summary>
    /// A menu whose links the scrape left apart by runs of spaces or tabs ("Research  Events  Experts  About"): four
    /// or more short capitalised items, none ending like a sentence or a clause.
    /// </summary>
    private static IReadOnlyList<string>? SpacedItems(string text)
    {
        var parts = SpacedApart().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < MinSpacedItems) return null;
        return parts.All(p => TextLines.WordCount(p) <= 3 && (char.IsUpper(p[0]) || char.IsDigit(p[0])) && p[^1] is not ('.' or ',' or ':' or ';')) ? parts : null;
    }

    [GeneratedRegex(@"\t+|[ \u00A0]{2,}")]
    private static partial Regex SpacedApart();

    /// <summary>A breadcrumb's arrow; a forum's board index points back to the root with "‹" ("Board index ‹ Africa ‹ Zumara").</summary>
    private static bool IsArrow(string mark) => mark is "›" or "‹" or "»" or ">";

    [GeneratedRegex(@"\s+(?<mark>[|›‹»>/·•])\s+|\s*(?<mark>[›‹»])\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+[|›‹»>/·•]\s+|\s*[›‹»]\s*")]
    private static partial Regex SplitAt();
}
