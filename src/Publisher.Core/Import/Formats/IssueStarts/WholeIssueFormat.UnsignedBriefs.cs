using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Article starts of the unsigned briefs printed under a section label for several pieces ("BRIEFS").</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// Adds the briefs printed without bylines under a plural section label ("BRIEFS", "IN BRIEF") or one the contents list
    /// as a section of its own (<see cref="IsListedRunSection"/>): from the label to
    /// the next article start found (or the next label), each title in capitals over prose (or in title case, when the run's first
    /// brief is so set), after text that is closed, opens a brief; a name line between the title and the prose is the brief's byline. Outside such a run a line in capitals over prose may be a subheading: nothing is added.
    /// </summary>
    private static List<ArticleStart> WithUnsignedBriefs(IReadOnlyList<TextBlock> blocks, List<ArticleStart> starts, IReadOnlyList<TocEntry> toc,
        IReadOnlySet<int> shapeLabels)
    {
        var added = new List<ArticleStart>();
        for (var j = 0; j < blocks.Count; j++)
        {
            // "AT A GLANCE" (a label by its shape) listed as "At a Glance: Torrens, Kleff": a section the contents name for a
            // run of briefs.
            var listedRun = blocks[j].IsSingleLine && shapeLabels.Contains(blocks[j].Line) && IsListedRunSection(toc, blocks[j].FirstText);
            if (!(IsSectionLabel(blocks[j]) && SectionLabels.OpensRun(blocks[j].FirstText)) && !listedRun) continue;
            // "BRIEFS" / "Gunmen Seize a Ferry" / "Author: NAME": the run's first brief, found by its byline, shows that the
            // run's titles are set in title case; it does not end the run. Only briefs: a run of features has subheadings.
            var firstBylined = starts.FirstOrDefault(s => s.First == j + 1 && s.Byline is not null && (listedRun || SectionLabels.IssueKind(blocks[j].FirstText) == ArticleKinds.Brief) && !IsCapitalsTitle(blocks[s.Title]) && IsDisplayTitle(blocks[s.Title]));
            // Briefs already found in the run (a title in capitals, a byline the contents list) do not end it.
            // Under a section the contents list, its pieces are not listed one by one: only a listed title ends the run.
            var runEnd = starts.Where(s => s.First > j && s != firstBylined && !IsCapitalsTitle(blocks[s.Title])
                    && !(listedRun && MatchToc(TextShapes.UnwrapTitle(blocks[s.Title].Lines.Select(l => l.Text)), toc) is null))
                .Select(s => s.First).DefaultIfEmpty(blocks.Count).Min();
            var k = j + 1;
            // "BRIEFS" over "Gunmen Seize a Ferry" over prose: the run's first brief shows that its titles are set in
            // title case, so later title-case lines after closed text open briefs too, not subheadings.
            var titleCaseRun = firstBylined is not null || k + 1 < runEnd && !IsCapitalsTitle(blocks[k]) && IsDisplayTitle(blocks[k])
                && (listedRun ? IsProseAfterTitle(blocks, k + 1) : IsProseAfterTitle(blocks[k + 1]))
                && !starts.Any(s => s.First == k)
                // Under a listed section, its first piece found by other evidence shows the case of the run's titles as well.
                || listedRun && starts.FirstOrDefault(s => s.First == k) is { } first && !IsCapitalsTitle(blocks[first.Title]) && IsDisplayTitle(blocks[first.Title]);
            for (; k + 1 < runEnd && !IsSectionLabel(blocks[k]) && !(k > j && shapeLabels.Contains(blocks[k].Line)); k++)
            {
                if (starts.FirstOrDefault(s => s.First == k) is { } found) { k = found.Content; continue; }
                if (!(IsCapitalsTitle(blocks[k]) || titleCaseRun && IsDisplayTitle(blocks[k])) || k > j + 1 && !ClosesText(blocks[k - 1])) continue;
                // "TITLE IN CAPITALS" / "Ana Ruiz" / prose: the brief's writer on a line of her own, a bare name or "By NAME".
                if (k + 2 < runEnd && BriefSigner(blocks[k + 1]) is not null && (listedRun ? IsProseAfterTitle(blocks, k + 2) : IsProseAfterTitle(blocks[k + 2])))
                {
                    added.Add(new ArticleStart(k, k + 1, k + 2));
                    k += 2;
                    continue;
                }
                if (!(listedRun ? IsProseAfterTitle(blocks, k + 1) : IsProseAfterTitle(blocks[k + 1]))) continue;
                added.Add(new ArticleStart(k, null, k + 1));
                k++;
            }
            j = k - 1;
        }
        return added.Count == 0 ? starts : [.. starts.Concat(added).OrderBy(s => s.First)];
    }

    /// <summary>
    /// The names on a brief's byline line under its title: "By NAME", or a bare name in upper and lower case that reads
    /// as a person's name (strictly: no function word, no heading), or null.
    /// </summary>
    private static IReadOnlyList<string>? BriefSigner(TextBlock block) =>
        block.IsSingleLine && !IssueSegmenter.EndsSentence(block.FirstText) && IssueSegmenter.BylineNames(block.FirstText) is { } names
        && names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true))
            ? names
            : null;

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
