using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The tagline an encyclopedia prints under an entry's title, "From Openwiki, the free encyclopedia" (or another reference
/// work's: "From the Lexicon of Sea Law, the open reference on maritime disputes"), or its title-bar form "Openwiki, the
/// free encyclopedia": the page is an encyclopedia entry, and the name before the comma is the
/// site's (the words after it describe the site, they are not its name). Pure.
/// </summary>
public static partial class EncyclopediaTagline
{
    /// <summary>The site's name when the line is such a tagline, else null.</summary>
    public static string? SiteName(string line)
    {
        var m = Tagline().Match(line.Trim());
        return m.Success ? m.Groups["site"].Value.Trim() : null;
    }

    /// <summary>
    /// What the tagline says the site is, after its name ("the open handbook of the salt trades"), when the line is such a
    /// tagline; a line repeating it is the site's slogan, not a title.
    /// </summary>
    public static string? Description(string line)
    {
        var m = Tagline().Match(line.Trim());
        return m.Success ? line.Trim()[(m.Groups["site"].Index + m.Groups["site"].Length)..].TrimStart(',', ' ').TrimEnd('.') : null;
    }

    // "From Openwiki, the free encyclopedia"; "From the Lexicon of X, the open reference on armed conflict"; "From Y Wiki,
    // the open handbook of …": a reference work's noun, with what it covers after it only in the "From …" form; or
    // whatever noun ends the site's name, said again ("From Tarn Ship Roll, the illustrated roll of …"); the words before
    // the noun may be possessives ("the walkers' handbook of …", "the county's gazetteer").
    [GeneratedRegex(@"^(?:(?:from\s+)?(?<site>[\p{Lu}\d][^,]{1,60}),\s+the\s+(?:[\p{Ll}\-'’]+\s+){0,3}encyclop(?:a)?edia|from\s+(?:the\s+)?(?<site>[\p{Lu}\d][^,]{1,60}),\s+the\s+(?:[\p{Ll}\-'’]+\s+){0,3}(?:encyclop(?:a)?edia|reference(?:\s+work)?|dictionary|glossary|wiki|knowledge\s+base|handbook|manual|lexicon|almanac|compendium|companion|primer|directory|yearbook|thesaurus|sourcebook|casebook|catalogue|catalog|register|gazetteer|guide|atlas|index|digest)(?:\s+(?:on|of|for|about|to)\s+[^.]{1,100})?|from\s+(?:the\s+)?(?<site>[\p{Lu}\d][^,]{0,60}?\b(?<noun>\p{L}{3,})),\s+the\s+(?:[\p{Ll}\-'’]+\s+){0,3}\k<noun>(?:\s+(?:on|of|for|about|to)\s+[^.]{1,100})?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Tagline();
}
