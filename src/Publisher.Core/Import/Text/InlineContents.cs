using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>One entry of a contents list printed as running text: a title (its authors after ", by"), or a group's label.</summary>
internal sealed record InlineEntry(string Title, IReadOnlyList<string> Authors, bool IsGroup);

/// <summary>
/// A whole contents list printed as running text, on one line or wrapped over a paragraph: two or more titles or groups
/// of titles, each followed by its page in brackets, after an optional contents heading ("This number: Night Boats (p. 1)
/// · The Karst Camps (p. 3)", "Inside: A (page 2) | B (page 5)", "In this issue: Title, by NAME (p. 1); Briefs: A; B; C
/// (p. 7)"). The entries in order, or null for any other text. Pure.
/// </summary>
internal static partial class InlineContents
{
    private const int MaxLength = 700;
    private const int MaxGroupLabelWords = 3;

    public static IReadOnlyList<InlineEntry>? Entries(string text)
    {
        text = text.Trim();
        if (text.Length > MaxLength) return null;
        var pages = BracketPage().Matches(text);
        if (pages.Count < 2 || text[pages[^1].Index..].Trim() != pages[^1].Value.Trim()) return null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < pages[0].Index && ContentsHeading.IsMatch(text[..(colon + 1)])) text = text[(colon + 1)..];
        var entries = new List<InlineEntry>();
        foreach (var piece in BracketPage().Split(text))
        {
            var paged = piece.Trim().Trim('·', '|', '•', ';', '/').Trim();
            if (paged.Length == 0) continue;
            // "Briefs: A; B; C (p. 7)": a group's label and the titles printed on one page.
            foreach (var item in paged.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var title = item;
                if (GroupLabel().Match(item) is { Success: true } group && TextLines.WordCount(group.Groups["label"].Value) <= MaxGroupLabelWords
                    && SectionLabels.KnownKind(group.Groups["label"].Value) is not null)
                {
                    entries.Add(new InlineEntry(group.Groups["label"].Value, [], IsGroup: true));
                    title = item[group.Length..].Trim();
                }
                // "Title, by NAME and NAME": the authors after the title.
                (title, var authors) = TitleThenBy.Split(title, []);
                if (!TextShapes.IsTitleLike(title)) return null;
                entries.Add(new InlineEntry(title, authors, IsGroup: false));
            }
        }
        return entries.Count(e => !e.IsGroup) >= pages.Count ? entries : null;
    }

    [GeneratedRegex(@"\s*[(\[](?:pp?\.?|page)\s*\d{1,3}[)\]]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex BracketPage();

    [GeneratedRegex(@"^(?<label>\p{L}[\p{L} ]*?)\s*:\s+")]
    private static partial Regex GroupLabel();

}
