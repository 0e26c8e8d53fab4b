namespace Publisher.Core.Import.Text;

/// <summary>
/// The contributors' bios an issue prints together, apart from the articles: at the end of the issue (under
/// "Contributors", "About the authors", or bare "NAME is …" paragraphs naming the authors of other articles) or in a
/// box at its start. Each bio belongs to the author it names, whichever article that author wrote. Pure.
/// </summary>
internal static class ContributorBios
{
    /// <summary>How many blocks after the bios (a footer, a copyright line) may still close the issue.</summary>
    private const int MaxBlocksAfter = 3;

    /// <summary>Longest block read as furniture after the bios; longer, it is text.</summary>
    private const int MaxWordsAfter = 25;

    /// <summary>
    /// The blocks (index range) of the contributors' bios closing an article's text, or null. With a label line
    /// over them ("Contributors") the bios may be followed by a few short lines; without one, they must close the
    /// text and name at least one author of another article of the issue (the article's own bio is not a
    /// contributors block: the closing-bio rule takes it).
    /// </summary>
    public static (int Start, int End)? Trailing(IReadOnlyList<string> blocks, IReadOnlyList<string> ownAuthors, IReadOnlyList<string> issueAuthors)
    {
        if (blocks.Count < 2) return null;
        for (var end = blocks.Count - 1; end >= Math.Max(1, blocks.Count - 1 - MaxBlocksAfter); end--)
        {
            if (end < blocks.Count - 1 && !IsShortClosing(blocks[end + 1])) break;
            var start = end;
            while (start >= 1 && IsBioBlock(blocks[start])) start--;
            if (start == end) continue;
            var labelled = BioLabel.IsLabelLine(blocks[start]);
            if (!labelled) start++;
            if (start == 0) return null;
            var named = blocks.Skip(start).Take(end - start + 1).SelectMany(Subjects).ToList();
            var others = named.Any(n => issueAuthors.Contains(n, StringComparer.Ordinal) && !ownAuthors.Contains(n, StringComparer.Ordinal));
            if (labelled && named.Any(n => issueAuthors.Contains(n, StringComparer.Ordinal))) return (start, end);
            if (!labelled && end == blocks.Count - 1 && others) return (start, end);
            return null;
        }
        return null;
    }

    /// <summary>
    /// A contributors box at the start of an issue's first article: a label line and the bios under it, naming at
    /// least two authors of the issue. The range of blocks, or null.
    /// </summary>
    public static (int Start, int End)? Leading(IReadOnlyList<string> blocks, IReadOnlyList<string> issueAuthors)
    {
        if (blocks.Count < 2 || !BioLabel.IsLabelLine(blocks[0])) return null;
        var end = 0;
        while (end + 1 < blocks.Count && IsBioBlock(blocks[end + 1])) end++;
        if (end == 0) return null;
        var named = blocks.Skip(1).Take(end).SelectMany(Subjects).Where(n => issueAuthors.Contains(n, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).Count();
        return named >= 2 ? (0, end) : null;
    }

    /// <summary>
    /// Each issue author's share of the bios: the sentences naming them and those after, up to the next author
    /// named (<see cref="BioParagraph.SplitBetween"/>). Sentences before any author is named are nobody's.
    /// </summary>
    public static IReadOnlyList<(string Author, string Bio)> Share(IReadOnlyList<string> bios, IReadOnlyList<string> issueAuthors)
    {
        var text = string.Join("\n\n", bios.Select(BioParagraph.Unwrap));
        var named = issueAuthors.Where(a => Subjects(text).Contains(a, StringComparer.Ordinal) || Mentions(text, a)).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 0) return [];
        // The first author named takes no sentence printed before any name: a lead-in is dropped from the share.
        var from = named.Select(a => text.IndexOf(a, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        return BioParagraph.SplitBetween(text[from..], named);
    }

    private static bool Mentions(string text, string author) => author.Length > 0 && text.Contains(author, StringComparison.Ordinal);

    /// <summary>A bio, or several run together ("A is …. B is …"), printed as one block.</summary>
    private static bool IsBioBlock(string block) => !BioLabel.IsLabelLine(block) && BioParagraph.IsBio(block);

    private static IReadOnlyList<string> Subjects(string block) => BioParagraph.Subjects(block);

    private static bool IsShortClosing(string block) => TextLines.WordCount(block) <= MaxWordsAfter && !BioParagraph.IsBio(block);
}
