namespace Publisher.Core.Import.Text;

/// <summary>
/// A date printed in a masthead; <paramref name="DayInferred"/> when only month and year were printed (day 1 then), only
/// a season (<paramref name="Season"/>, as printed: "Winter 2029"; the 1st of the season's first month then) or only a
/// week (<paramref name="Week"/>, as printed: "Week 14, 2042"; the Monday of that ISO week then).
/// </summary>
public sealed record MastheadDateValue(DateOnly Date, bool DayInferred, string? Season = null, string? Week = null);

/// <summary>
/// A masthead's date, when the text is nothing but one (separators around it allowed): "April 2021", "APRIL 2021",
/// "April 15, 2021", "15 April 2021", "Apr. 15 2021", "2021-04-15", "19.XI.2026". The date shapes are <see cref="DateLine"/>'s.
/// </summary>
public static partial class MastheadDate
{
    public static MastheadDateValue? Parse(string text)
    {
        var trimmed = text.Trim().Trim(Separators).Trim();
        if (trimmed.Length is < 6 or > 40) return null;
        if (DateLine.Exact(trimmed) is { } reading) return new MastheadDateValue(reading.Date, !reading.Full);
        return RomanMonth(trimmed) ?? Season(trimmed) ?? Week(trimmed) ?? Published(trimmed);
    }

    /// <summary>"Published 19 March 2047", "Issued: 4 May 2046": the issue's date under a label of its publication.</summary>
    private static MastheadDateValue? Published(string text) =>
        PublishedLabel().IsMatch(text) && DateLine.Read(text) is { Role: DateRole.Published or DateRole.Plain } reading ? new MastheadDateValue(reading.Date, !reading.Full) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:published|issued|dated)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PublishedLabel();

    /// <summary>"Week 14, 2042", "Week 9 / 2042", "WEEK 52 2041": a weekly's week of the year, dated to the Monday of that ISO week.</summary>
    private static MastheadDateValue? Week(string text)
    {
        var match = WeekDate().Match(text);
        if (!match.Success) return null;
        var week = int.Parse(match.Groups["week"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (week < 1 || week > System.Globalization.ISOWeek.GetWeeksInYear(year)) return null;
        return new MastheadDateValue(DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)), true, Week: text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^week\s+(?<week>\d{1,2})\s*[,/–-]?\s*(?<year>(?:19|20)\d\d)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WeekDate();

    /// <summary>
    /// "Winter 2029", "Spring 2030", "Autumn 2028", "Fall 2028", "Winter 2029/30": a quarterly's season, dated to its first
    /// month as the seasons are counted by months (spring March, summer June, autumn September, winter December of the
    /// year printed, or of the first year of a winter printed across two).
    /// </summary>
    private static MastheadDateValue? Season(string text)
    {
        var match = SeasonDate().Match(text);
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = match.Groups["season"].Value.ToLowerInvariant() switch
        {
            "spring" => 3,
            "summer" => 6,
            "autumn" or "fall" => 9,
            _ => 12,
        };
        return new MastheadDateValue(new DateOnly(year, month, 1), true, text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<season>spring|summer|autumn|fall|winter)\s+(?<year>(?:19|20)\d\d)(?:\s*[/–-]\s*(?<next>\d{2}|(?:19|20)\d\d))?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SeasonDate();

    /// <summary>"19.XI.2026", "19 XI 2026", "Thursday 2.x.2042": day, month in Roman numerals, year (a European printed-date form), a weekday before it allowed.</summary>
    private static MastheadDateValue? RomanMonth(string text)
    {
        var match = RomanMonthDate().Match(text);
        if (!match.Success) return null;
        var month = Array.IndexOf(RomanMonths, match.Groups["month"].Value.ToUpperInvariant()) + 1;
        var day = int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month > 0 && day <= DateTime.DaysInMonth(year, month) ? new MastheadDateValue(new DateOnly(year, month, day), false) : null;
    }

    private static readonly string[] RomanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    [System.Text.RegularExpressions.GeneratedRegex(@"^" + DateLine.Weekday + @"(?<day>0?[1-9]|[12]\d|3[01])\s*[./ ]\s*(?<month>[IVX]{1,4})\s*[./ ]\s*(?<year>(?:19|20)\d\d)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RomanMonthDate();

    private static readonly char[] Separators = ['|', '•', '·', ',', '-', '–', '—', '/', '\uFFFD', ' '];
}
