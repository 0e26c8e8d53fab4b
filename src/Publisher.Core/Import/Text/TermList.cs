using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A tag cloud or topic list: "Tags: Flooding, River Wend, Council", "Filed under: Prisons · Probation", a bare
/// "Topics" label over a run of short terms, or four or more short terms joined by bars or dots ("Crime | Health |
/// Transport | Environment"), or a line of three hashtags or more and nothing else ("#Ports #Smuggling #Customs"). Terms, not sentences: no item is longer than a few words and nothing ends a sentence. Pure.
/// </summary>
internal static partial class TermList
{
    private const int MaxItemWords = 5;
    private const int MaxWords = 40;
    // After a label ("Categories:") an item may be a longer name: the label already says what the line is.
    private const int MaxLabelledItemWords = 8;

    /// <summary>A bare label that heads a list of terms ("Tags", "Topics:", "Related topics").</summary>
    public static bool IsLabel(string text) => Label().IsMatch(text.Trim().Trim('*', '_', '#', ' '));

    public static bool Is(string text)
    {
        if (HashtagLine().IsMatch(text.Trim())) return true;
        var t = text.Trim().Trim('*', '_', '#', ' ');
        if (t.Length == 0 || TextLines.WordCount(t) > MaxWords || t.EndsWith('.') && !t.EndsWith("etc.", StringComparison.Ordinal)) return false;
        if (IsLabel(t)) return true;
        if (LabelledList().Match(t) is { Success: true } m) return Items(m.Groups["items"].Value, "[,;|·•]", MaxLabelledItemWords).Count >= 1;
        var items = Items(t, "[|·•]");
        return items.Count >= 4 && items.All(i => char.IsUpper(i[0]) || char.IsDigit(i[0]));
    }

    private static List<string> Items(string list, string separators, int maxItemWords = MaxItemWords)
    {
        var items = Regex.Split(list, @"\s*" + separators + @"\s*").Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        return items.All(i => TextLines.WordCount(i) <= maxItemWords) ? items : [];
    }

    [GeneratedRegex(@"^(?:tags?|tagged(?:\s+with)?|topics?|related\s+topics|filed\s+under|categor(?:y|ies)|keywords?|subjects?|themes?|regions?|(?:(?:explore|see|read|find)\s+)?more\s+(?:on|about)\s+(?:these|this|the\s+following)\s+(?:topics?|subjects?|themes?))\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:#[\p{L}\p{N}_]+[\s,·]*){3,}$")]
    private static partial Regex HashtagLine();

    [GeneratedRegex(@"^(?:tags?|tagged(?:\s+with)?|topics?|related\s+topics|filed\s+under|posted\s+in|categor(?:y|ies)|keywords?|subjects?|themes?|regions?)\s*:\s*(?<items>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledList();
}
