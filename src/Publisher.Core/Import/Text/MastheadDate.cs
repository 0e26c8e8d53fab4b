using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>A date printed in a masthead; <paramref name="DayInferred"/> when only month and year were printed (day 1 then).</summary>
public sealed record MastheadDateValue(DateOnly Date, bool DayInferred);

/// <summary>
/// A masthead's date, when the text is nothing but one (separators around it allowed): "April 2021", "APRIL 2021",
/// "April 15, 2021", "15 April 2021", "Apr. 15 2021", "2021-04-15".
/// </summary>
public static partial class MastheadDate
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static MastheadDateValue? Parse(string text)
    {
        var trimmed = text.Trim().Trim(Separators).Trim();
        if (trimmed.Length is < 6 or > 40) return null;
        if (Iso().Match(trimmed) is { Success: true } iso)
            return Make(Int(iso.Groups["y"].Value), Int(iso.Groups["m"].Value), Int(iso.Groups["d"].Value), false);
        if (MonthDayYear().Match(trimmed) is { Success: true } mdy && Month(mdy.Groups["month"].Value) is { } m1)
            return Make(Int(mdy.Groups["year"].Value), m1, Int(mdy.Groups["day"].Value), false);
        if (DayMonthYear().Match(trimmed) is { Success: true } dmy && Month(dmy.Groups["month"].Value) is { } m2)
            return Make(Int(dmy.Groups["year"].Value), m2, Int(dmy.Groups["day"].Value), false);
        if (MonthYear().Match(trimmed) is { Success: true } my && Month(my.Groups["month"].Value) is { } m3)
            return Make(Int(my.Groups["year"].Value), m3, 1, true);
        return null;
    }

    private static readonly char[] Separators = ['|', '•', '·', ',', '-', '–', '—', '/', '\uFFFD', ' '];

    /// <summary>1–12 for a month's name or its first three letters ("Sept" too), else null.</summary>
    private static int? Month(string word)
    {
        var w = word.TrimEnd('.').ToLowerInvariant();
        if (w.Length < 3) return null;
        for (var i = 0; i < Months.Length; i++)
            if (Months[i] == w || w.Length is 3 or 4 && Months[i].StartsWith(w, StringComparison.Ordinal)) return i + 1;
        return null;
    }

    private static MastheadDateValue? Make(int year, int month, int day, bool inferred) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new MastheadDateValue(new DateOnly(year, month, day), inferred)
            : null;

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<month>\p{L}{3,9}\.?)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>\p{L}{3,9}\.?),?\s+(?<year>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<month>\p{L}{3,9}\.?),?\s+(?<year>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();
}
