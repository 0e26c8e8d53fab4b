using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A line that introduces the quotation after it ("Home Affairs Minister Aurelio Banda-Strand said:", "The statement
/// added:", "A spokesperson told reporters:"): a short clause ending in a reporting verb and a colon. It is the article's
/// text, whatever interface words its names hold ("Home", "Share", "Search"). Pure.
/// </summary>
internal static partial class QuoteLeadIn
{
    private const int MaxWords = 20;

    public static bool Is(string text)
    {
        var t = text.Trim();
        return TextLines.WordCount(t) is > 1 and <= MaxWords && Shape().IsMatch(t);
    }

    [GeneratedRegex(@"^\p{Lu}.*\s(?:said|says|added|adds|stated|states|explained|explains|declared|declares|wrote|writes|warned|warns|told\s+(?:\p{L}+\s+){0,3}\p{L}+)(?:\s+(?:today|yesterday|on\s+\p{L}+|in\s+a\s+statement))?:$")]
    private static partial Regex Shape();
}
