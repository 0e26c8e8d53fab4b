using System.Text.RegularExpressions;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Prose printed before the first article found: an article the segmenter missed, not text to drop.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>A prose paragraph has at least this many words; leading prose of <see cref="MinOrphanProseWordsInAll"/> words in all is an article.</summary>
    private const int MinOrphanProseWords = 25;

    private const int MinOrphanProseWordsInAll = 80;

    private sealed record OrphanArticle(ArticleDraft Draft, int ProseParagraphs, IReadOnlyList<TextBlock> Labels, IReadOnlyList<TextBlock> Before,
        IReadOnlyList<TextBlock> TrailingLabels, TextBlock? Signature)
    {
        /// <summary>A label the catalogue does not know, set apart above the title, that gave the kind; null when none did.</summary>
        public TextBlock? UnknownLabel { get; init; }

        /// <summary>The article's text blocks (body and notes), to measure it against the issue's other pieces.</summary>
        public IReadOnlyList<TextBlock> Text { get; init; } = [];
    }

    /// <summary>
    /// The text before the first article found, as an article, when it holds prose (paragraphs of 25+ words, 80 words
    /// in all): its title is the last title-shaped block before the first prose paragraph (a line "BY NAME" in or
    /// after it gives the authors; capitals are set in title case); section labels before it give its kind and are
    /// dropped (a label the catalogue does not know, set apart in capitals above the title, too: <see
    /// cref="SectionLabels.UnknownSectionKind"/>); everything else is its body, so none of it is lost. Null when the
    /// leading text is not prose.
    /// </summary>
    private static OrphanArticle? LeadingArticle(IReadOnlyList<TextBlock> leading, Header header, RawSource source)
    {
        leading = SplitGluedOpening(leading);
        var prose = leading.Count(IsOrphanProse);
        // A title signed "By NAME" over the prose is an article however short (a brief of two paragraphs); unsigned, the
        // prose must be long enough not to be an editor's welcome or a blurb.
        var minWords = SignedBeforeProse(leading) ? MinOrphanProseWords : MinOrphanProseWordsInAll;
        if (prose == 0 || leading.Where(IsOrphanProse).Sum(b => TextLines.WordCount(b.Joined)) < minWords) return null;
        // The article starts at its own prose, not at a contents list or contributors box printed as prose before it.
        var firstProse = leading.ToList().FindIndex(IsArticleProse);
        if (firstProse < 0) firstProse = leading.ToList().FindIndex(IsOrphanProse);
        var labels = new List<TextBlock>();
        string? kind = null;
        TextBlock? unknownLabel = null;
        var titleAt = -1;
        for (var i = 0; i < firstProse; i++)
        {
            if (IsSectionLabel(leading[i])) { labels.Add(leading[i]); kind ??= SectionLabels.IssueKind(leading[i].FirstText); continue; }
            // "Dear readers," opens a letter: it is the letter's first line, the label above it its title.
            if (!IssueSegmenter.EndsSentence(leading[i].Lines[^1].Text) && !Salutation.IsMatch(leading[i].Joined)) titleAt = i;
        }
        // A label the catalogue does not know, set apart in capitals on its own line above the title ("DISPATCH", "AT A
        // GLANCE"), is the section's label all the same: its kind is the one its words or its place give.
        if (kind is null && titleAt > 0)
            for (var i = 0; i < titleAt; i++)
                if (leading[i].IsSingleLine && SectionLabels.IsLabelShaped(leading[i].FirstText) && SectionLabels.IsSetApart(leading[i].FirstText)
                    && !NotesSection.IsNotesHeading(leading[i].FirstText) && !labels.Contains(leading[i]))
                {
                    labels.Add(leading[i]);
                    kind = SectionLabels.UnknownSectionKind(leading[i].FirstText, run: false);
                    unknownLabel = leading[i];
                }
        var titleLines = titleAt >= 0 ? leading[titleAt].Lines.Select(l => l.Text.Trim()).ToList() : [];
        var authors = new List<string>();
        var bylineAt = titleLines.FindIndex(l => l.StartsWith("by ", StringComparison.OrdinalIgnoreCase));
        if (bylineAt > 0)
        {
            authors.AddRange(Byline.Read(titleLines[bylineAt])?.Names ?? []);
            titleLines = titleLines.Take(bylineAt).ToList();
        }
        var title = TitleOf(titleLines);
        if (title.Length == 0) title = $"Untitled text at line {leading[firstProse].Line}";
        var bodyFrom = titleAt >= 0 ? titleAt + 1 : firstProse;
        var before = leading.Take(bodyFrom).Where((b, i) => i != titleAt && !labels.Contains(b)).ToList();
        var bodyBlocks = leading.Skip(bodyFrom).Where(b => !labels.Contains(b)).ToList();
        // A section label after the text belongs to the article that follows it.
        var trailingLabels = new List<TextBlock>();
        while (bodyBlocks.Count > 1 && IsSectionLabel(bodyBlocks[^1]))
        {
            trailingLabels.Insert(0, bodyBlocks[^1]);
            bodyBlocks.RemoveAt(bodyBlocks.Count - 1);
        }
        // A letter signed at its end ("NAME" / "Editor") is by its signer.
        TextBlock? signature = null;
        if (authors.Count == 0 && bodyBlocks.Count > 1 && Signature.Names(bodyBlocks[^1].Lines.Select(l => l.Text).ToList()) is { } signers)
        {
            authors.AddRange(signers);
            signature = bodyBlocks[^1];
            bodyBlocks.RemoveAt(bodyBlocks.Count - 1);
        }
        var (bodyOnly, notes) = NotesSection.Split(bodyBlocks);
        var draft = IssueDraft(header, source, title, authors, bodyOnly, notes,
            titleAt >= 0 ? leading[titleAt].Line : leading[firstProse].Line, bodyOnly.Count > 0 ? bodyOnly[0].Line : leading[firstProse].Line);
        return new OrphanArticle(draft with { Kind = kind }, prose, labels, before, trailingLabels, signature)
        {
            UnknownLabel = unknownLabel, Text = bodyBlocks,
        };
    }

    /// <summary>A "By NAME" line in a block before the first prose paragraph, under the title it signs.</summary>
    private static bool SignedBeforeProse(IReadOnlyList<TextBlock> leading) =>
        leading.TakeWhile(b => !IsOrphanProse(b)).Any(b => b.Lines.Any(l =>
            l.Text.TrimStart().StartsWith("by ", StringComparison.OrdinalIgnoreCase) && Byline.Read(l.Text.Trim())?.Names is { Count: > 0 }
            // "By our own correspondent", "From our staff in Tolm": the paper's own people sign it too.
            || b.IsSingleLine && (CollectiveByline.Is(l.Text) || CollectiveByline.IsPapersOwn(l.Text))));

    /// <summary>A paragraph of prose, not a contents list (whose lines point at pages) printed as one block.</summary>
    private static bool IsOrphanProse(TextBlock block) =>
        TextLines.WordCount(block.Joined) >= MinOrphanProseWords && ProseParagraph.Is(block.Joined)
        && !ContentsHeading.IsMatch(block.FirstText) && block.Lines.Count(l => PageReference().IsMatch(l.Text)) < 2;

    /// <summary>
    /// Prose of the article itself: not a contents list whose lines open with their pages nor a contributors box (a bio
    /// label over the bios) printed as one block. (Both still count as prose for whether the leading text is kept.)
    /// </summary>
    private static bool IsArticleProse(TextBlock block) =>
        IsOrphanProse(block) && !BioLabel.IsLabelLine(block.FirstText) && block.Lines.Count(l => LeadingPageNumber().IsMatch(l.Text)) < 2;

    /// <summary>
    /// The first prose block split where its labels and title are glued to the prose under them (no blank line between:
    /// <see cref="GluedTitleOpening"/>): each label and the title become blocks of their own, so the labels give the
    /// kind and the title is read as one.
    /// </summary>
    private static IReadOnlyList<TextBlock> SplitGluedOpening(IReadOnlyList<TextBlock> leading)
    {
        var at = leading.ToList().FindIndex(IsArticleProse);
        if (at < 0) return leading;
        var block = leading[at];
        if (GluedTitleOpening.Find(block.Lines.Select(l => l.Text).ToList()) is not { } opening) return leading;
        var parts = new List<TextBlock>();
        for (var i = 0; i < opening.Labels; i++) parts.Add(new TextBlock([block.Lines[i]]));
        parts.Add(new TextBlock([block.Lines[opening.Title]]));
        parts.Add(new TextBlock(block.Lines.Skip(opening.Title + 1).ToList()));
        if (!IsArticleProse(parts[^1])) return leading;
        return [.. leading.Take(at), .. parts, .. leading.Skip(at + 1)];
    }

    [GeneratedRegex(@"(?:\((?:p\.?|pp\.?|page)\s*\d{1,3}\)|\.{3,}\s*(?:p\.?\s*|page\s*)?\d{1,3}|\s[—–-]\s*\d{1,3})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageReference();

    /// <summary>A contents line opening with its page number: "2  Gold, taxes and a ceasefire — M. Kabanga".</summary>
    [GeneratedRegex(@"^\s*\d{1,3}\s+[\p{Lu}“‘""']")]
    private static partial Regex LeadingPageNumber();
}
