using System.Text.RegularExpressions;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Article starts at a title the contents list with no byline under it.</summary>
public sealed partial class WholeIssueFormat
{
    private const int MaxKeyPoints = 6;
    private const int MaxRunningLineWords = 10;
    private const int MaxShortOpeningParagraphs = 3;

    // A bullet, or a hyphen or dash set as one ("- Herders returning …").
    [GeneratedRegex(@"^\s*[•▪◦‣●■▸►\-–]\s+\p{Lu}")]
    private static partial Regex KeyPoint();

    /// <summary>
    /// A title the contents list (by its words) that no byline follows: when the line above it is a byline of the
    /// author the contents give for it, the byline was printed above the title; otherwise, when prose follows (after a
    /// few key points in bullets, if any) and
    /// the text before it is closed (a sentence's end, a label, the contents), it opens an unsigned article.
    /// </summary>
    private static ArticleStart? ListedStartWithoutByline(IReadOnlyList<TextBlock> blocks, int j, string title, IReadOnlyList<TocEntry> toc, int earliest)
    {
        if (toc.Count == 0 || MatchToc(title, toc) is not { } entry) return null;
        var above = j - 1;
        if (above >= earliest && blocks[above].IsSingleLine && IssueSegmenter.BylineNames(blocks[above].FirstText) is { } names
            && toc[entry].Authors.Count > 0
            && names.Any(n => toc[entry].Authors.Any(a => TextShapes.NormalizeForMatch(a) == TextShapes.NormalizeForMatch(n))))
            return new ArticleStart(j, above, j + 1);
        // Key points in bullets may stand between the title and the first paragraph ("• Turkmenistan has …").
        var k = j + 1;
        while (k + 1 < blocks.Count && k - j <= MaxKeyPoints && KeyPoint().IsMatch(blocks[k].FirstText) && IssueSegmenter.EndsSentence(blocks[k].Lines[^1].Text)) k++;
        var first = blocks[k].Joined;
        // A first paragraph cut by a page break goes on in the next block, in lower case (past a running line shaped as
        // page furniture, which is taken out later).
        var after = k + 1;
        if (after + 1 < blocks.Count && blocks[after].IsSingleLine && TextLines.WordCount(blocks[after].FirstText) <= MaxRunningLineWords
            && RunningLines.IsFurnitureShaped(blocks[after].FirstText)) after++;
        if (!IssueSegmenter.EndsSentence(first) && after < blocks.Count && blocks[after].FirstText.TrimStart() is { Length: > 0 } rest && char.IsLower(rest[0]))
            first += " " + blocks[after].Joined;
        // A short first paragraph (an interview's introduction, its first question) is prose when prose goes on in the
        // paragraphs after it.
        if (!BioLabel.IsLabelLine(title) && !BioParagraph.IsBio(first))
            for (var more = after; more < blocks.Count && more - after < MaxShortOpeningParagraphs && TextLines.WordCount(first) < MinOrphanProseWords
                 && IssueSegmenter.EndsSentence(first) && ProseParagraph.Is(blocks[more].Joined); more++)
                first += " " + blocks[more].Joined;
        var prose = TextLines.WordCount(first) >= MinOrphanProseWords && ProseParagraph.Is(first);
        var closed = j == 0 || IssueSegmenter.EndsSentence(blocks[j - 1].Lines[^1].Text) || blocks[j - 1].IsSingleLine && !ProseParagraph.Is(blocks[j - 1].Joined);
        return prose && closed ? new ArticleStart(j, null, j + 1) : null;
    }
}
