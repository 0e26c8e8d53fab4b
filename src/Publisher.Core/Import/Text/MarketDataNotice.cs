using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A financial site's footer note on delayed prices: "All quotes delayed a minimum of 15 minutes.", "Market data
/// delayed by at least 20 minutes; see the list of exchanges." Quotes, prices or data said to be delayed by minutes. Pure.
/// </summary>
internal static partial class MarketDataNotice
{
    public static bool Is(string text) => TextLines.WordCount(text) <= 40 && Notice().IsMatch(text);

    [GeneratedRegex(@"\b(?:quotes|prices|data|market\s+data|stock\s+data)\s+(?:are\s+|is\s+)?delayed\b[^.]{0,40}?\b\d+\s+min(?:ute)?s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();
}
