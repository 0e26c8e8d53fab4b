using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The tagline an encyclopedia prints under an entry's title, "From Openwiki, the free encyclopedia", or its title-bar
/// form "Openwiki, the free encyclopedia": the page is an encyclopedia entry, and the name before the comma is the
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

    [GeneratedRegex(@"^(?:from\s+)?(?<site>[\p{Lu}\d][^,]{1,60}),\s+the\s+(?:[\p{Ll}\-]+\s+){0,3}encyclop(?:a)?edia\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Tagline();
}
