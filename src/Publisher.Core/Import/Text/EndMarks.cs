using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Marks that close an article in print and on the web: ■, ❖, ◼, "—END—", "-30-", "###", "ENDS". What follows
/// one (other than notes) is the page, not the article. "* * *" and a row of dots are section breaks, not end marks.
/// </summary>
internal static partial class EndMarks
{
    public static bool IsEndMarkLine(string line) => Line().IsMatch(line.Trim());

    /// <summary>A paragraph whose last sentence carries the mark ("… inevitable. ■").</summary>
    public static bool EndsWithMark(string text) => Trailing().IsMatch(text.TrimEnd());

    [GeneratedRegex(@"^(?:[■❖◼]+|#\s*#\s*#|[-–—]+\s*(?:30|end|ends)\s*[-–—]+|\(?(?:end|ends)\)?|[\[(]\s*end(?:\s+of\s+(?:transcript|text|article|story|release|statement|document|broadcast))?\s*[\])])$", RegexOptions.IgnoreCase)]
    private static partial Regex Line();

    [GeneratedRegex(@"(?<=[.!?”""')\]])\s*[■❖◼]$")]
    private static partial Regex Trailing();
}
