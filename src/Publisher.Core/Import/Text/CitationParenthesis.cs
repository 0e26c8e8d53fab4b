using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A parenthesis that only cites sources: one or more "Source, date" items separated by semicolons, e.g.
/// "(Harbour Post, September 9)", "(rivernews.example, March 4, 2020; Radio Osk, Jan. 5)", "(Daily Lantern, 12 May 2021)".
/// The source is a name in capitals (a few small joining words allowed) or a web domain; the date is a month with a
/// day and/or year, a day-month-year, an ISO date or a year. A parenthesis with anything else in it (an acronym,
/// an aside, a date without a source) is not a citation.
/// </summary>
public static partial class CitationParenthesis
{
    /// <summary>The text without its citation parentheses (and the space before each).</summary>
    public static string Remove(string text) => Citation().Replace(text, "");

    public static bool IsCitation(string parenthesis) => WholeCitation().IsMatch(parenthesis.Trim());

    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    private const string Date = @"(?:" + Month + @"\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+" + Month + @"(?:,?\s+\d{4})?|" + Month + @",?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{4})";
    private const string SourceWord = @"(?:[A-Z0-9][\w'’&.\-]*|[a-z0-9][\w\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,}(?:/[\w./\-]*)?)";
    private const string Joiner = @"(?:of|the|and|for|on|in|de|al|el|la|le|du|der|am)";
    private const string Source = SourceWord + @"(?:\s+(?:" + SourceWord + "|" + Joiner + @")){0,6}";
    private const string Item = Source + @",\s*" + Date;
    private const string Parenthesis = @"\(\s*" + Item + @"(?:\s*;\s*" + Item + @")*\s*\)";

    [GeneratedRegex(@"[ \t]*" + Parenthesis)]
    private static partial Regex Citation();

    [GeneratedRegex("^" + Parenthesis + "$")]
    private static partial Regex WholeCitation();
}
