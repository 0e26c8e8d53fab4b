using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A line that is nothing but dates and times, in any notation a site prints them: "18/11/2026 - 07h32 · Updated
/// 18/11/2026 - 11h05", "22.05 GMT", "Sat 21 Nov 2026 23.58 GMT", "16-Nov-2026, 9:40 a.m. (UTC+1)", "Updated at 14.02".
/// "Published 12 hours ago", "Updated an hour ago", "2026-11-18T07:32". Such a line is never a title nor a byline. It only recognises the shape; <see cref="DateLine"/> reads dates. Pure.
/// </summary>
public static partial class TimestampLine
{
    public static bool Is(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length is < 4 or > 120 || !text.Any(char.IsDigit)) return false;
        var shaped = DateOrTime().Matches(text).Count;
        var rest = DateOrTime().Replace(text, " ");
        var tokens = Separators().Split(rest).Where(t => t.Length > 0).ToList();
        var months = 0;
        foreach (var token in tokens)
        {
            if (Month().IsMatch(token)) { months++; continue; }
            if (Number().IsMatch(token) || Weekday().IsMatch(token) || Word().IsMatch(token) || Zone().IsMatch(token)) continue;
            return false;
        }
        return shaped > 0 || months > 0 && tokens.Any(t => Number().IsMatch(t));
    }

    /// <summary>Numeric dates ("18/11/2026", "2026-11-18", "16-Nov-2026") and clock times ("07h32", "23.58", "9:40 a.m.", "5pm").</summary>
    [GeneratedRegex(@"(?<![\w/.:-])(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+\-]\d{2}:?\d{2})?|\d{1,3}\s*(?:hours?|hrs?|h|minutes?|mins?|m|days?|d|weeks?)\s+ago|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{1,2}-[A-Za-z]{3,4}-\d{2,4}|\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?![\w/:])", RegexOptions.IgnoreCase)]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"[\s·|,•/()\[\]\-–—]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\d{1,4}(?:st|nd|rd|th)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:updated?|published|posted|modified|edited|last|first|on|at|an|ago|today|yesterday|hours?|hrs?|mins?|minutes?|days?|weeks?|h|local|time|am|pm|a\.m\.|p\.m\.)[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Word();

    /// <summary>"GMT", "UTC", "CEST", "UTC+1", "+03:00".</summary>
    [GeneratedRegex(@"^(?:[A-Z]{1,4}T|UTC|Z)(?:[+\-−]\d{1,2}(?::?\d{2})?)?$|^[+\-−]\d{2}:?\d{2}$")]
    private static partial Regex Zone();
}
