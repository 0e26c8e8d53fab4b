using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The marks a printed byline puts after a name to point at the author's bio in a footnote: "Ann Lee*", "Ann Lee†",
/// "Ann Lee¹", "Ann Lee and Bo Ma**". They are not part of any name. Pure.
/// </summary>
public static partial class BylineMarker
{
    /// <summary>The line with every marker after a name removed (the line unchanged when it has none).</summary>
    public static string Strip(string line) => Marker().Replace(line, "").Trim();

    [GeneratedRegex(@"(?<=\p{L})[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s|,|&|$)")]
    private static partial Regex Marker();
}
