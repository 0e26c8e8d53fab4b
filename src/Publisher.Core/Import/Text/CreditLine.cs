using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A production credit printed after (or beside) an article, not part of it: "(Reporting by NAME in PLACE; Editing by
/// NAME)", "Additional reporting by NAME", "Illustrations by NAME", "Photographs: NAME for SITE", "With reports from NAME". A role word, "by"
/// or a colon, then a capitalised name; short, or a chain of such credits separated by semicolons. Pure.
/// </summary>
internal static partial class CreditLine
{
    private const int MaxPlainWords = 14;
    private const int MaxChainWords = 60;

    public static bool Is(string text)
    {
        var t = text.Trim().Trim('*', '_').Trim();
        if (WithReports().IsMatch(t)) return TextLines.WordCount(t) <= MaxPlainWords;
        if (!Credit().IsMatch(t)) return false;
        var words = TextLines.WordCount(t);
        var chain = Credit().Matches(t).Count + SecondCredit().Matches(t).Count >= 2 || t.StartsWith('(') && t.EndsWith(')');
        return chain ? words <= MaxChainWords : words <= MaxPlainWords;
    }

    private const string Role =
        @"(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|produced|production|translated|translation|research|fact[- ]checking|graphics|design|photographs?|photos?|photography|illustrations?|video|images?|pictures?|data\s+analysis|interviews?)";

    [GeneratedRegex(@"^\(?\s*" + Role + @"\s*(?:by\s+|:\s*)\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    /// <summary>"With reports from NAME", "With additional reporting by NAME": a newsroom's credit closing a story.</summary>
    [GeneratedRegex(@"^\(?\s*with\s+(?:additional\s+)?(?:reports?|reporting)\s+(?:from|by)\s+\p{Lu}[^.!?]*\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithReports();

    [GeneratedRegex(@"[;,]\s*(?:and\s+)?" + Role + @"\s+by\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex SecondCredit();
}
