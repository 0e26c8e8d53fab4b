using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A role card in a page's head: one author per line, the name and then the job ("Ann Lee, Head of Research",
/// "Bo Ma — Lead Investigator, Trust and Safety"). The role is the evidence that the name is a person's; it is left
/// out of the name, and so are honorifics ("Dr Ann Lee, Senior Fellow" gives "Ann Lee"). Pure.
/// </summary>
public static partial class RoleCard
{
    /// <summary>The author's name on a role-card line, or null when the line is not one.</summary>
    public static string? Read(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length is < 8 or > 160 || text[^1] is '.' or '?' or '!' or ':') return null;
        var m = NameThenRole().Match(text);
        if (!m.Success) return null;
        var name = PersonNames.Clean(m.Groups["name"].Value);
        if (!Byline.LooksLikeName(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) return null;
        return AuthorRoleLine.Is(m.Groups["role"].Value) ? name : null;
    }

    [GeneratedRegex(@"^(?<name>[^,|—–]+?)\s*(?:,|\s[|—–])\s*(?<role>\p{Lu}.*)$")]
    private static partial Regex NameThenRole();
}
