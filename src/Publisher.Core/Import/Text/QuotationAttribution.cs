using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// "— Captain NAME, master of the Grey Heron" under a quotation: a dash and who said it, on a line of its own. Pure.
/// </summary>
internal static partial class QuotationAttribution
{
    private const int MaxWords = 14;

    /// <summary>Who a dash line names ("— the coxswain" → "the coxswain"), or null for a line of another shape or too long.</summary>
    public static string? Who(string line) =>
        Dashed().Match(line.Trim()) is { Success: true } by && TextLines.WordCount(by.Groups["who"].Value) <= MaxWords
            ? by.Groups["who"].Value
            : null;

    /// <summary>
    /// Whether <paramref name="line"/> attributes the quotation that ends on <paramref name="lineAbove"/>: the line above
    /// closes a quotation mark, and this one is a dash and a name or role that ends no sentence. Such a line closes its
    /// paragraph: what follows it is a new one, not the rest of a sentence.
    /// </summary>
    public static bool Closes(string? lineAbove, string line)
    {
        if (lineAbove is null || Who(line) is not { } who || who.TrimEnd().EndsWith('.')) return false;
        var above = lineAbove.TrimEnd();
        return above.Length > 0 && above[^1] is '”' or '"' or '’';
    }

    [GeneratedRegex(@"^(?:-{1,2}|[–—])\s*(?<who>\p{L}.*)$")]
    private static partial Regex Dashed();
}
