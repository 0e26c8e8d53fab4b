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
            var listed = toc.Any(e => e.Authors.Count == 0 && TextShapes.NormalizeForMatch(e.Title) == key);
            var repeated = printed.GetValueOrDefault(key) > 1;
            if (!(SectionLabels.IsSetApart(block.FirstText) || listed || repeated)) continue;
            if (!IsPieceStart(blocks, j + 1, proseWillDo: listed || repeated)) continue;
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

    /// <summary>A title at <paramref name="at"/> with a byline under it (or, when <paramref name="proseWillDo"/>, prose).</summary>
    private static bool IsPieceStart(IReadOnlyList<TextBlock> blocks, int at, bool proseWillDo)
    {
        if (at + 1 >= blocks.Count) return false;
        var title = blocks[at];
        if (title.Lines.Count > 4 || !IsWrappedTitle(title) || IsSectionLabel(title) || NotesSection.IsNotesHeading(title.FirstText)) return false;
        if (!TextShapes.IsTitleLike(TextShapes.UnwrapTitle(title.Lines.Select(l => l.Text)))) return false;
        var under = blocks[at + 1];
        if (under.IsSingleLine && StartBylineNames(under.FirstText) is not null) return true;
        return proseWillDo && TextLines.WordCount(under.Joined) >= MinOrphanProseWords && ProseParagraph.Is(under.Joined);
    }
}
