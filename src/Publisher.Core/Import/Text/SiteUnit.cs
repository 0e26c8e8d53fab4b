namespace Publisher.Core.Import.Text;

/// <summary>
/// A unit that publishes under its parent's masthead: "FEDERAL ASSEMBLY" over "Legislative Research Office" over the
/// office's own breadcrumb, "University of Eastmoor" and its menu over "Centre for …" or its alumni magazine and their own
/// menus. The unit
/// with navigation of its own is the site the page is on, so it is the publication; a programme or desk named only over
/// the title has none and stays a section of its parent's site, and a press office speaks for its parent. Pure.
/// </summary>
internal static class SiteUnit
{
    /// <summary>Words that name a body inside a larger one that can keep a site of its own.</summary>
    private static readonly HashSet<string> UnitNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "institute", "institut", "centre", "center", "office", "unit", "service", "observatory", "laboratory", "lab", "school",
        "faculty", "commission", "library", "museum", "clinic",
    };

    /// <summary>Words that open the name of a body speaking for its parent (its press office), never a publisher of its own.</summary>
    private static readonly HashSet<string> SpokesWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "press", "media", "communications", "communication", "news", "public",
    };

    /// <summary>
    /// The unit and what says so, when a name line with its own navigation or breadcrumb under it follows the page's
    /// first name line (the parent's masthead) above the title; null otherwise.
    /// </summary>
    public static SiteNameReading? Find(IReadOnlyList<string> lines, IReadOnlyList<(string Name, int Index)> tops, int titleAt)
    {
        if (tops.Count < 2) return null;
        var parent = tops[0];
        foreach (var (name, index) in tops.Skip(1))
        {
            if (titleAt >= 0 && index >= titleAt) break;
            if (!IsUnitName(name) || TextShapes.NormalizeForMatch(name) == TextShapes.NormalizeForMatch(parent.Name)) continue;
            // A label right over the title ("RISK BULLETIN") is the page's genre, with the title read as its tagline.
            if (index + 1 == titleAt || !SiteMasthead.OverControls(lines, index)) continue;
            // Only lines of the site's own chrome (its menu, a blank) may stand between the parent's name and the unit's.
            if (!lines.Skip(parent.Index + 1).Take(index - parent.Index - 1).All(l => l.Trim().Length == 0 || SiteMasthead.IsSiteControls(l))) continue;
            return new SiteNameReading(name,
                $"a unit's name with its own navigation under its parent's masthead ('{parent.Name}'): the unit's site is the one the page is on");
        }
        return null;
    }

    /// <summary>Head nouns of a part of an organisation's work that has no site of its own ("Energy and Climate Programme").</summary>
    private static readonly HashSet<string> SectionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "programme", "program", "programmes", "programs", "desk", "team", "initiative", "project",
    };

    /// <summary>Whether the name ends in the noun of a programme or desk, a section of its parent's site.</summary>
    public static bool IsSectionOfParent(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } words && SectionNouns.Contains(words[^1].Trim('.', ','));

    private static bool IsUnitName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 8 && !SpokesWords.Contains(words[0])
            && (words.Any(w => UnitNouns.Contains(w.Trim('.', ',', '’', '\''))) || SiteMasthead.EndsWithPeriodicalNoun(name));
    }
}
