using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>The names an authors block gives, and how many lines (the label included) it spans.</summary>
public sealed record AuthorsBlockReading(IReadOnlyList<string> Names, int Lines);

/// <summary>
/// The block of authors a firm or institute prints after the text (or a conference's paper page under its title): a label
/// ("Authors", "Contributors", "Contacts", "About the authors", "Written by", "Presenters") and then, one per line, each person's name followed by their role and office
/// ("Partner, Lenhausen"), a telephone number or an email address. Every name needs such a line under it (or the block
/// is nothing but names); the block ends at the first line that is none of these. Pure.
/// </summary>
public static partial class AuthorsBlock
{
    private const int MaxDetailWords = 8;

    /// <param name="lines">The page's lines from the label on.</param>
    public static AuthorsBlockReading? Read(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2 || !Label().IsMatch(lines[0].Trim())) return null;
        var names = new List<string>();
        var details = 0;
        var k = 1;
        for (; k < lines.Count; k++)
        {
            var text = lines[k].Trim();
            if (IsName(text)) { names.Add(PersonNames.Clean(text)); continue; }
            // "Ann Lee — Partner, Lenhausen", "Ann Lee, Ostmark University": the name and its detail on one line.
            if ((NameWithDetail(text) ?? NameCommaInstitution(text)) is { } named) { names.Add(named); details++; continue; }
            if (names.Count > 0 && IsDetail(text)) { details++; continue; }
            break;
        }
        if (names.Count == 0 || names.Count > 8) return null;
        // Names alone, or each name with a detail line: "Partner, Lenhausen" under "Ann Lee".
        if (details > 0 && details < names.Count) return null;
        return new AuthorsBlockReading(names, k);
    }

    /// <summary>"Presenters", "Presenting authors:": the label a conference's paper page prints over its authors under the title.</summary>
    public static bool IsPresentersLabel(string line) => Label().Match(line.Trim()) is { Success: true } m && m.Groups["presenters"].Success;

    /// <summary>"Written by", "Authors:" alone on a line under a title, the names on the lines under it: a byline set as a list.</summary>
    public static bool IsBylineLabel(string line) => Label().Match(line.Trim()) is { Success: true } m && (m.Groups["presenters"].Success || m.Groups["byline"].Success && !m.Groups["about"].Success);

    /// <summary>
    /// One line of the block naming one person: the name alone, or with its role or institution after a dash, a bar or a
    /// comma ("Marit Solheim, Norland Police University College"); the name, or null.
    /// </summary>
    public static string? Entry(string line)
    {
        var text = line.Trim();
        return text.Length == 0 ? null : IsName(text) ? PersonNames.Clean(text) : NameWithDetail(text) ?? NameCommaInstitution(text);
    }

    /// <summary>A line under a name in the block: the person's role and office, a telephone number or an email address.</summary>
    public static bool IsDetailLine(string line) => IsDetail(line.Trim());

    /// <summary>"Anselm Vukovic, Institute for Coastal Studies, Rostrup": a name, a comma and the body the person works for.</summary>
    private static string? NameCommaInstitution(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 4 || text[^1] is '.' or '?' or '!' or ':' || TextLines.WordCount(text) > MaxDetailWords + 4) return null;
        var name = text[..comma].Trim();
        var institution = text[(comma + 1)..].Trim();
        return IsName(name) && institution.Length > 0 && char.IsUpper(institution[0]) && SiteMasthead.HasPublisherNoun(institution) ? PersonNames.Clean(name) : null;
    }

    private static bool IsName(string text) =>
        text.Length <= 60 && text[^1] is not ('.' or ',' or ':') && !text.Any(char.IsDigit)
        && Byline.LooksLikeName(PersonNames.Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true);

    /// <summary>"Ann Lee — Head of Research, London", "Ann Lee | Partner": a name, a dash or bar, and a role line.</summary>
    private static string? NameWithDetail(string text)
    {
        var m = NameDashDetail().Match(text);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.Trim();
        var detail = m.Groups["detail"].Value.Trim();
        return IsName(name) && (IsDetail(detail) || AuthorRoleLine.Is(detail)) ? PersonNames.Clean(name) : null;
    }

    [GeneratedRegex(@"^(?<name>[^—–|]{4,60}?)\s+[—–|]\s+(?<detail>\S.{1,80})$")]
    private static partial Regex NameDashDetail();

    /// <summary>A role and office ("Counsel, Veldania City"), a telephone number or an email address.</summary>
    private static bool IsDetail(string text)
    {
        if (text.Length == 0) return false;
        if (Phone().IsMatch(text) || Email().IsMatch(text)) return true;
        return TextLines.WordCount(text) <= MaxDetailWords && char.IsUpper(text[0]) && text[^1] is not ('.' or '?' or '!' or ':')
            && (text.Contains(',', StringComparison.Ordinal) || AuthorRoleLine.Is(text));
    }

    [GeneratedRegex(@"^(?<about>(?:about|meet)\s+the\s+)?(?:(?<byline>written\s+by|authors?)|contributors?|contacts?|key\s+contacts?|(?<presenters>presenters?|presenting\s+authors?))\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:(?:tel|phone|t|m|mobile)\.?\s*:?\s*)?\+?[\d\s().\-]{7,}$", RegexOptions.IgnoreCase)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^(?:e-?mail\s*:?\s*)?\S+@\S+\.\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Email();
}
