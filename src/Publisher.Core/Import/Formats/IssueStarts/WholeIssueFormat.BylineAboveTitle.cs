using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Article starts where the byline is printed above the title.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// Adds the articles whose bylines are printed above their titles ("BY NAME" or bare names, in capitals or not,
    /// over a title block followed by prose) to the starts found, where they do not overlap them. Alone, a name line
    /// over a short line could be a stray line of prose, so the issue must show the pattern: at least two such
    /// name-over-title pairs, or names the contents or a contributor's bio in the issue give.
    /// </summary>
    private static List<ArticleStart> WithBylinesAboveTitles(IReadOnlyList<TextBlock> blocks, List<ArticleStart> starts, IReadOnlyList<TocEntry> toc)
    {
        var candidates = new List<(ArticleStart Start, IReadOnlyList<string> Names)>();
        var labelsUnderRules = LabelsUnderRules(blocks);
        for (var j = 0; j + 2 < blocks.Count; j++)
        {
            if (!blocks[j].IsSingleLine || AboveTitleNames(blocks[j].FirstText) is not { } names) continue;
            if (j > 0 && !ClosesText(blocks[j - 1])) continue;
            // "-----" / "LAGOON DIARY" / title: where the issue prints its known labels under its rules, the line in that
            // place is a label too, however much it looks like a name in capitals.
            if (labelsUnderRules && IsRuleBlock(blocks[j - 1])) continue;
            var titleBlock = blocks[j + 1];
            // A name pushed to the right margin of the text above it, far right of the title under it, signs the piece
            // above (SignedAtEnd); a centred byline ends well short of that margin.
            if (j > 0 && SetFlushRight(blocks[j], blocks[j - 1], titleBlock)) continue;
            if (titleBlock.Lines.Count > 4 || IsSectionLabel(titleBlock) || !IsWrappedTitle(titleBlock)
                || IssueSegmenter.EndsSentence(titleBlock.Lines[^1].Text) || IsByLine(titleBlock.FirstText)) continue;
            var title = TextShapes.UnwrapTitle(titleBlock.Lines.Select(l => l.Text));
            // A line that gives a date is the article's dateline ("March 4, 2026 · 7 min read"), not its title.
            if (!TextShapes.IsTitleLike(title) || NotesSection.IsNotesHeading(title) || DateLine.FindIn(title) is not null) continue;
            // A title with its own byline under it is not bylined by the name above it: that name signed the piece before.
            if (blocks[j + 2].IsSingleLine && StartBylineNames(blocks[j + 2].FirstText) is not null) continue;
            // A first subheading may stand between the title and the prose ("Introduction").
            var content = j + 2;
            if (!IsProseAfterTitle(blocks[content]) && content + 1 < blocks.Count && blocks[content].IsSingleLine
                && IsSubheading(blocks[content].FirstText) && IsProseAfterTitle(blocks[content + 1]))
                content++;
            if (!IsProseAfterTitle(blocks[content])) continue;
            candidates.Add((new ArticleStart(j + 1, j, j + 2), names));
            j++;
        }
        var consistent = candidates.Count >= 2;
        var accepted = candidates
            .Where(c => consistent || c.Names.Any(n => IsListedAuthor(n, toc) || HasBioInIssue(n, blocks)) && !SignedAtItsEnd(blocks, c.Start.Content))
            .Select(c => c.Start)
            .ToList();
        if (accepted.Count == 0) return starts;
        // A title found without a byline under it (an unsigned start) takes the byline printed above it.
        var result = starts.Select(s => s.Byline is null && s.Signature is null && accepted.FirstOrDefault(c => c.Title == s.Title) is { } above ? above : s).ToList();
        result.AddRange(accepted.Where(c => !result.Any(s => s.First <= c.Content && c.First <= s.Content)));
        return [.. result.OrderBy(s => s.First)];
    }

    /// <summary>Whether the issue prints a section label the catalogue knows right under a rule line ("-----" / "OPINION").</summary>
    private static bool LabelsUnderRules(IReadOnlyList<TextBlock> blocks)
    {
        for (var j = 1; j < blocks.Count; j++)
            if (IsRuleBlock(blocks[j - 1]) && IsSectionLabel(blocks[j])) return true;
        return false;
    }

    /// <summary>
    /// Whether the piece whose text starts at <paramref name="content"/> ends on a name line of its own that no title
    /// follows (a bare name over its notes or bio): the issue signs its pieces at their ends, so a lone name line over
    /// this piece's title signed the piece before it.
    /// </summary>
    private static bool SignedAtItsEnd(IReadOnlyList<TextBlock> blocks, int content)
    {
        for (var k = content + 1; k < blocks.Count; k++)
        {
            if (IsSectionLabel(blocks[k])) return false;
            if (!blocks[k].IsSingleLine || AboveTitleNames(blocks[k].FirstText) is null || !ClosesText(blocks[k - 1])) continue;
            var titled = k + 2 < blocks.Count && IsWrappedTitle(blocks[k + 1]) && !IsSectionLabel(blocks[k + 1]) && IsProseAfterTitle(blocks[k + 2]);
            return !titled;
        }
        return false;
    }

    /// <summary>The names on a line printed above a title: a byline, or bare names (in capitals or not) that look like people's.</summary>
    private static IReadOnlyList<string>? AboveTitleNames(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || IssueSegmenter.EndsSentence(text) && !text.EndsWith('*')) return null;
        // Not "— NAME": over a title, that is the previous piece's closing signature.
        var names = IssueSegmenter.BylineNames(text) ?? CapitalsByline.Names(text);
        return names is { Count: > 0 } && names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) ? names : null;
    }

    /// <summary>
    /// Whether a single line is set flush right: indented well past the first line of the block under it, and ending
    /// within a few columns of the right margin the block above reaches.
    /// </summary>
    private static bool SetFlushRight(TextBlock line, TextBlock above, TextBlock below) =>
        Indent(line.Lines[0].Text) >= MinRightMarginIndent + Indent(below.Lines[0].Text)
        && line.Lines[0].Text.TrimEnd().Length >= above.Lines.Max(l => l.Text.TrimEnd().Length) - RightMarginSlack;

    private const int RightMarginSlack = 8;

    private static int Indent(string text) => text.Length - text.TrimStart().Length;

    /// <summary>Columns a signature set flush right stands past the title under it (a centred byline is a few columns off).</summary>
    private const int MinRightMarginIndent = 20;

    private static bool IsSubheading(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && char.IsUpper(text[0]) && TextLines.WordCount(text) <= MaxSubheadingWords && !IssueSegmenter.EndsSentence(text)
            && !ProseParagraph.Is(text);
    }

    private const int MaxSubheadingWords = 8;

    private static bool IsProseAfterTitle(TextBlock block) =>
        TextLines.WordCount(block.Joined) >= MinProseAfterTitleWords && ProseParagraph.Is(block.Joined);

    private const int MinProseAfterTitleWords = 12;

    /// <summary>
    /// <see cref="IsProseAfterTitle(TextBlock)"/> for the block at <paramref name="at"/>, or for it and the next together
    /// when a page break cut the paragraph ("… came under rifle fire from a spee-" / running header / "dboat on the night …"):
    /// a block of prose's length that ends no sentence, continued by the next.
    /// </summary>
    private static bool IsProseAfterTitle(IReadOnlyList<TextBlock> blocks, int at) =>
        IsProseAfterTitle(blocks[at])
        || at + 1 < blocks.Count && TextLines.WordCount(blocks[at].Joined) >= MinProseAfterTitleWords && !IssueSegmenter.EndsSentence(blocks[at].Lines[^1].Text)
            && IsProseAfterTitle(new TextBlock([.. blocks[at].Lines, .. blocks[at + 1].Lines]));

    /// <summary>
    /// Text an article may end with: a sentence's end, a label, a line of its own that is no prose (a note, a page
    /// footer), or a block whose last line is a byline (contents that list authors, a signature).
    /// </summary>
    private static bool ClosesText(TextBlock block) =>
        IssueSegmenter.EndsSentence(block.Lines[^1].Text) || IsSectionLabel(block) || block.IsSingleLine && !ProseParagraph.Is(block.Joined)
        || IssueSegmenter.BylineNames(block.Lines[^1].Text) is not null;

    private static bool IsListedAuthor(string name, IReadOnlyList<TocEntry> toc) =>
        toc.Any(e => e.Authors.Any(a => TextShapes.NormalizeForMatch(a) == TextShapes.NormalizeForMatch(name)));

    /// <summary>A contributor's note in the issue that opens with the name ("Ana Ruiz is a fellow at …").</summary>
    private static bool HasBioInIssue(string name, IReadOnlyList<TextBlock> blocks) =>
        blocks.Any(b => b.Joined.Contains(name + " is ", StringComparison.Ordinal));

    /// <summary>
    /// The titles each single author bylines in the issue: a line of its own naming only that author, under title-shaped
    /// lines in the same block (a writer of several briefs signs each the same way).
    /// </summary>
    private static ILookup<string, string> BylinedTitles(IReadOnlyList<TextBlock> blocks) =>
        (from block in blocks
         from k in Enumerable.Range(1, Math.Max(0, block.Lines.Count - 1))
         where !IssueSegmenter.EndsSentence(block.Lines[k - 1].Text)
         let names = StartBylineNames(block.Lines[k].Text.Trim())
         where names is [_]
         let title = TextShapes.UnwrapTitle(block.Lines.Take(k).Select(l => l.Text))
         where TextShapes.IsTitleLike(title)
         select (Name: names[0], Title: title)).ToLookup(b => b.Name, b => b.Title);
}
