using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A personal site's "About me" box: the label on a line of its own, then a first-person introduction that names the
/// writer ("I'm Ann Lee, a lawyer in …", "I am Ann Lee and I write about …", "My name is Ann Lee."). On a page whose
/// byline names no person (only a login handle, or nothing), the site's one writer is the post's author. The name must
/// read as a person's (<see cref="Byline.LooksLikeName"/>, strictly). Pure.
/// </summary>
public static partial class AboutMeBio
{
    /// <summary>True for an "About me" label line.</summary>
    public static bool IsLabel(string line) => Label().IsMatch(line.Trim());

    /// <summary>The name a first-person introduction gives, or null.</summary>
    public static string? Name(string line)
    {
        var m = Introduction().Match(line.Trim());
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.Trim();
        return Byline.LooksLikeName(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true) ? name : null;
    }

    [GeneratedRegex(@"^(?:#{1,6}\s*)?[*_]*about\s+(?:me|the\s+blogger|this\s+blogger)[*_]*\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:(?:hi|hello)[,!.]?\s+)?(?:I['’]m|I\s+am|my\s+name\s+is)\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|al-\p{Lu}[\p{L}'’-]*|van|von|de|da|del|bin|ibn)){1,4})(?=\s*[,.;]|\s+and\s|\s+—|\s+–)", RegexOptions.IgnoreCase)]
    private static partial Regex Introduction();
}
