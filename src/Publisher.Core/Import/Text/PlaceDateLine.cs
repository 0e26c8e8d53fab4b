using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The place-and-date line a speech or statement prints under its speaker ("Port Halvard, 4 March 2027"): one to four
/// capitalised words of a place, a comma, then a full date and nothing else. Pure.
/// </summary>
public static partial class PlaceDateLine
{
    /// <summary>The date of a place-and-date line, or null.</summary>
    public static DateReading? Read(string line)
    {
        var m = Shape().Match(line.Trim());
        if (!m.Success) return null;
        return DateLine.Read(m.Groups["date"].Value) is { Full: true, Role: DateRole.Plain } reading ? reading : null;
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3},\s+(?<date>\S.{5,40})$")]
    private static partial Regex Shape();
}
