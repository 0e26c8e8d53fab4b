using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The name a site's logo line at the top of a page carries, without what is printed beside it: a tagline after a
/// dash or colon ("Brightwell — the archive of river law" → "Brightwell"), an acronym beside the name it stands for
/// ("FRCA | Federation of River Cities Associations" → the name spelt out). Pure.
/// </summary>
public static partial class SiteNameLine
{
    /// <summary>Section words a crawler's or a logo line's site suffix adds to an organisation's name ("… Blog", "News &amp; Events").</summary>
    private static readonly string[] SectionWords =
        ["news & events", "news and events", "newsroom", "news", "blog", "blogs", "insights", "commentary", "opinion", "press releases", "press office", "media centre", "archive", "archives"];

    private const int MaxSiteSectionWords = 3;

    private static string? BodyBesideSection(string name, string section) =>
        (SiteMasthead.NamesPublishingBody(name) || SiteMasthead.EndsWithPeriodicalNoun(name)) && TextLines.WordCount(name) >= 2
        && !SiteMasthead.HasPublisherNoun(section) && TextLines.WordCount(section) <= MaxSiteSectionWords && section.Any(char.IsLetter)
            ? name.Trim()
            : null;

    /// <summary>
    /// The name the line carries when something else is printed beside it, or null when the line is not of that
    /// shape (the caller then weighs the whole line).
    /// </summary>
    public static string? Name(string line)
    {
        var text = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var parts = text.Split(" | ");
        if (parts.Length == 2)
        {
            // "GVSS 2027 | Global Venue Security Summit": an event's acronym with its year.
            if (IsAcronymOf(EditionYear().Replace(parts[0], ""), parts[1])) return parts[1];
            if (IsAcronymOf(parts[1], parts[0])) return parts[0];
            // "Coastal Violence Observatory | Data Portal": a publishing body's or periodical's name beside a few words naming
            // the part of its site, which name neither.
            if ((BodyBesideSection(parts[0], parts[1]) ?? BodyBesideSection(parts[1], parts[0])) is { } body) return body;
            return null;
        }
        if (Bracketed().Match(text) is { Success: true } bracket && IsAcronymOf(bracket.Groups["acronym"].Value, bracket.Groups["name"].Value))
            return bracket.Groups["name"].Value;
        // "RVI  Radio Vardell International": a logo's initials beside the name they stand for.
        if (text.Split(' ') is [var initials, _, _, ..] words)
        {
            var named = string.Join(' ', words[1..]);
            if (IsAcronymOf(initials, named)) return named;
            // "RVI Radio Vardell International — English Service": the initials stand for the name without its edition.
            if (WithoutEdition(named) is { } bare && IsAcronymOf(initials, bare)) return bare;
        }
        // "harbourtown.example — official information …": an address, not a name.
        // "The Quayside Letter — Archive": a section of the site after its name.
        if (Tagged().Match(text) is { Success: true } section && IsSectionName(section.Groups["tag"].Value) && !section.Groups["name"].Value.Contains('.', StringComparison.Ordinal))
            return section.Groups["name"].Value.Trim();
        if (Tagged().Match(text) is { Success: true } tagged && IsTagline(tagged.Groups["tag"].Value) && !tagged.Groups["name"].Value.Contains('.', StringComparison.Ordinal))
            return tagged.Groups["name"].Value.Trim();
        return null;
    }

    /// <summary>
    /// "Conflict Centre Blog" → "Conflict Centre": the name left when a section word closes it; null when none does.
    /// </summary>
    public static string? WithoutSectionWord(string name)
    {
        var trimmed = name.Trim();
        foreach (var word in SectionWords)
        {
            if (trimmed.Length > word.Length + 1 && trimmed.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))
                return trimmed[..^(word.Length + 1)].Trim();
        }
        return null;
    }

    /// <summary>
    /// "Harbour Today English", "Gazeta Nova – International Edition": the outlet's name without the edition or language
    /// version that closes it; null when no such word closes it (or nothing would be left). The caller confirms the
    /// bare name is printed on the page: a name may end in such a word.
    /// </summary>
    public static string? WithoutEdition(string name)
    {
        var m = EditionSuffix().Match(name.Trim());
        if (!m.Success) return null;
        var bare = name.Trim()[..m.Index].Trim();
        return bare.Length >= 3 && bare.Any(char.IsLetter) ? bare : null;
    }

    [GeneratedRegex(@"\s+(?:[-–—|·:]\s+)?(?:(?:in\s+)?(?:English|French|Spanish|German|Arabic|Russian|Portuguese|Chinese|Turkish|Italian|Persian|Farsi|Ukrainian|Urdu|Hindi|Español|Français|Deutsch|Português|Türkçe|International|Global|World)(?:\s+(?:edition|version|service|site))?|edition)$", RegexOptions.IgnoreCase)]
    private static partial Regex EditionSuffix();

    /// <summary>Whether the whole text is a section of a site rather than a name ("News &amp; Events", "Blog").</summary>
    public static bool IsSectionName(string text) =>
        SectionWords.Any(w => string.Equals(text.Trim(), w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "OCMB" for "Organisation for Cooperation in the Mediterranean Basin": the capitals are the initials of the
    /// name's words, small words ("for", "the", "of") left out or kept.
    /// </summary>
    public static bool IsAcronymOf(string acronym, string name)
    {
        var a = acronym.Trim();
        if (a.Length is < 2 or > 8 || !a.All(char.IsUpper)) return false;
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        if (words.Count < 2) return false;
        var all = string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
        var capitalised = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return a == all || a == capitalised;
    }

    /// <summary>
    /// What follows a name's dash describes the site: it opens in lower case ("the case law database") or is a
    /// phrase in sentence case ("Written questions, answers and statements"), not another name.
    /// </summary>
    private static bool IsTagline(string tag)
    {
        var words = tag.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || tag.Any(char.IsDigit)) return false;
        if (char.IsLower(words[0][0])) return true;
        return words.Skip(1).Count(w => char.IsLower(w[0])) * 2 > words.Length - 1;
    }

    [GeneratedRegex(@"\s+(?:19|20)\d{2}$")]
    private static partial Regex EditionYear();

    [GeneratedRegex(@"^(?<name>\p{Lu}[^—–:|]{1,60}?)\s+(?:[—–]|-|:)\s+(?<tag>\S.{3,100})$")]
    private static partial Regex Tagged();

    [GeneratedRegex(@"^(?<name>\p{Lu}[^()]{3,80}?)\s*\((?<acronym>\p{Lu}{2,8})\)$")]
    private static partial Regex Bracketed();
}
