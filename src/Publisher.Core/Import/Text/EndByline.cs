using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A byline printed at the end of a story instead of under its title: "— NAME", "– NAME and NAME", "— NAME IN CAPITALS", "By NAME",
/// "Words by NAME", "Story by NAME" as a line of its own. The dashed shape needs the names to look like people's names
/// (strictly: no heading words), since a dash also introduces quotations' sources. Pure.
/// </summary>
public static partial class EndByline
{
    /// <summary>The names of a closing byline line, or null.</summary>
    public static IReadOnlyList<string>? Read(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length is < 4 or > 120) return null;
        if (Dashed().Match(text) is { Success: true } dashed)
        {
            var rest = dashed.Groups["names"].Value.Trim();
            if (rest.Any(char.IsDigit) || rest[^1] is '.' or '!' or '?' or ':' or ';' or ',') return null;
            // "— JOHAN ALVESTAD-KIRUI": a signature set in capitals (or small capitals); the dash is the context that makes it a byline.
            if (CapitalsByline.Names(rest) is { } capitals) return capitals;
            var names = PersonNames.Split(rest);
            if (names.Count is 0 or > 4) return null;
            return names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) ? names : null;
        }
        return Byline.Read(text) is { Names.Count: > 0, Date: null } byline ? byline.Names : null;
    }

    [GeneratedRegex(@"^[—–-]{1,2}\s*(?<names>\S.*)$")]
    private static partial Regex Dashed();
}
