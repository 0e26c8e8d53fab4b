using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>A review's block for the book it reviews, between the review's title and its byline.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// "Ports of Refuge" / "By Ilario Benedetti-Kaur. Farrow Press, 2038. 212 pp." / "Reviewed by Dr. Rhys ap Gwilym": the
    /// reviewed book's details (<see cref="BookBlock.IsDetails"/>: publisher, year, pages), under the book's title in its
    /// block or in a block of their own, right over the review's byline, describe the book — its author is not the
    /// reviewer, and the line is no part of the title. Taken out and recorded, so the title stands over its byline.
    /// </summary>
    private static List<TextBlock> ReviewedBookDetailsApart(IReadOnlyList<TextBlock> blocks, RawSource source, List<DroppedPiece> dropped)
    {
        var result = new List<TextBlock>(blocks.Count);
        for (var k = 0; k < blocks.Count; k++)
        {
            var block = blocks[k];
            var bylineNext = k + 1 < blocks.Count && blocks[k + 1].IsSingleLine && StartBylineNames(blocks[k + 1].FirstText) is not null;
            // The lines over the details (the book's title), none when the details are a block of their own.
            var titleLines = block.Lines.Count - block.Lines.Reverse().TakeWhile(l => BookBlock.IsDetails(l.Text)).Count();
            if (!bylineNext || titleLines == block.Lines.Count
                || titleLines == 0 && (result.Count == 0 || !IsBookTitle(result[^1].Lines))
                || titleLines > 0 && !IsBookTitle(block.Lines.Take(titleLines).ToList()))
            {
                result.Add(block);
                continue;
            }
            foreach (var line in block.Lines.Skip(titleLines))
                dropped.Add(new DroppedPiece("reviewed book's details", line.Text.Trim(), new SourceLocation(source.Path, line.Number)));
            if (titleLines > 0) result.Add(new TextBlock([.. block.Lines.Take(titleLines)]));
        }
        return result;
    }

    /// <summary>A book's title: a short line or two, title-like, ending no sentence.</summary>
    private static bool IsBookTitle(IReadOnlyList<SeedLine> lines) =>
        lines.Count is >= 1 and <= 2 && TextShapes.UnwrapTitle(lines.Select(l => l.Text)) is var title
        && TextShapes.IsTitleLike(title) && !IssueSegmenter.EndsSentence(title);
}
