using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Core.Content;

/// <summary>Why a value written like a YYYY-MM-DD date is no date ("month 13 does not exist"); null when it is not date-shaped. Pure.</summary>
public static partial class DateProblem
{
    public static string? Of(string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (year < 1) return "year 0 does not exist";
        if (month is < 1 or > 12)
            return month > 12 && day <= 12
                ? $"month {month} does not exist (months are 01–12; are month and day swapped? YYYY-MM-DD would be {year:D4}-{day:D2}-{month:D2})"
                : $"month {month} does not exist (months are 01–12)";
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
            return $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has days 01–{days}, not {day}";
        return null;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex Shape();
}
