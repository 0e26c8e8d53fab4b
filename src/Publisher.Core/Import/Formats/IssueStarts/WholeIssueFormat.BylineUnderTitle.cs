using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Article starts where the byline is printed under the title (the usual shape of an issue).</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// The blocks that start an article: a title block followed by an author line and some text; with contents, also a
    /// byline line printed above a title the contents list, and a title the contents list followed straight by prose
    /// (an unsigned brief).
    /// </summary>
    private static List<ArticleStart> FindArticleStarts(IReadOnlyList<TextBlock> blocks, IReadOnlyList<TocEntry> toc, IReadOnlySet<int> titleType, IReadOnlySet<int> bylineType,
        IReadOnlySet<int> shapeLabels, bool runOpenAtStart)
    {
        var starts = new List<ArticleStart>();
        // Inside a run of pieces the contents list only by their section's label (a plural one, or one known by its
        // shape): the piece opened under the label, and each titled and bylined piece after it, though the contents do not
        // list it, until a piece they list.
        var inLabelledRun = runOpenAtStart;
        for (var j = 0; j + 1 < blocks.Count; j++)
        {
            var titleBlock = blocks[j];
            // The issue's last title with one block under it: only a title the contents list, or one under a section's
            // label, can open a piece there (an unsigned one; a byline needs a block of text under it).
            if (j + 2 == blocks.Count)
            {
                if (titleBlock.Lines.Count <= 5 && IsWrappedTitle(titleBlock) && TextShapes.UnwrapTitle(titleBlock.Lines.Select(l => l.Text)) is var lastTitle
                    && TextShapes.IsTitleLike(lastTitle)
                    && (ListedStartWithoutByline(blocks, j, lastTitle, toc, starts.Count > 0 ? starts[^1].Content : 0) ?? LabelledStartWithoutByline(blocks, j, shapeLabels)) is { } lastStart)
                    starts.Add(lastStart);
                break;
            }
            if (SentenceTitleUnderLabel(blocks, j))
            {
                starts.Add(new ArticleStart(j, j + 1, j + 2));
                j++;
                continue;
            }
            if (titleBlock.Lines.Count > 5 || !IsWrappedTitle(titleBlock))
            {
                // A title the words alone would miss (sentence case), which the PDF's type marks.
                if (TitleTypeStartWithoutByline(blocks, j, titleType) is { } typed) starts.Add(typed);
                continue;
            }
            var title = TextShapes.UnwrapTitle(titleBlock.Lines.Select(l => l.Text));
            // A short line in capitals is a section label, unless the contents list it as an article's title.
            if (!TextShapes.IsTitleLike(title) || TextShapes.IsCapitalsLabel(title) && MatchToc(title, toc) is null || NotesSection.IsNotesHeading(title)
                || titleBlock.IsSingleLine && shapeLabels.Contains(titleBlock.Line))
            {
                if (TitleTypeStartWithoutByline(blocks, j, titleType) is { } typed) starts.Add(typed);
                continue;
            }
            var authorBlock = blocks[j + 1];
            // "By NAME" over a title the contents list is a byline printed above that title, never a title itself.
            if (IsByLine(title) && toc.Count > 0 && MatchToc(TextShapes.UnwrapTitle(authorBlock.Lines.Select(l => l.Text)), toc) is not null) continue;
            // "Drone Sightings Close the Airport" / "Northlight Foundation staff": a credit naming no person stands as a byline
            // under a title that follows a section label (known or only shaped as one) or a closed article, or that the
            // contents list. The paper's own people ("From our staff in Tolm") may stand under any title after closed text.
            if (authorBlock.IsSingleLine && StartBylineNames(authorBlock.FirstText) is null
                && CollectiveByline.IsCredit(authorBlock.FirstText)
                && (MatchToc(title, toc) is not null
                    || j > 0 && (IsSectionLabel(blocks[j - 1]) || blocks[j - 1].IsSingleLine && SectionLabels.IsCapitalsLabelShaped(blocks[j - 1].FirstText)
                        || ArticleEndEvidence.Closes(blocks[j - 1].Lines.Select(l => l.Text).ToList())
                        || CollectiveByline.IsPapersOwn(authorBlock.FirstText) && ClosesText(blocks[j - 1])))
                && IsProseAfterTitle(blocks[j + 2]))
            {
                starts.Add(new ArticleStart(j, j + 1, j + 2));
                j++;
                continue;
            }
            if (!authorBlock.IsSingleLine && !IsNameOverRole(authorBlock) || StartBylineNames(authorBlock.FirstText) is null)
            {
                if ((ListedStartWithoutByline(blocks, j, title, toc, starts.Count > 0 ? starts[^1].Content : 0)
                    ?? LabelledStartWithoutByline(blocks, j, shapeLabels)
                    ?? TitleTypeStartWithoutByline(blocks, j, titleType)) is { } other) starts.Add(other);
                continue;
            }
            // A heading inside an article followed by a name-shaped line is unlikely, but when the issue has a table of
            // contents, a start must match one of its titles or authors: that keeps stray short lines from cutting articles.
            // An article under a section label ("BRIEF"), or the first right after the contents, may be missing from
            // the contents, which list the label only.
            // A title and a byline the PDF sets in their own types (TypeRoles) open an article the contents may have missed.
            var setInTypes = InTitleType(titleBlock, titleType) && bylineType.Contains(authorBlock.Line);
            // So may one right after a piece closed by its signature ("— NAME"): the contents list a section ("Briefs"), not its pieces;
            // and one after any other end of an article (a closing bio, notes, an end mark, a rule between articles).
            var afterShapeLabel = j > 0 && blocks[j - 1].IsSingleLine && shapeLabels.Contains(blocks[j - 1].Line);
            var listed = MayOpenArticle(title, authorBlock.FirstText, toc);
            if (!listed && j > 0 && !IsSectionLabel(blocks[j - 1]) && !afterShapeLabel && !inLabelledRun && !setInTypes && !IsClosingSignature(blocks[j - 1])
                && !ArticleEndEvidence.Closes(blocks[j - 1].Lines.Select(l => l.Text).ToList())) continue;
            var afterRunLabel = afterShapeLabel || j > 0 && IsSectionLabel(blocks[j - 1]) && SectionLabels.OpensRun(blocks[j - 1].FirstText);
            inLabelledRun = afterRunLabel || inLabelledRun && !listed;
            starts.Add(new ArticleStart(j, j + 1, j + 2));
            j++;
        }
        // The bios' heading ("About the Authors", which the contents may list with its page) opens no article, whatever
        // byline is printed above or under it.
        return [.. WithEndSignedArticles(blocks, WithRuledPieces(blocks, WithUnsignedBriefs(blocks, WithBylinesAboveTitles(blocks, starts, toc), toc, shapeLabels)))
            .Where(s => !(blocks[s.Title].IsSingleLine && BioLabel.IsLabelLine(blocks[s.Title].FirstText)))];
    }

    /// <summary>
    /// "CONVERSATION" / "‘A Flotilla Needs Fuel’" / prose: a display title (or one in sentence case, which the label sets
    /// apart: "COMMENTARY" / "What the amnesty figures do not say") right under a section label the catalogue
    /// knows or one read by its shape, the label after text that ends a sentence, opens an unsigned piece though the
    /// contents do not list it (they may list it by its subject).
    /// </summary>
    private static ArticleStart? LabelledStartWithoutByline(IReadOnlyList<TextBlock> blocks, int j, IReadOnlySet<int> shapeLabels)
    {
        // A label the catalogue does not know, read by its shape and place ("UPDATE" printed over two pieces), serves too.
        if (j < 2 || !IsSectionLabel(blocks[j - 1]) && !(blocks[j - 1].IsSingleLine && shapeLabels.Contains(blocks[j - 1].Line)) || !IsDisplayTitle(blocks[j]) && !IsTitleUnderLabel(blocks, j) || !IsProseAfterTitle(blocks[j + 1])) return null;
        // A page's running line between the text and the label is passed over.
        var before = j - 2;
        while (before > 0 && blocks[before].IsSingleLine && RunningLines.IsFurnitureShaped(blocks[before].FirstText)) before--;
        return IssueSegmenter.EndsSentence(blocks[before].Lines[^1].Text) ? new ArticleStart(j, null, j + 1) : null;
    }

    /// <summary>
    /// "THIS WEEK'S ANALYSIS" / "The ferry truce is fraying. Here is why." / "by NAME, editor": a title that ends its
    /// sentence, which the title rules refuse, opens a piece between a section label in capitals and a byline with its "By".
    /// </summary>
    private static bool SentenceTitleUnderLabel(IReadOnlyList<TextBlock> blocks, int j) =>
        j > 0 && j + 2 < blocks.Count && blocks[j - 1].IsSingleLine && SectionLabels.IsCapitalsLabelShaped(blocks[j - 1].FirstText)
        && blocks[j].Lines.Count <= 2 && IssueSegmenter.EndsSentence(blocks[j].Lines[^1].Text) && TextLines.WordCount(blocks[j].Joined) <= MaxSentenceTitleWords
        && char.IsUpper(blocks[j].FirstText[0]) && blocks[j + 1].IsSingleLine && IsByLine(blocks[j + 1].FirstText);

    private const int MaxSentenceTitleWords = 16;

    /// <summary>
    /// "Ana-Lucía Restrepo-Vance" / "Correspondent in Hask": a bare name over the author's role in one block, read as a
    /// byline (the role is dropped and reported).
    /// </summary>
    private static bool IsNameOverRole(TextBlock block) =>
        block.Lines.Count == 2 && !IssueSegmenter.IsPrintedByline(block.FirstText) && StartBylineNames(block.FirstText) is { } names
        && names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true))
        && AuthorRoleLine.Is(block.Lines[1].Text) && !ProseParagraph.Is(block.Lines[1].Text);

    private static bool IsClosingSignature(TextBlock block) => block.IsSingleLine && ClosingSignature.Names(block.FirstText) is not null;

    private static bool IsByLine(string line) =>
        IssueSegmenter.WithoutBy(line).Length < line.Trim().Length && IssueSegmenter.BylineNames(line) is not null;

    /// <summary>
    /// The names on the line under an article's title: a byline ("By NAME", "NAME and NAME*") or, since a title is right
    /// above, names in capitals without "By" ("ILONA MARCHETTI-VARGA") or after a dash ("— NAME", <see cref="IssueSegmenter.DashBylineNames"/>).
    /// </summary>
    private static IReadOnlyList<string>? StartBylineNames(string line) =>
        line.Length == 0 ? null : IssueSegmenter.BylineNames(line) ?? CapitalsByline.Names(line) ?? IssueSegmenter.DashBylineNames(line);

    /// <summary>Evidence a title and the byline under it open an article: with contents, they list its title or author.</summary>
    private static bool MayOpenArticle(string title, string byline, IReadOnlyList<TocEntry> toc) =>
        toc.Count == 0 || MatchToc(title, toc) is not null
        || toc.Any(e => e.Authors.Any(a => TextShapes.NormalizeForMatch(a) == TextShapes.NormalizeForMatch(IssueSegmenter.WithoutBy(byline))));
}
