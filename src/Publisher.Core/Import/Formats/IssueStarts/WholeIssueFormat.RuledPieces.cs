using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Article starts of an issue (a newsletter above all) that parts its pieces with rule lines.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// Adds the pieces that open right after a rule line under a label in capitals ("-----" / "FIELD NOTE" / "Three days
    /// in the salt market" / prose): the rule and the label set the title apart as a start, so it may be in sentence case
    /// or ask a question, and need no byline under it. A short bio where the byline would be ("NAME is a freelance
    /// reporter …") may stand between the title and the prose: it stays the piece's first block, and names its author
    /// (<see cref="BioUnderTitle"/>). Pieces already found are left as they are.
    /// </summary>
    private static List<ArticleStart> WithRuledPieces(IReadOnlyList<TextBlock> blocks, List<ArticleStart> starts)
    {
        var added = new List<ArticleStart>();
        for (var j = 1; j + 2 < blocks.Count; j++)
        {
            if (!IsRuledPieceHead(blocks, j) || starts.Any(s => s.First >= j && s.First <= j + 2)) continue;
            added.Add(new ArticleStart(j + 1, null, j + 2));
        }
        return added.Count == 0 ? starts : [.. starts.Concat(added).OrderBy(s => s.First)];
    }

    /// <summary>
    /// Whether the block at <paramref name="label"/> is a label in capitals under a rule line over a piece's title
    /// (<see cref="IsRuledPieceTitle"/>) and its prose, a short bio (<see cref="BioUnderTitle"/>) allowed between them.
    /// </summary>
    private static bool IsRuledPieceHead(IReadOnlyList<TextBlock> blocks, int label)
    {
        if (label < 1 || label + 2 >= blocks.Count || !IsRuleBlock(blocks[label - 1]) || !blocks[label].IsSingleLine
            || !SectionLabels.IsCapitalsLabelShaped(blocks[label].FirstText) || !IsRuledPieceTitle(blocks[label + 1])) return false;
        var prose = label + 2;
        if (BioUnderTitle(blocks[prose]) is not null) prose++;
        return prose < blocks.Count && IsSignedPieceProse(blocks[prose]);
    }

    private const int MaxRuledPieceTitleWords = 20;

    /// <summary>
    /// A title under a rule and a label: one or two lines opening with a capital, at most twenty words, ending in no full
    /// stop (a question mark is a title's), and neither a label, a byline, a notes heading nor a bio's label.
    /// </summary>
    private static bool IsRuledPieceTitle(TextBlock block)
    {
        if (block.Lines.Count > 2 || IsSectionLabel(block)) return false;
        var title = BlockText(block);
        return title.Length > 0 && char.IsUpper(title[0]) && TextLines.WordCount(title) is >= MinBriefTitleWords and <= MaxRuledPieceTitleWords
            && !title.TrimEnd().EndsWith('.') && !title.TrimEnd().EndsWith(':') && StartBylineNames(title) is null
            && !NotesSection.IsNotesHeading(title) && !BioLabel.IsLabelLine(title) && !ContentsHeading.IsMatch(title);
    }

    private const int MaxBioUnderTitleWords = 60;

    /// <summary>
    /// The people a short bio printed where a piece's byline would be is about ("NAME is a freelance reporter based in
    /// …; this is his first piece for us"), or null: at most sixty words, in a bio's shape and vocabulary.
    /// </summary>
    private static IReadOnlyList<string>? BioUnderTitle(TextBlock block)
    {
        var text = block.Joined;
        if (TextLines.WordCount(text) > MaxBioUnderTitleWords || !BioParagraph.IsBio(text)) return null;
        var subjects = BioParagraph.Subjects(text);
        return subjects.Count > 0 ? subjects : null;
    }

    /// <summary>
    /// A title printed over a bio in one block under a label in capitals ("FIELD NOTE" / "Three days in the salt market" /
    /// "NAME is a freelance reporter …"): the title's line becomes a block of its own, so the bio can stand where the
    /// byline would.
    /// </summary>
    private static IReadOnlyList<TextBlock> TitlesApartFromBios(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<TextBlock>(blocks.Count);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (b > 0 && block.Lines.Count > 1 && blocks[b - 1].IsSingleLine && SectionLabels.IsCapitalsLabelShaped(blocks[b - 1].FirstText)
                && IsRuledPieceTitle(new TextBlock([block.Lines[0]])) && BioUnderTitle(new TextBlock([.. block.Lines.Skip(1)])) is not null)
            {
                result.Add(new TextBlock([block.Lines[0]]));
                result.Add(new TextBlock([.. block.Lines.Skip(1)]));
            }
            else result.Add(block);
        }
        return result;
    }
}
