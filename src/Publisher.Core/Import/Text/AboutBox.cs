using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The "About NAME" box a press release or a site prints under its text: a heading "About The Harbour Trust" over a
/// paragraph that names the same organisation again ("The Harbour Trust's mission is …", "Founded in 1998, the Harbour
/// Trust …"). The heading names an organisation (capitalised words, not "the author" or "us"), and the paragraph repeats
/// its name word for word, so a section of an article titled "About the Border" over text about something else is not
/// one. Pure.
/// </summary>
internal static partial class AboutBox
{
    private const int MaxHeadingWords = 8;
    private const int MaxBodyWords = 150;

    /// <summary>The organisation's name an "About NAME" heading gives, or null.</summary>
    public static string? HeadingName(string line)
    {
        var t = line.Trim().Trim('*', '_', '#', ' ');
        if (TextLines.WordCount(t) > MaxHeadingWords) return null;
        var m = Heading().Match(t);
        if (!m.Success || NotOrganisation().IsMatch(m.Groups["name"].Value)) return null;
        return m.Groups["name"].Value.Trim();
    }

    /// <summary>
    /// The paragraph under the heading opens on the organisation's name and describes it ("… 's mission is", "… is a",
    /// "… was founded", "… works with"), or is a site's own description naming it.
    /// </summary>
    public static bool Describes(string paragraph, string name)
    {
        var key = TheWord().Replace(name, "").Trim();
        // A person's box ("About Jane Doe" over "Jane Doe is a researcher …") is a bio: the bio rule takes it to the profile.
        if (key.Length < 3 || TextLines.WordCount(paragraph) > MaxBodyWords || BioParagraph.IsBio(paragraph)) return false;
        var t = paragraph.TrimStart();
        var at = t.StartsWith(key, StringComparison.Ordinal) ? key.Length
            : t.StartsWith("The " + key, StringComparison.Ordinal) ? key.Length + 4 : -1;
        return at > 0 && SelfDescription().IsMatch(t[at..]) || SiteBlurb.Is(t) && t.Contains(key, StringComparison.Ordinal);
    }

    /// <summary>
    /// The heading and its paragraph read as one unit ("About The Harbour Trust The Harbour Trust's mission is …"): some
    /// split after "About" gives a heading name that the rest repeats.
    /// </summary>
    public static bool IsBox(string unit)
    {
        var words = unit.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || words[0] != "About") return false;
        for (var k = 2; k <= Math.Min(MaxHeadingWords, words.Length - 2); k++)
            if (HeadingName(string.Join(' ', words[..k])) is { } name && Describes(string.Join(' ', words[k..]), name)) return true;
        return false;
    }

    [GeneratedRegex(@"^About\s+(?<name>(?:the\s+|The\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of|for|and|on|&|de|du|la|\p{Lu}[\p{L}\p{N}'’&.-]*|\p{N}+)){0,6})\s*:?$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:the\s+)?(?:authors?|editors?|contributors?|us|this\b.*|our\b.*|me)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotOrganisation();

    [GeneratedRegex(@"^(?:['’]s\s+(?:mission|purpose|aim|work|role)\b|,?\s+(?:is|are)\s+(?:a|an|the)\b|,?\s+(?:was\s+)?(?:founded|established|set\s+up|created)\b|,?\s+(?:works|provides|promotes|supports|represents|coordinates|helps|brings|publishes|exists)\b)")]
    private static partial Regex SelfDescription();

    [GeneratedRegex(@"^(?:the|The)(?:\s+|$)")]
    private static partial Regex TheWord();
}
