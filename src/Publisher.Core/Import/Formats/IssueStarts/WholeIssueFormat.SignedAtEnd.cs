using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Article starts of an issue whose articles are signed at their ends, not under their titles.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// Articles signed at their ends ("— NAME, Place", "NAME, Editor") instead of under their titles: each opens at the
    /// first title block (in capitals or title case, ending no sentence) followed by prose, at the body's start or after
    /// the previous article's signature; text after a signature (the bios) stays with the signed article. None unless
    /// at least one article is signed.
    /// </summary>
    private static List<ArticleStart> EndSignedStarts(IReadOnlyList<TextBlock> blocks)
    {
        var starts = new List<ArticleStart>();
        var expectTitle = true;
        for (var j = 0; j + 1 < blocks.Count; j++)
        {
            var block = blocks[j];
            if (expectTitle && IsDisplayTitle(block) && IsOrphanProse(blocks[j + 1]))
            {
                starts.Add(new ArticleStart(j, null, j + 1));
                expectTitle = false;
            }
            else if (!expectTitle && block.IsSingleLine && ClosingSignature.Names(block.FirstText) is not null)
            {
                starts[^1] = starts[^1] with { Signature = j };
                expectTitle = true;
            }
        }
        return starts.Any(s => s.Signature is not null) ? starts : [];
    }

    /// <summary>A title block set as titles are: up to three lines, each in capitals or title case, ending no sentence.</summary>
    private static bool IsDisplayTitle(TextBlock block) =>
        block.Lines.Count <= 3 && IsWrappedTitle(block) && !IsSectionLabel(block) && !IssueSegmenter.EndsSentence(block.Lines[^1].Text)
        && block.Lines.All(l => !l.Text.Any(char.IsLower) || ParagraphShape.LooksLikeTitleCaseHeading(l.Text.Trim()))
        && (block.Lines.Count > 1 || TextLines.WordCount(block.FirstText) >= MinDisplayTitleWords);

    private const int MinDisplayTitleWords = 3;

    /// <summary>
    /// A short line in capitals printed over a title in the same block ("EDITOR'S NOTE" / "A Quiet Year") is the
    /// article's label, not its title's first line: it becomes a block of its own.
    /// </summary>
    private static IReadOnlyList<TextBlock> LabelsApartFromTitles(IReadOnlyList<TextBlock> blocks) =>
        blocks.SelectMany(b => b.Lines.Count > 1 && b.Lines.Count <= 4 && IsKicker(b.FirstText) && b.Lines[1].Text.Any(char.IsLower)
            ? new[] { new TextBlock([b.Lines[0]]), new TextBlock(b.Lines.Skip(1).ToList()) }
            : [b]).ToList();

    private static bool IsKicker(string line)
    {
        var text = line.Trim();
        return text.Length >= 3 && text.Any(char.IsLetter) && !text.Any(char.IsLower) && !text.Any(char.IsDigit)
            && TextLines.WordCount(text) <= 3 && !IssueSegmenter.EndsSentence(text);
    }
}
