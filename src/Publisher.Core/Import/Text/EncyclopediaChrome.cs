using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// What a wiki or encyclopedia prints above an entry's text: its tagline ("From Openpedia, the free encyclopedia",
/// <see cref="EncyclopediaTagline"/>), its row of page tabs, and
/// hatnotes that send readers elsewhere ("For the religious order, see Red Valley Brethren.", "Not to be confused with
/// …", "'X' redirects here."). Short, and shaped as a pointer, not a statement. Pure.
/// </summary>
internal static partial class EncyclopediaChrome
{
    private const int MaxHatnoteWords = 30;

    public static bool Is(string line) => IsTagline(line) || IsHatnote(line);

    public static bool IsTagline(string line) => EncyclopediaTagline.SiteName(line) is not null;

    /// <summary>
    /// A wiki's row of tabs over an entry ("Page   Discussion   Read   Edit   View history", "Article | Talk | Edit"): a menu
    /// row with at least two of a wiki's tab words.
    /// </summary>
    public static bool IsPageTabs(string line) =>
        NavigationBar.Items(line) is { } items && items.Count(i => TabWords.Contains(i.Trim())) >= MinTabWords;

    private const int MinTabWords = 2;

    private static readonly HashSet<string> TabWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Read", "Edit", "Edit source", "View source", "View history", "History", "Talk", "Discussion",
    };

    public static bool IsHatnote(string line)
    {
        var t = line.Trim();
        return TextLines.WordCount(t) <= MaxHatnoteWords && TextLines.SentenceCount(t) <= 2 && Hatnote().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:For\s+(?:the|other|a|an|uses|people|places)\b[^.]{0,120},\s+see\s+\S|Not\s+to\s+be\s+confused\s+with\s+\S|This\s+article\s+is\s+about\s+[^.]{1,80}\.\s+For\s+|""?[^""]{1,60}""?\s+redirects\s+here\b|Main\s+articles?:\s+\S|See\s+also:\s+\S|Further\s+information:\s+\S)")]
    private static partial Regex Hatnote();
}
