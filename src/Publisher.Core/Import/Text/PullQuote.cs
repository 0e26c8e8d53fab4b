using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A pull quote a magazine or an issue sets apart from the text: a paragraph that is one quotation and nothing else,
/// condensed from a passage of the running text (words left out or changed, so not a verbatim repeat). Pure.
/// </summary>
public static partial class PullQuote
{
    private const int MinWords = 6;
    private const double MinShare = 0.75;
    private const int MinRun = 3;

    /// <summary>The whole paragraph inside one pair of double quotation marks: no attribution ("…," she said) beside it.</summary>
    public static bool IsStandaloneQuotation(string flat)
    {
        var t = flat.Trim();
        if (t.Length < 2 || t[0] is not ('“' or '"') || t[^1] is not ('”' or '"')) return false;
        return t.Count(c => c is '“' or '”' or '"') == 2;
    }

    /// <summary>
    /// A standalone quotation whose words nearly all stand in one longer paragraph of the text, three of them in a row
    /// there: the passage it was condensed from. The quotation's words are read once for all the paragraphs.
    /// </summary>
    public static bool IsCondensedFromAny(string quotation, IEnumerable<string> paragraphs)
    {
        if (!IsStandaloneQuotation(quotation)) return false;
        var quoted = Words(quotation);
        return quoted.Length >= MinWords && paragraphs.Any(p => Holds(Words(p), quoted));
    }

    /// <summary>As <see cref="IsCondensedFromAny"/> for one paragraph.</summary>
    public static bool IsCondensedFrom(string quotation, string paragraph) => IsCondensedFromAny(quotation, [paragraph]);

    private static bool Holds(string[] source, string[] quoted)
    {
        if (source.Length <= quoted.Length) return false;
        var vocabulary = source.ToHashSet(StringComparer.Ordinal);
        if (quoted.Count(vocabulary.Contains) < MinShare * quoted.Length) return false;
        for (var i = 0; i + MinRun <= quoted.Length; i++)
            for (var j = 0; j + MinRun <= source.Length; j++)
                if (quoted.AsSpan(i, MinRun).SequenceEqual(source.AsSpan(j, MinRun))) return true;
        return false;
    }

    private static string[] Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
