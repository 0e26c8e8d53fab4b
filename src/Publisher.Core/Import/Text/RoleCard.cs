using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A role card in a page's head: one author per line, the name and then the job ("Ann Lee, Head of Research",
/// "Bo Ma — Lead Investigator, Trust and Safety", "Rui Dias, former commander, naval task force"). The role is the evidence that the name is a person's; it is left
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
        var role = m.Groups["role"].Value;
        return AuthorRoleLine.Is(role) || DescribedJob(role) ? name : null;
    }

    /// <summary>"former commander, regional naval task force": a job in lower case among the first words of a short description.</summary>
    private static bool DescribedJob(string role)
    {
        if (TextLines.WordCount(role) > 12 || TextLines.SentenceCount(role) > 1) return false;
        var words = role.Split(',', 2)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5 && words.Any(w => AuthorRoleLine.IsJobWord(w.Trim('(', ')')));
    }

    [GeneratedRegex(@"^(?<name>[^,|—–]+?)\s*(?:,|\s[|—–])\s*(?<role>\p{L}.*)$")]
    private static partial Regex NameThenRole();
}
