using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The name of the account a site's content system posted a page under, not a person: "Centre Admin", "admin",
/// "Site Administrator", "Web Team", "Webmaster", "Comms Office", or a login handle ("cms-editor-7", "j_okafor",
/// "@press_desk"). A byline naming it says who pressed "publish", not who wrote the piece. Pure.
/// </summary>
public static partial class CmsAccountName
{
    public static bool Is(string name)
    {
        var text = name.Trim();
        return text.Length is > 0 and <= 40 && (IsHandle(text) || TextLines.WordCount(text) <= 4 && AccountWord().IsMatch(text));
    }

    /// <summary>
    /// A login handle: one token in lower case, joined by hyphens, underscores, dots or digits, or after an "@".
    /// A person's name is written with capitals and spaces; a handle names an account.
    /// </summary>
    public static bool IsHandle(string name) => Handle().IsMatch(name.Trim());

    [GeneratedRegex(@"^(?:@[\p{L}\d][\p{L}\d._-]{1,38}|[\p{Ll}\d]+(?:[._-][\p{Ll}\d]+)*)$")]
    private static partial Regex Handle();

    [GeneratedRegex(@"\b(?:admin|administrator|webmaster|web\s*team|web\s*editor|site\s*editor|editorial\s+team|comms\s+(?:team|office)|communications\s+team|content\s+team|digital\s+team|moderator|superuser|wpadmin)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccountWord();
}
