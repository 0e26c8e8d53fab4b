using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The closing date of a notice, order or declaration: "Dated the 8th June, 2027.", "Dated this 21st day of March,
/// 2027", "Dated 3 February 2027". "Dated", an optional "the"/"this", then a full date (a "day of" form allowed) and
/// nothing else. Pure.
/// </summary>
public static partial class DatedLine
{
    public static DateReading? Read(string line)
    {
        var m = Shape().Match(line.Trim().Trim('*', '_').Trim());
        if (!m.Success) return null;
        var date = DayOf().Replace(m.Groups["date"].Value, "${d} ");
        return DateLine.Exact(date.Trim().TrimEnd(',')) is { Full: true } reading ? reading with { Role = DateRole.Published } : null;
    }

    [GeneratedRegex(@"^dated\s+(?:(?:the|this)\s+)?(?<date>\d{1,2}(?:st|nd|rd|th)?\s.{3,30}?|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    /// <summary>"21st day of March" → "21 March"; "8th June" → "8 June".</summary>
    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayOf();
}
