using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// An entry of a numbered table of contents ("1 History", "1.2 Armed campaign", "4 See also"): a section number, then a
/// short title that ends no sentence. The rule drops a run of entries only when their titles come back later as the
/// page's own headings, so a numbered list in the text stays. Pure.
/// </summary>
internal static partial class NumberedContents
{
    private const int MaxTitleWords = 10;

    /// <summary>The entry's title, or null when the line is not an entry.</summary>
    public static string? Title(string line)
    {
        if (Entry().Match(line.Trim()) is not { Success: true } m) return null;
        var title = m.Groups["title"].Value.Trim();
        return TextLines.WordCount(title) <= MaxTitleWords && !Punctuation().IsMatch(title) ? title : null;
    }

    /// <summary>A heading line as the contents list would name it: without an "[edit]" link or Markdown marks.</summary>
    public static string HeadingKey(string line) => EditLink().Replace(line.Trim().TrimStart('#', ' ').Trim('*', '_'), "").Trim().ToLowerInvariant();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?<title>\p{Lu}.*)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"[.!?;:]$")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s*\[\s*edit(?:\s+source)?\s*\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EditLink();
}
