using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The line a page prints to tell readers how to cite it: "Cite as: NAME (2027). TITLE. SITE.", "Suggested citation:
/// …", "How to cite this article: …", "Cite this commentary: …". A citing label with a colon, then a reference. Pure.
/// </summary>
internal static partial class CitationLine
{
    private const int MaxWords = 60;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        return TextLines.WordCount(t) <= MaxWords && Label().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:cite\s+(?:this\s+\p{L}+\s+)?as|cite\s+this(?:\s+\p{L}+)?|suggested\s+citation|recommended\s+citation|preferred\s+citation|how\s+to\s+cite(?:\s+this(?:\s+\p{L}+)?)?|citation)\s*:\s*\S.{10,}", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
