using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A reader poll a page embeds: its question, the options each with a share ("Yes — 61%", "Not sure 8 %"), and the
/// tally line ("2,114 votes · Poll closed", "Total votes: 380"). An article's own table of figures has no tally
/// line, so options count only beside one (the caller's job). Pure.
/// </summary>
internal static partial class PollWidget
{
    /// <summary>A short option followed by its percentage: "Yes, extend them — 61%".</summary>
    public static bool IsOption(string line) =>
        Option().IsMatch(line.Trim()) && TextLines.WordCount(line) <= 12;

    /// <summary>The poll's tally or status: "2,114 votes", "Poll closed", "Total votes: 380", "Vote now".</summary>
    public static bool IsTally(string line) =>
        Tally().IsMatch(line.Trim()) && TextLines.WordCount(line) <= 10;

    /// <summary>The question over the options: a short line ending in a question mark.</summary>
    public static bool IsQuestion(string line) =>
        line.TrimEnd().EndsWith('?') && TextLines.WordCount(line) is >= 2 and <= 25;

    [GeneratedRegex(@"^[-•*]?\s*\S.{0,80}?\s*[—–:|(-]?\s*\d{1,3}(?:[.,]\d)?\s?%\)?$")]
    private static partial Regex Option();

    [GeneratedRegex(@"^(?:(?:total\s+)?(?:votes?|responses?)\s*:?\s*[\d,.]+k?|[\d,.]+k?\s+(?:votes?|responses?|voters?)\b.*|poll\s+(?:closed|results|ended)\b.*|(?:vote|view\s+results)(?:\s*[·|]\s*.*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Tally();
}
