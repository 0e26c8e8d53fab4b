using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A newsroom's appeal for money set after or inside a story: "X is a nonprofit newsroom. We rely on readers like
/// you. Please consider a donation today." It needs two different cues (nonprofit, readers' support, a paywall
/// mention, what a sum can buy, a call to give) and stays short, so a story about a charity's fundraising is not one. Pure.
/// </summary>
public static partial class DonationAppeal
{
    public static bool Is(string paragraph)
    {
        var text = paragraph.Trim();
        if (TextLines.WordCount(text) is 0 or > 70) return false;
        var cues = Cues().Matches(text).Select(m => CueKind(m.Value)).Distinct(StringComparer.Ordinal).Count();
        return cues >= 2 && Give().IsMatch(text);
    }

    private static string CueKind(string cue)
    {
        var c = cue.ToLowerInvariant();
        return c.Contains("profit", StringComparison.Ordinal) ? "nonprofit"
            : c.Contains("paywall", StringComparison.Ordinal) || c.Contains("free to read", StringComparison.Ordinal) ? "paywall"
            : c.Contains("readers", StringComparison.Ordinal) ? "readers"
            : c[0] is '€' or '$' or '£' ? "amount"
            : "give";
    }

    [GeneratedRegex(@"\bnon-?profit\b|\bpaywall\b|\bfree\s+to\s+read\b|\breaders\s+like\s+you\b|\b(?:donat(?:e|ion|ions)|chip\s+in|support\s+(?:us|our\s+(?:work|journalism|reporting|teams?|staff)))\b|[€$£]\s?\d+(?:[.,]\d+)?\s+(?:can|could|will)\s+(?:provide|buy|pay|fund|feed|give|cover|supply)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cues();

    [GeneratedRegex(@"\b(?:donat(?:e|ion)|chip\s+in|support\s+(?:us|our)|become\s+a\s+(?:member|supporter)|give\s+today)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Give();
}
