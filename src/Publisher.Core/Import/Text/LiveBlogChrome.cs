using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The chrome a live blog prints around its entries: a bare time stamp ("22.05 GMT", "14:02 CET", "9:41am"), an age
/// ("2h ago", "45 min ago"), an update stamp ("Updated at 14.02 GMT"), an entry of the key-events index (an age, then
/// a short title: "6h ago Gunmen surrender") and the index's label and toggle ("Key events", "Show key events only"). Times and ages, not
/// sentences: nothing else is on the line. Pure.
/// </summary>
internal static partial class LiveBlogChrome
{
    private const int MaxEntryWords = 12;

    /// <summary>A line that is only a time, an age or an update stamp.</summary>
    public static bool IsStamp(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && (Stamp().IsMatch(t) || Age().Match(t) is { Success: true } age && age.Length == t.Length);
    }

    /// <summary>An entry of a key-events index: an age, then a short title that ends no sentence.</summary>
    public static bool IsKeyEventEntry(string line)
    {
        var t = line.Trim();
        if (Age().Match(t) is not { Success: true } age || age.Length == t.Length) return false;
        var title = t[age.Length..].Trim();
        return title.Length > 0 && char.IsUpper(title[0]) && TextLines.WordCount(title) <= MaxEntryWords && !title.EndsWith('.');
    }

    /// <summary>The toggle of a key-events index ("Show key events only").</summary>
    public static bool IsToggle(string line) => Toggle().IsMatch(line.Trim());

    /// <summary>The label over a key-events index ("Key events"); a heading of the same words elsewhere is text.</summary>
    public static bool IsIndexLabel(string line) => IndexLabel().IsMatch(line.Trim());

    private const string Time = @"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|IST|[A-Z]{2,4}T|local\s+time))?";

    [GeneratedRegex(@"^(?:(?:updated|first\s+posted|posted|last\s+updated)(?:\s+at)?\s+)?" + Time + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"^\d{1,3}\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    [GeneratedRegex(@"^(?:(?:show|hide|view)\s+(?:key|main|all)\s+(?:events|updates|posts)(?:\s+only)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Toggle();

    [GeneratedRegex(@"^(?:key|main|latest)\s+(?:events|updates|moments)$", RegexOptions.IgnoreCase)]
    private static partial Regex IndexLabel();
}
