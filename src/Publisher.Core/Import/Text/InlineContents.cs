using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A whole contents list printed on one line: two or more titles, each followed by its page in brackets, after an
/// optional contents heading ("This number: Night Boats (p. 1) · The Karst Camps (p. 3)", "Inside: A (page 2) | B
/// (page 5)"). The titles in order, or null for any other line. Pure.
/// </summary>
internal static partial class InlineContents
{
    private const int MaxLength = 400;

    public static IReadOnlyList<string>? Titles(string line)
    {
        var text = line.Trim();
        if (text.Length > MaxLength) return null;
        var pages = BracketPage().Matches(text);
        if (pages.Count < 2 || text[pages[^1].Index..].Trim() != pages[^1].Value.Trim()) return null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < pages[0].Index && ContentsHeading.IsMatch(text[..colon])) text = text[(colon + 1)..];
        var titles = new List<string>();
        foreach (var piece in BracketPage().Split(text))
        {
            var title = piece.Trim().Trim('·', '|', '•', ';', '/').Trim();
            if (title.Length == 0) continue;
            if (!TextShapes.IsTitleLike(title)) return null;
            titles.Add(title);
        }
        return titles.Count == pages.Count ? titles : null;
    }

    [GeneratedRegex(@"\s*[(\[](?:pp?\.?|page)\s*\d{1,3}[)\]]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex BracketPage();
}
