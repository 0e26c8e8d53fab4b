using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The place-and-date line a speech or statement prints under its speaker ("Port Halvard, 4 March 2027"), a record's
/// occasion and date ("Meeting of full council, 14 November 2030"), or the
/// dateline a press office prints with the place after the date ("March 4, 2027 – Port Halvard, Eastmarch"): one to
/// four capitalised words of a place (and a region after a comma), a comma or a dash, then a full date and nothing
/// else — or the other way round. Pure.
/// </summary>
public static partial class PlaceDateLine
{
    /// <summary>The date of a place-and-date line, or null.</summary>
    public static DateReading? Read(string line)
    {
        var text = line.Trim();
        if (Shape().Match(text) is { Success: true } m)
            return DateLine.Read(m.Groups["date"].Value) is { Full: true, Role: DateRole.Plain } reading ? reading : null;
        // "Meeting of full council, 14 November 2030": the occasion a record was made at, and its date.
        if (Occasion().Match(text) is { Success: true } occasion && UiVocabulary.Find(occasion.Groups["what"].Value).Count == 0)
            return DateLine.Exact(occasion.Groups["date"].Value.Trim()) is { Full: true } held ? held : null;
        var after = DateFirst().Match(text);
        if (!after.Success || UiVocabulary.Find(after.Groups["place"].Value).Count > 0 || DateLine.LabelOnly(after.Groups["place"].Value) is not null) return null;
        return DateLine.Exact(after.Groups["date"].Value.Trim()) is { Full: true } first ? first : null;
    }

    /// <summary>
    /// A span of days, alone or after a place: "10–12 September 2032", "September 10–12, 2032", "Kastelholm, 10–12
    /// September 2032" — a conference's or a visit's dates, a date line and never a headline.
    /// </summary>
    public static bool IsDaySpan(string line) => DaySpan().IsMatch(line.Trim());

    private const string Place = @"\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}";

    private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?";

    [GeneratedRegex(@"^(?:" + Place + @",\s+)?(?:\d{1,2}\s*[–—-]\s*\d{1,2}\s+" + Month + @",?\s+\d{4}|" + Month + @"\s+\d{1,2}\s*[–—-]\s*\d{1,2},?\s+\d{4})$")]
    private static partial Regex DaySpan();

    [GeneratedRegex(@"^" + Place + @",\s+(?<date>\S.{5,40})$")]
    private static partial Regex Shape();

    /// <summary>"Meeting of full council, 14 November 2030", "Sitting of the committee, Tuesday 6 March 2029": two to eight words naming an occasion, a comma, a full date.</summary>
    [GeneratedRegex(@"^(?<what>(?:Meeting|Sitting|Sessions?|Hearing|Debate|Proceedings|Minutes|Conference)\b[^,]{0,60}),\s+(?<date>\S.{5,40})$")]
    private static partial Regex Occasion();

    /// <summary>"March 4, 2027 – Port Halvard, Eastmarch", "4 March 2027 | Lindqvarn": a date, a dash or bar, a place.</summary>
    [GeneratedRegex(@"^(?<date>[^–—|]{6,30}?)\s+[–—|-]\s+(?<place>" + Place + @"(?:,\s+" + Place + @")?)$")]
    private static partial Regex DateFirst();
}
