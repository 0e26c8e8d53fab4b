using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// When a call for responses closes, printed in a page's head: "This consultation closes at 11:59pm on 30 May 2030",
/// "Closing date: 4 June 2030", "Applications close on 12 May 2031", "Deadline for responses: 1 July 2030". A short line
/// with a date and a word of closing; the page's furniture, not its text, and never the page's own date. Pure.
/// </summary>
public static partial class ClosingDateLine
{
    public static bool Is(string line)
    {
        var text = line.Trim();
        if (text.Length > 160 || TextLines.WordCount(text) > 20 || DateLine.FindIn(text) is null) return false;
        // One statement: a line that goes on into a second sentence is prose.
        if (text.TrimEnd('.').Contains(". ", StringComparison.Ordinal)) return false;
        return Closing().IsMatch(text);
    }

    [GeneratedRegex(@"^(?:(?:this|the|our)\s+(?:\p{L}+\s+){1,4}(?:closes|closed|close|ends|ended)\b|(?:closing|end)\s+date\b|deadline\b|(?:responses|applications|submissions|entries|nominations|bids|comments)\s+(?:close|closes|must\s+be\s+(?:received|submitted)|are\s+due)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();
}
