using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Contents entries that name a section, told from the titles of pieces by how the body prints them.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// A contents entry listed without authors among entries that list theirs ("[4] On the Water" under "[1] Title — NAME")
    /// is the section of the pieces under it when the body prints its words as a label in capitals ("ON THE WATER") right
    /// over a title the contents do not list: the pieces of a run are not listed one by one, a listed piece's own title is.
    /// An entry that names the section before a colon and says what it holds after it ("Elsewhere: three short items") is
    /// read the same way by its name.
    /// </summary>
    private static IReadOnlyList<TocEntry> WithListedSections(IReadOnlyList<TocEntry> toc, IReadOnlyList<SeedLine> body)
    {
        if (toc.Count(e => e.Authors.Count > 0) < MinSignedEntries) return toc;
        var texts = body.Where(l => !l.IsBlank).Select(l => l.Text.Trim()).ToList();
        List<TocEntry>? result = null;
        for (var i = 0; i < toc.Count; i++)
        {
            var entry = toc[i];
            if (entry.IsSection || entry.Authors.Count > 0 || entry.Kind is not null) continue;
            // "Elsewhere: three short items · 8": the section's name before a colon, what it holds after it.
            var named = entry.Title.IndexOf(':') is > 0 and var colon && TextLines.WordCount(entry.Title[..colon]) <= MaxSectionNameWords
                ? entry.Title[..colon].Trim() : null;
            var printed = PrintedAsLabelOverUnlistedTitle(entry.Title, texts, toc) ? entry.Title
                : named is not null && PrintedAsLabelOverUnlistedTitle(named, texts, toc) ? named : null;
            if (printed is null) continue;
            result ??= [.. toc];
            result[i] = entry with { Title = printed, IsSection = true };
        }
        return result ?? toc;
    }

    private const int MinSignedEntries = 2;

    private const int MaxSectionNameWords = 4;

    private static bool PrintedAsLabelOverUnlistedTitle(string title, IReadOnlyList<string> texts, IReadOnlyList<TocEntry> toc)
    {
        var key = TextShapes.NormalizeForMatch(title);
        for (var i = 0; i + 2 < texts.Count; i++)
        {
            if (!TextShapes.IsCapitalsLabel(texts[i]) || TextShapes.NormalizeForMatch(texts[i]) != key) continue;
            var next = texts[i + 1];
            if (next.Any(char.IsLower) && ParagraphShape.LooksLikeTitleCaseHeading(next) && !IssueSegmenter.EndsSentence(next)
                && TextLines.WordCount(next) >= MinDisplayTitleWords && MatchToc(next, toc) is null)
                return true;
        }
        return false;
    }
}
