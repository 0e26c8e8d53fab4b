using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A tag a forum or mailing list prints in brackets before a thread's title ("[Analysis] Why the zones fail",
/// "[VIDEO] …", "[Updated] …"): not part of the title. Three words of title must remain. Pure.
/// </summary>
public static partial class TitleTag
{
    /// <summary>The title without its leading tag, and the tag (null when there was none).</summary>
    public static (string Title, string? Tag) Strip(string title)
    {
        var m = Tag().Match(title.Trim());
        if (!m.Success) return (title, null);
        var rest = title.Trim()[m.Length..].Trim();
        return TextLines.WordCount(rest) >= 3 ? (rest, m.Groups["tag"].Value) : (title, null);
    }

    [GeneratedRegex(@"^\[(?<tag>[^\[\]]{1,25})\]\s+(?=\S)")]
    private static partial Regex Tag();
}
