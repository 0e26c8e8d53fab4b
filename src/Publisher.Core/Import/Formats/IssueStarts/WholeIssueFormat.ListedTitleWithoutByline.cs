using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Article starts at a title the contents list with no byline under it.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// A title the contents list (by its words) that no byline follows: when the line above it is a byline of the
    /// author the contents give for it, the byline was printed above the title; otherwise, when prose follows and
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
        var next = blocks[j + 1];
        var prose = TextLines.WordCount(next.Joined) >= MinOrphanProseWords && ProseParagraph.Is(next.Joined);
        var closed = j == 0 || IssueSegmenter.EndsSentence(blocks[j - 1].Lines[^1].Text) || blocks[j - 1].IsSingleLine && !ProseParagraph.Is(blocks[j - 1].Joined);
        return prose && closed ? new ArticleStart(j, null, j + 1) : null;
    }
}
