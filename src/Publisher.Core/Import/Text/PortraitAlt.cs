using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The alternative text of a person's picture, left in a scraped page where the picture was: "Headshot of Dr Ann
/// Lee", "Portrait of Bo Ma", "Photo of Professor Cy Young", "Profile picture: Ann Lee". It names the person pictured
/// (usually the author, whose name and role follow) and is never the text or the title. Pure.
/// </summary>
public static partial class PortraitAlt
{
    /// <summary>The name of the person pictured, or null when the line is not a picture's alternative text.</summary>
    public static string? Name(string line)
    {
        var m = Shape().Match(line.Trim());
        if (!m.Success) return null;
        var name = PersonNames.Clean(m.Groups["name"].Value);
        return Byline.LooksLikeName(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true) ? name : null;
    }

    [GeneratedRegex(@"^(?:an?\s+)?(?:head\s?shot|portrait|photo(?:graph)?|picture|image|profile\s+(?:photo|picture|image)|author\s+(?:photo|picture|image))\s*(?:of|:)\s+(?<name>\p{Lu}[^,.;:!?()]{2,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
