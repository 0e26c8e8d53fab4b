using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Article starts a PDF's type marks: a title set bold and larger than the body, with no byline under it.</summary>
public sealed partial class WholeIssueFormat
{
    private const int MaxTitleTypeLines = 4;

    /// <summary>Every line of the block is set in title type (<see cref="RawSource.TitleTypeLines"/>).</summary>
    private static bool InTitleType(TextBlock block, IReadOnlySet<int> titleType) =>
        titleType.Count > 0 && block.Lines.Count <= MaxTitleTypeLines && block.Lines.All(l => titleType.Contains(l.Number));

    /// <summary>
    /// A block the PDF sets in title type, followed by prose, after closed text (a sentence's end, a label): it opens an
    /// unsigned article even when its words alone would not pass for a title (sentence case) and the contents do not
    /// list it. It must still be short and end no sentence, so a bold lead paragraph is not cut off as a title.
    /// </summary>
    private static ArticleStart? TitleTypeStartWithoutByline(IReadOnlyList<TextBlock> blocks, int j, IReadOnlySet<int> titleType)
    {
        var block = blocks[j];
        if (!InTitleType(block, titleType) || j + 1 >= blocks.Count) return null;
        var title = TextShapes.UnwrapTitle(block.Lines.Select(l => l.Text));
        if (TextLines.WordCount(title) is < 2 or > 25 || title.TrimEnd()[^1] is '.' or ',' or ';' || NotesSection.IsNotesHeading(title)) return null;
        var next = blocks[j + 1];
        if (InTitleType(next, titleType) || !ProseParagraph.Is(next.Joined)) return null;
        var closed = j == 0 || IssueSegmenter.EndsSentence(blocks[j - 1].Lines[^1].Text) || blocks[j - 1].IsSingleLine && !ProseParagraph.Is(blocks[j - 1].Joined);
        return closed ? new ArticleStart(j, null, j + 1) { FromType = true } : null;
    }
}
