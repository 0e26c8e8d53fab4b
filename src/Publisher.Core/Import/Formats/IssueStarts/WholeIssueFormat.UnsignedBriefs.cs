using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Article starts of the unsigned briefs printed under a section label for several pieces ("BRIEFS").</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// Adds the briefs printed without bylines under a plural section label ("BRIEFS", "IN BRIEF"): from the label to
    /// the next article start found (or the next label), each title in capitals over prose, after text that is
    /// closed, opens a brief. Outside such a run a line in capitals over prose may be a subheading: nothing is added.
    /// </summary>
    private static List<ArticleStart> WithUnsignedBriefs(IReadOnlyList<TextBlock> blocks, List<ArticleStart> starts)
    {
        var added = new List<ArticleStart>();
        for (var j = 0; j < blocks.Count; j++)
        {
            if (!IsSectionLabel(blocks[j]) || !Genres.IsPlural(LetterSpacing.Collapse(blocks[j].FirstText))) continue;
            var runEnd = starts.Where(s => s.First > j).Select(s => s.First).DefaultIfEmpty(blocks.Count).Min();
            var k = j + 1;
            for (; k + 1 < runEnd && !IsSectionLabel(blocks[k]); k++)
            {
                if (!IsCapitalsTitle(blocks[k]) || !IsProseAfterTitle(blocks[k + 1]) || k > j + 1 && !ClosesText(blocks[k - 1])) continue;
                added.Add(new ArticleStart(k, null, k + 1));
                k++;
            }
            j = k - 1;
        }
        return added.Count == 0 ? starts : [.. starts.Concat(added).OrderBy(s => s.First)];
    }

    /// <summary>
    /// A brief's title set in capitals: up to three lines, two words or more, no lower-case letter, no sentence's
    /// end, and not a name (names in capitals are bylines).
    /// </summary>
    private static bool IsCapitalsTitle(TextBlock block)
    {
        if (block.Lines.Count > 3 || IsSectionLabel(block)) return false;
        var title = TextShapes.UnwrapTitle(block.Lines.Select(l => l.Text));
        return title.Any(char.IsLetter) && !title.Any(char.IsLower) && TextLines.WordCount(title) is >= MinBriefTitleWords and <= MaxBriefTitleWords
            && !IssueSegmenter.EndsSentence(title) && !NotesSection.IsNotesHeading(title) && StartBylineNames(title) is null;
    }

    private const int MinBriefTitleWords = 2;

    private const int MaxBriefTitleWords = 20;
}
