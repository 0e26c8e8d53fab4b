using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The name of a section a newsletter prints in every send, no piece of its own: something "of the day/week/month"
/// ("Quote of the day", "Numbers of the week"), "the day/week ahead", "the week in numbers", "this week's number", a
/// diary, calendar or agenda. Pure.
/// </summary>
public static partial class RecurringFeature
{
    private const int MaxWords = 6;

    public static bool IsName(string line)
    {
        var t = line.Trim().TrimEnd(':').Trim();
        return t.Length > 0 && TextLines.WordCount(t) <= MaxWords && Name().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:the\s+)?(?:[\p{L}'’]+\s+){1,3}of\s+the\s+(?:day|week|month|fortnight)$|^(?:the\s+)?(?:day|week|month|weekend)\s+ahead$|^(?:the\s+)?(?:day|week|month)\s+in\s+(?:numbers|figures|quotes|pictures)$|^(?:this|today)(?:\s+(?:week|month))?['’]s\s+(?:number|figure|quote|word|chart)$|^(?:the\s+)?(?:diary|calendar|agenda|listings)$", RegexOptions.IgnoreCase)]
    private static partial Regex Name();
}
