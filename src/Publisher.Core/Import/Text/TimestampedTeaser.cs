using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A rail of other stories, each a headline with when it was posted: the headline line then a bare time or date
/// ("11:42 PM GMT-4", "3 hours ago", "2028-01-22"), or both on one line ("Mali: Fuel blockade eases — 2028-01-22").
/// The caller needs two entries in a row: a lone dated headline is a heading. Pure.
/// </summary>
internal static partial class TimestampedTeaser
{
    /// <summary>A line that is only a time or a date, as a rail stamps a story: "9:15 PM GMT-4", "2 hours ago", "Jan 22, 2028".</summary>
    public static bool IsStamp(string line)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= 40 && (Time().IsMatch(t) || Ago().IsMatch(t) || DateLine.Exact(t) is not null);
    }

    /// <summary>A headline (not a sentence, at most sixteen words) that may precede a stamp.</summary>
    public static bool IsHeadline(TextSignals s) => s.Words is >= 2 and <= 16 && !s.EndsSentence && s.LinkDensity < 0.99 || s.Links == 1 && s.Words <= 16;

    /// <summary>A section kicker over a rail's headline ("Africa", "World", "Middle East"): one to three words, no sentence, no stamp.</summary>
    public static bool IsKicker(TextSignals s) =>
        s.Words is >= 1 and <= 3 && !s.EndsSentence && s.Links == 0 && s.Text.Trim() is { Length: > 0 } t && char.IsUpper(t[0])
        && !t.Any(char.IsDigit) && !t.EndsWith(':') && !IsStamp(t);

    /// <summary>A headline closed by its date after a dash: "Nigeria: Kidnapping risk remains elevated — 2028-01-24".</summary>
    public static bool IsDatedHeadline(string line)
    {
        var m = Dated().Match(line.Trim());
        return m.Success && TextLines.WordCount(m.Groups["headline"].Value) is >= 2 and <= 16 && IsStamp(m.Groups["stamp"].Value);
    }

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4})(?:\s*[+−-]\s*\d{1,2}(?::?\d{2})?)?)?(?:\s*[,·|]\s*.{1,20})?$")]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?:\d+|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"^(?<headline>[^.!?]{8,140}?)\s+[—–-]\s+(?<stamp>[^—–]{4,30})$")]
    private static partial Regex Dated();
}
