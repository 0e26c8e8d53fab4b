using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A reference entry's line of the other names its subject goes by, under its title: "Also known as: quiet share, road
/// levy", "Also called: tribute", "Other names: …", "a.k.a. …". Part of the entry's head, not its text. Pure.
/// </summary>
internal static partial class OtherNamesLine
{
    private const int MaxWords = 30;

    public static bool Is(string line)
    {
        var text = line.Trim();
        return TextLines.WordCount(text) <= MaxWords && Label().IsMatch(text) && !text.EndsWith('.');
    }

    [GeneratedRegex(@"^(?:(?:also\s+(?:known\s+as|called|spelt|spelled)|other\s+names?|alternative\s+names?|variant\s+spellings?)\s*[:\-–—]|a\.k\.a\.\s*[:\-–—]?)\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
