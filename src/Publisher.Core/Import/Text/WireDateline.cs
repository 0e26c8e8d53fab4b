using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>A wire dateline's place, month and day, and the agency named in it; the year is not printed.</summary>
public sealed record WireDatelineReading(string Place, int Month, int Day, string? Agency);

/// <summary>
/// The dateline a news agency opens a story with: "PLACE, Month D (Agency) –", "PLACE, Mon. D –", "PLACE, D Month (Agency) –" (day first), "PLACE (Agency) –"
/// has no date. The place is in capitals; the dash (or a colon) ends the dateline. A dateline is evidence that the piece is
/// news; its year comes from elsewhere (<see cref="DateOf"/>). Pure.
/// </summary>
public static partial class WireDateline
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The dateline opening <paramref name="paragraph"/>, or null.</summary>
    public static WireDatelineReading? Read(string paragraph)
    {
        var m = Dateline().Match(paragraph.TrimStart());
        if (!m.Success) return null;
        var place = m.Groups["place"].Value.Trim();
        if (!place.Any(char.IsLetter) || place.Any(char.IsLower)) return null;
        var month = Array.IndexOf(Months, m.Groups["m"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month < 1 || day is < 1 or > 31) return null;
        var agency = m.Groups["agency"].Success ? m.Groups["agency"].Value.Trim() : null;
        return new WireDatelineReading(place, month, day, agency);
    }

    /// <summary>The dateline's date in <paramref name="year"/>, or null when the day does not exist in it.</summary>
    public static DateOnly? DateOf(WireDatelineReading reading, int year) =>
        year is >= 1900 and <= 2200 && reading.Day <= DateTime.DaysInMonth(year, reading.Month)
            ? new DateOnly(year, reading.Month, reading.Day)
            : null;

    [GeneratedRegex(@"^(?<place>[\p{Lu}][\p{Lu}\p{M}.'’\- ]{1,40}(?:,\s*[\p{Lu}][\p{Lu}\p{M}.'’\- ]{1,30})?),\s+(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?(d)|\s+(?<d>\d{1,2}))(?:\s*\((?<agency>[^()]{2,40})\))?\s*[–—:-]\s+\S")]
    private static partial Regex Dateline();

    /// <summary>
    /// A press release's dateline with the whole date: "WASHINGTON, DC, March 1, 2029 — The Foundation …", "Port Halvard,
    /// 4 March 2027 – The ministry …". A place of one to four capitalised words (perhaps with a state or country after a
    /// comma), a comma, a full date, then a dash. The date is the release's date.
    /// </summary>
    public static DateReading? FullDate(string paragraph)
    {
        var m = FullDated().Match(paragraph.TrimStart());
        if (!m.Success) return null;
        if (m.Groups["place"].Value.Split(' ', ',').Where(w => w.Length > 0).Any(w => !char.IsUpper(w[0]))) return null;
        return DateLine.Exact(m.Groups["date"].Value.Trim().TrimEnd(',')) is { Full: true } date ? date : null;
    }

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,3}(?:,\s*\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,2})?),\s+(?<date>[^–—\-]{6,30}?)\s*[–—-]{1,2}\s+\S")]
    private static partial Regex FullDated();

    /// <summary>
    /// A dateline without a date, naming its source in brackets: "HARROW COUNTY (WNRT) -", "KESTRIA CITY (Agency) —",
    /// as a broadcaster or agency opens a story. Evidence of news, no date.
    /// </summary>
    public static bool IsUndated(string paragraph)
    {
        var m = Undated().Match(paragraph.TrimStart());
        return m.Success && !m.Groups["place"].Value.Any(char.IsLower);
    }

    [GeneratedRegex(@"^(?<place>[\p{Lu}][\p{Lu}\p{M}.'’\- ]{1,40}(?:,\s*[\p{Lu}][\p{Lu}\p{M}.'’\- ]{1,30})?)\s*\((?<agency>[^()]{2,40})\)\s*[–—:-]\s+\S")]
    private static partial Regex Undated();
}
