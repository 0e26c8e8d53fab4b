using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Section labels the genre catalogue does not know, read from their shape and position.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>An unknown section label: the kind it stands for and whether it heads a run of pieces.</summary>
    private sealed record ShapeLabel(string Kind, bool Run);

    /// <summary>
    /// Section labels found by shape and position, not by their words ("AT A GLANCE", "Field notes", "D I S P A T C H"): a
    /// line of its own shaped as a label (<see cref="SectionLabels.IsLabelShaped"/>) — set apart in capitals or letter
    /// spacing, or else listed in the contents or printed twice — right above a title that a byline follows (or, for a
    /// listed or repeated label, prose). The kind is <see cref="SectionLabels.UnknownSectionKind"/>: a label over two
    /// titled pieces or more heads a run of briefs. Labels the catalogue knows, and lines the PDF's type already marks,
    /// are left to the other rules.
    /// </summary>
    private static Dictionary<int, ShapeLabel> ShapeLabels(IReadOnlyList<TextBlock> blocks, IReadOnlyList<TocEntry> toc, IReadOnlySet<int> typed)
    {
        var result = new Dictionary<int, ShapeLabel>();
        var candidates = new List<int>();
        ProseVocabulary? vocabulary = null;
        // How often each one-line block is printed, counted once for the issue rather than again for every candidate.
        var printed = blocks.Where(b => b.IsSingleLine)
            .CountBy(b => TextShapes.NormalizeForMatch(LetterSpacing.Collapse(b.FirstText).Trim()))
            .ToDictionary(c => c.Key, c => c.Value);
        for (var j = 0; j + 2 < blocks.Count; j++)
        {
            var block = blocks[j];
            if (!block.IsSingleLine || typed.Contains(block.Line) || !SectionLabels.IsLabelShaped(block.FirstText)) continue;
            var text = LetterSpacing.Collapse(block.FirstText).Trim();
            if (SectionLabels.IssueKind(text) is not null || NotesSection.IsNotesHeading(text)) continue;
            var key = TextShapes.NormalizeForMatch(text);
            // Listed as a section of its own, or as the label before the title of the piece under it ("In a Fortnight: Title",
            // "In three paragraphs — Title — 2").
            var listed = toc.Any(e => e.Authors.Count == 0 && TextShapes.NormalizeForMatch(e.Title) == key) || ListedAsPrefix(text, blocks, j + 1, toc)
                || toc.Any(e => e.Section is { } section && TextShapes.NormalizeForMatch(section) == key);
            var repeated = printed.GetValueOrDefault(key) > 1;
            if (!(SectionLabels.IsSetApart(block.FirstText) || listed || repeated)) continue;
            // "Kasimir Odhiambo-Reyes" printed under two briefs: a name the prose never prints in lower case signs them,
            // however often it repeats ("Short Takes" is made of words the prose uses).
            if (!SectionLabels.IsSetApart(block.FirstText) && !listed && Signature.Names([text]) is not null
                && !(vocabulary ??= ProseVocabulary.Of(blocks.SelectMany(b => b.Lines).Select(l => l.Text))).ReadsAsPhrase(text)) continue;
            // "Reed Cutters Under Guard" / "Anneliese Morrow-Daku" (perhaps over her role) / prose: a line right over a name
            // line that prose follows is that piece's title (the contents list it without its author), not a label over a
            // piece titled by a name.
            if (IsTitleOverBareByline(blocks, j)) continue;
            // "Gulls Return to the Mole" / "From our correspondent, Skelda": a line over a byline naming no person is a title too.
            if (blocks[j + 1].IsSingleLine && CollectiveByline.IsCredit(blocks[j + 1].FirstText)) continue;
            // A label in capitals between a rule line and a piece's title (a newsletter's "-----" / "FIELD NOTE") heads it too;
            // so does one over a title the contents list, prose under it.
            var titleListed = MatchToc(TextShapes.UnwrapTitle(blocks[j + 1].Lines.Select(l => l.Text)), toc) is not null;
            // "… and two daughters." / "LAST PAGE" / "A Census of Boats" / prose: a label in capitals after a finished
            // sentence, over a one-line title, heads an unsigned piece.
            var afterSentence = SectionLabels.IsSetApart(block.FirstText) && j > 0 && IssueSegmenter.EndsSentence(blocks[j - 1].Lines[^1].Text)
                && blocks[j + 1].IsSingleLine;
            if (!IsPieceStart(blocks, j + 1, proseWillDo: listed || repeated || titleListed || afterSentence || IsSignedBelow(blocks, j + 2)) && !IsRuledPieceHead(blocks, j)) continue;
            candidates.Add(j);
        }
        for (var c = 0; c < candidates.Count; c++)
        {
            var j = candidates[c];
            var next = c + 1 < candidates.Count ? candidates[c + 1] : blocks.Count;
            // The titled pieces under the label, up to the next label (or a title the contents list, after the first).
            var pieces = 1;
            for (var k = j + 3; k + 1 < next; k++)
            {
                if (IsSectionLabel(blocks[k])) break;
                if (!IsPieceStart(blocks, k, proseWillDo: false)) continue;
                if (MatchToc(TextShapes.UnwrapTitle(blocks[k].Lines.Select(l => l.Text)), toc) is not null) break;
                pieces++;
            }
            var label = blocks[j].FirstText;
            result[blocks[j].Line] = new ShapeLabel(SectionLabels.UnknownSectionKind(label, pieces > 1), pieces > 1);
        }
        return result;
    }

    /// <summary>
    /// Whether the contents list the title at <paramref name="at"/> with the label printed before it, as its section
    /// ("In a Fortnight: Beijing Recasts …" over a label "In a Fortnight" and the title "Beijing Recasts …").
    /// </summary>
    private static bool ListedAsPrefix(string label, IReadOnlyList<TextBlock> blocks, int at, IReadOnlyList<TocEntry> toc)
    {
        if (at >= blocks.Count || toc.Count == 0) return false;
        var title = TextShapes.NormalizeForMatch(TextShapes.UnwrapTitle(blocks[at].Lines.Select(l => l.Text)));
        if (title.Length == 0) return false;
        foreach (var entry in toc)
        {
            var colon = entry.Title.IndexOf(':');
            if (colon <= 0 || TextShapes.NormalizeForMatch(entry.Title[..colon]) != TextShapes.NormalizeForMatch(label)) continue;
            if (TextShapes.WordSimilarity(entry.Title[(colon + 1)..], title) >= 0.6) return true;
        }
        return false;
    }

    /// <summary>
    /// The shape labels again once the articles are found (<paramref name="starts"/>): a label over two articles or more
    /// (up to the next label, or an article the contents list by title after the first) heads a run of briefs, though
    /// only the first is bylined (the others signed at their ends, or unsigned); a phrase label over one article that is
    /// short — no subheadings, at most <see cref="ShortPieceWords"/> words and at most two thirds as long as the issue's
    /// longest other article — is a brief's section ("IN A NUTSHELL", "In a Fortnight"); over a longer one a feature's.
    /// A label whose words end in a genre noun ("DISPATCH") keeps that genre over one piece.
    /// </summary>
    private static Dictionary<int, ShapeLabel> ShapeLabelsOverArticles(Dictionary<int, ShapeLabel> labels, IReadOnlyList<TextBlock> blocks,
        IReadOnlyList<ArticleStart> starts, IReadOnlyList<TocEntry> toc, RawSource source)
    {
        if (labels.Count == 0 || starts.Count == 0) return labels;
        var shapes = PieceShapes(blocks, starts, source);
        var result = new Dictionary<int, ShapeLabel>(labels);
        foreach (var (line, shaped) in labels)
        {
            if (shaped.Run) continue;
            var at = IndexOfBlock(blocks, line);
            if (at < 0) continue;
            var under = new List<int>();
            for (var s = 0; s < starts.Count; s++)
            {
                if (starts[s].First <= at) continue;
                // The next label printed between the previous article and this one ends the section.
                if (under.Count > 0 && starts[s].First > 0 && IsSectionLabel(blocks[starts[s].First - 1], source)) break;
                if (under.Count > 0 && MatchToc(TextShapes.UnwrapTitle(blocks[starts[s].Title].Lines.Select(l => l.Text)), toc) is not null) break;
                if (under.Count == 0 && starts[s].First > at + 1 && !blocks.Skip(at + 1).Take(starts[s].First - at - 1).All(b => IsSectionLabel(b, source))) break;
                under.Add(s);
            }
            if (under.Count >= 2) result[line] = new ShapeLabel(SectionLabels.UnknownSectionKind(blocks[at].FirstText, run: true), true);
            else if (under.Count == 1 && Genres.OwnLabel(LetterSpacing.Collapse(blocks[at].FirstText).Trim()) is null)
            {
                var piece = shapes[under[0]];
                var longestOther = shapes.Where((_, s) => s != under[0]).Select(p => p.Words).DefaultIfEmpty(0).Max();
                if (!piece.HasSubheadings && piece.Words <= ShortPieceWords && piece.Words * 3 <= longestOther * 2)
                    result[line] = shaped with { Kind = ArticleKinds.Brief };
            }
        }
        return result;
    }

    /// <summary>
    /// Whether a piece under a phrase label the catalogue does not know (<paramref name="label"/>; no genre noun in its
    /// words) is short: no subheadings, at most <see cref="ShortPieceWords"/> words and two thirds of the longest article found.
    /// </summary>
    private static bool IsShortPieceAmong(IReadOnlyList<TextBlock> piece, TextBlock label, IReadOnlyList<TextBlock> blocks, IReadOnlyList<ArticleStart> starts, RawSource source)
    {
        if (Genres.OwnLabel(LetterSpacing.Collapse(label.FirstText).Trim()) is not null || starts.Count == 0) return false;
        var shape = ShapeOf(piece);
        var longest = PieceShapes(blocks, starts, source).Max(p => p.Words);
        return !shape.HasSubheadings && shape.Words <= ShortPieceWords && shape.Words * 3 <= longest * 2;
    }

    /// <summary>
    /// The shape of each article's text, from its content to the next article; the last one's without the lines closing
    /// the issue after it (an email's foot, the publisher's notice), which are no part of it.
    /// </summary>
    private static List<PieceShape> PieceShapes(IReadOnlyList<TextBlock> blocks, IReadOnlyList<ArticleStart> starts, RawSource source) =>
        [.. starts.Select((start, s) =>
        {
            var content = blocks.Skip(start.Content).Take((s + 1 < starts.Count ? starts[s + 1].First : blocks.Count) - start.Content).ToList();
            return ShapeOf(s + 1 < starts.Count ? content : DropTrailingFooters(content, publication: null, source, dropped: []));
        })];

    /// <summary>The most words a single piece under a phrase label may have to be read as a brief.</summary>
    internal const int ShortPieceWords = 450;

    private static int IndexOfBlock(IReadOnlyList<TextBlock> blocks, int line)
    {
        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i].Line == line) return i;
        return -1;
    }

    /// <summary>
    /// Whether the piece from <paramref name="from"/> is closed by a signature after a dash ("-- NAME, Place") before the
    /// next line shaped as a label: a piece signed at its end, which no byline under its title announces.
    /// </summary>
    private static bool IsSignedBelow(IReadOnlyList<TextBlock> blocks, int from)
    {
        for (var k = from; k < blocks.Count; k++)
        {
            var block = blocks[k];
            if (block.IsSingleLine && ClosingSignature.DashedNames(block.FirstText) is not null) return k > from;
            if (block.IsSingleLine && SectionLabels.IsLabelShaped(block.FirstText) && SectionLabels.IsSetApart(block.FirstText)) return false;
        }
        return false;
    }

    /// <summary>Whether the block at <paramref name="at"/> is over a byline (a name, or a name over its role) that prose follows (no title between them).</summary>
    private static bool IsTitleOverBareByline(IReadOnlyList<TextBlock> blocks, int at) =>
        at + 2 < blocks.Count && (blocks[at + 1].IsSingleLine || IsNameOverRole(blocks[at + 1])) && StartBylineNames(blocks[at + 1].FirstText) is not null
        && !(blocks[at + 2].IsSingleLine && StartBylineNames(blocks[at + 2].FirstText) is not null)
        && TextLines.WordCount(blocks[at + 2].Joined) >= MinOrphanProseWords && ProseParagraph.Is(blocks[at + 2].Joined);

    /// <summary>A title at <paramref name="at"/> with a byline under it (or, when <paramref name="proseWillDo"/>, prose).</summary>
    private static bool IsPieceStart(IReadOnlyList<TextBlock> blocks, int at, bool proseWillDo)
    {
        if (at + 1 >= blocks.Count) return false;
        if (SentenceTitleUnderLabel(blocks, at)) return true;
        var title = blocks[at];
        if (title.Lines.Count > 4 || !IsWrappedTitle(title) || IsSectionLabel(title) || NotesSection.IsNotesHeading(title.FirstText)) return false;
        if (!TextShapes.IsTitleLike(TextShapes.UnwrapTitle(title.Lines.Select(l => l.Text)))) return false;
        var under = blocks[at + 1];
        if ((under.IsSingleLine || IsNameOverRole(under)) && StartBylineNames(under.FirstText) is not null) return true;
        // A paragraph a page break cut ("… has doubled since the new" / "year, to forty crowns …") is prose too.
        return proseWillDo && TextLines.WordCount(under.Joined) >= MinOrphanProseWords && IsProseAfterTitle(blocks, at + 1);
    }
}
