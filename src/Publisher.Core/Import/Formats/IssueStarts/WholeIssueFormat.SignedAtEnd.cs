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
            if (expectTitle && IsDisplayTitle(block) && IsSignedPieceProse(blocks[j + 1]))
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

    /// <summary>
    /// Adds the articles signed at their ends among articles that open with a byline (a mixed issue: short pieces
    /// closed by "— NAME" or a bare name line, features with bylines under their titles). Each closing signature
    /// (<see cref="SignatureAt"/>) closes a piece whose title is a display title over prose: in text no article owns
    /// yet (before the first start, or after an earlier signature), the first such title; inside an article that
    /// opened with a byline, the nearest one before the signature, after text that is closed, when its signers are
    /// not that article's own authors. A piece found without a byline or signature (a brief under its section's label),
    /// with no such title before the signature, is signed by it.
    /// </summary>
    private static List<ArticleStart> WithEndSignedArticles(IReadOnlyList<TextBlock> blocks, List<ArticleStart> starts)
    {
        if (starts.Count == 0) return starts;
        starts = [.. starts];
        var added = new List<ArticleStart>();
        var lastSignature = -1;
        for (var j = 1; j < blocks.Count; j++)
        {
            if (SignatureAt(blocks, j, starts) is not { } signers) continue;
            var ownerIndex = starts.FindLastIndex(s => s.First <= j);
            var owner = ownerIndex >= 0 ? starts[ownerIndex] : null;
            if (owner is not null && j < owner.Content) continue;
            var inOwner = owner is not null && lastSignature < owner.Content;
            if (inOwner && owner!.Byline is { } b && (StartBylineNames(blocks[b].FirstText) ?? []).Intersect(signers, StringComparer.OrdinalIgnoreCase).Any()) continue;
            var low = Math.Max(lastSignature + 1, owner?.Content ?? 0);
            var title = inOwner ? NearestSignedTitle(blocks, low + 1, j) : FirstSignedTitle(blocks, low, j);
            // A brief found without a byline (under a section label) and closed by this name: the name signs it.
            if (title is null && inOwner && owner!.Byline is null && owner.Signature is null)
            {
                starts[ownerIndex] = owner with { Signature = j };
                lastSignature = j;
                continue;
            }
            if (title is not { } t || starts.Any(s => s.First > t && s.First <= j)) continue;
            added.Add(new ArticleStart(t, null, t + 1) { Signature = j });
            lastSignature = j;
        }
        return [.. starts.Concat(added).OrderBy(s => s.First)];
    }

    /// <summary>
    /// The signers of a single line closing a piece at <paramref name="j"/>: "— NAME" (<see cref="ClosingSignature"/>)
    /// or a bare name (<see cref="Signature"/>), after a block that ends a sentence. What follows must be the end of the
    /// text, a bio, a section label, a notes heading, a rule line, an article start found or a display title over prose: a name
    /// line followed by more of the same text is a quotation's source or a heading.
    /// </summary>
    private static IReadOnlyList<string>? SignatureAt(IReadOnlyList<TextBlock> blocks, int j, IReadOnlyList<ArticleStart> starts)
    {
        var block = blocks[j];
        if (!block.IsSingleLine || !IssueSegmenter.EndsSentence(blocks[j - 1].Lines[^1].Text)) return null;
        var text = block.FirstText;
        if (SignerNames(text) is not { } names) return null;
        if (j + 1 == blocks.Count) return names;
        var next = blocks[j + 1];
        // "SHORT TAKES" over a title and its byline: a label in capitals over the next article, not a bare name signing this one.
        if (ClosingSignature.Names(text) is null && SectionLabels.IsCapitalsLabelShaped(text)
            && starts.Any(s => s.First == j + 1 && s.Byline is not null)) return null;
        // "Notes" alone or over its first entry ("Notes" / "[1] …" in one block).
        var notesNext = NotesSection.IsNotesHeading(next.FirstText) && (next.IsSingleLine || EndnoteShapes.Entry(next.Lines[1].Text) is not null);
        // A bios label ("CONTRIBUTORS", "About the authors") after the signature closes the piece too.
        var closes = IsSectionLabel(next) || notesNext || BioParagraph.IsBio(next.Joined) || next.IsSingleLine && BioLabel.IsLabelLine(next.FirstText)
            || IssueStructure.IsFootnoteRule(next.FirstText) || IsRuleBlock(next)
            || starts.Any(s => s.First == j + 1) || j + 2 < blocks.Count && IsDisplayTitle(next) && IsSignedPieceProse(blocks[j + 2])
            // "FIELD NOTE" / "A market day at the landing": a line shaped as a label over the next piece's title, though
            // the catalogue does not know its words.
            || next.IsSingleLine && SectionLabels.IsCapitalsLabelShaped(next.FirstText) && j + 2 < blocks.Count
                && (IsDisplayTitle(blocks[j + 2]) || IsTitleUnderLabel(blocks, j + 2))
            || IsPublisherNotice(next);
        return closes ? names : null;
    }

    /// <summary>"X is published by …; views expressed are the authors' own": the issue's notice under its last piece, no text.</summary>
    private static bool IsPublisherNotice(TextBlock block) => PublisherNotice.Is(block.Joined, null) || Disclaimer.Is(block.Joined);

    /// <summary>
    /// The "— NAME" line closing a piece that opened without a byline (a brief signed at its end, its footnotes under
    /// a rule after the signature): the last such signature (<see cref="SignatureAt"/>) in the piece's blocks with no
    /// paragraph of prose after it, or null.
    /// </summary>
    private static int? ClosingSignatureIn(IReadOnlyList<TextBlock> blocks, int content, int end, IReadOnlyList<ArticleStart> starts)
    {
        for (var j = end - 1; j > content; j--)
        {
            var block = blocks[j];
            if (block.IsSingleLine && ClosingSignature.DashedNames(block.FirstText) is not null)
                return SignatureAt(blocks, j, starts) is not null ? j : null;
            // "NAME / Role", "NAME, Role, Office" with no dash, or "(Monitor staff)" naming nobody: only as the piece's last
            // line under a sentence's end, with nothing after it but rules, labels and the letter's recurring blocks.
            if (block.IsSingleLine && (ClosingSignature.Names(block.FirstText) is not null || ClosingSignature.IsUnnamedCredit(block.FirstText))
                && IssueSegmenter.EndsSentence(blocks[j - 1].Lines[^1].Text)
                && IsSignedPieceProse(blocks[j - 1]) && NothingButFurnitureAfter(blocks, j, end))
                return j;
            // "By NAME" under the notes of a piece that printed no byline over its text: its byline, set at its end.
            if (block.IsSingleLine && IssueSegmenter.IsPrintedByline(block.FirstText) && blocks[j - 1].Lines.Any(l => EndnoteShapes.Entry(l.Text) is not null)
                && IssueSegmenter.EndsSentence(blocks[j - 1].Lines[^1].Text))
                return j;
            var isNotes = IssueStructure.IsFootnoteRule(block.FirstText) || EndnoteShapes.Entry(block.FirstText) is not null
                || NotesSection.IsNotesHeading(block.FirstText);
            // The contributors' bios the issue prints after its last piece ("CONTRIBUTORS" / "NAME is …") close no text, nor
            // does the publisher's notice or disclaimer printed under it.
            var isBios = BioLabel.IsLabelLine(block.FirstText) || BioParagraph.IsBio(block.Joined);
            if (!isNotes && !isBios && !IsPublisherNotice(block) && IsSignedPieceProse(block)) return null;
        }
        return null;
    }

    /// <summary>Whether the blocks after <paramref name="j"/> up to <paramref name="end"/> are only rules, labels in capitals and recurring blocks.</summary>
    private static bool NothingButFurnitureAfter(IReadOnlyList<TextBlock> blocks, int j, int end)
    {
        var after = blocks.Skip(j + 1).Take(end - j - 1).ToList();
        while (true)
        {
            while (after.Count > 0 && (IsRuleBlock(after[^1]) || after[^1].IsSingleLine && SectionLabels.IsCapitalsLabelShaped(after[^1].FirstText)
                || end == blocks.Count && after.Count == end - j - 1 && (IsPublisherNotice(after[^1]) || PublisherNotice.Opens(after[^1].Joined))))
                after.RemoveAt(after.Count - 1);
            if (after.Count == 0) return true;
            if (RecurringBlockAt(after, 0) is not { } label) return false;
            after.RemoveRange(label, after.Count - label);
        }
    }

    /// <summary>The names of a line signing a piece at its end: "— NAME", "NAME, Place" or a bare name.</summary>
    private static IReadOnlyList<string>? SignerNames(string line) =>
        ClosingSignature.Names(line) ?? (IssueSegmenter.EndsSentence(line) ? null : Signature.Names([line]));

    /// <summary>The names of a piece's closing signature or of its byline printed at its end ("By NAME" under its notes).</summary>
    private static IReadOnlyList<string>? ClosingNames(string line) =>
        SignerNames(line) ?? (IssueSegmenter.IsPrintedByline(line) ? IssueSegmenter.BylineNames(line) : null);

    /// <summary>The first display title over prose from <paramref name="from"/> to before <paramref name="to"/>.</summary>
    private static int? FirstSignedTitle(IReadOnlyList<TextBlock> blocks, int from, int to)
    {
        for (var t = from; t + 1 < to; t++)
            if (IsSignedTitle(blocks, t)) return t;
        return null;
    }

    /// <summary>The last display title over prose before <paramref name="to"/>, no earlier than <paramref name="from"/>.</summary>
    private static int? NearestSignedTitle(IReadOnlyList<TextBlock> blocks, int from, int to)
    {
        for (var t = to - 2; t >= from; t--)
            if (IsSignedTitle(blocks, t) && ClosesText(blocks[t - 1])) return t;
        return null;
    }

    /// <summary>
    /// Prose under a signed piece's title: <see cref="IsOrphanProse"/>, or a block of as many words whose last line ends
    /// a sentence, whatever precedes its full stop ("… (The Coast Ledger, February 22). [1]").
    /// </summary>
    private static bool IsSignedPieceProse(TextBlock block) =>
        IsOrphanProse(block) || TextLines.WordCount(block.Joined) >= MinOrphanProseWords && char.IsUpper(block.FirstText.TrimStart()[0])
        && IssueSegmenter.EndsSentence(block.Lines[^1].Text) && !ContentsHeading.IsMatch(block.FirstText);

    private static bool IsSignedTitle(IReadOnlyList<TextBlock> blocks, int t) =>
        (IsDisplayTitle(blocks[t]) || IsTitleUnderLabel(blocks, t)) && IsSignedPieceProse(blocks[t + 1]);

    /// <summary>
    /// "FIELD NOTE" / "Waiting for the ferry at the landing": a title in sentence case, which <see cref="IsDisplayTitle"/>
    /// refuses, right under a section label in capitals that sets it apart as a title.
    /// </summary>
    private static bool IsTitleUnderLabel(IReadOnlyList<TextBlock> blocks, int t) =>
        t > 0 && blocks[t - 1].IsSingleLine && SectionLabels.IsCapitalsLabelShaped(blocks[t - 1].FirstText)
        && blocks[t].Lines.Count <= 2 && IsWrappedTitle(blocks[t]) && !IsSectionLabel(blocks[t]) && !IssueSegmenter.EndsSentence(blocks[t].Lines[^1].Text)
        && TextLines.WordCount(blocks[t].Joined) >= MinDisplayTitleWords;

    /// <summary>A title block set as titles are: up to three lines, each in capitals or title case, ending no sentence.</summary>
    private static bool IsDisplayTitle(TextBlock block) =>
        block.Lines.Count <= 3 && IsWrappedTitle(block) && !IsSectionLabel(block) && !IssueSegmenter.EndsSentence(block.Lines[^1].Text)
        // A title in quotation marks ("‘A Flotilla Needs Fuel’", an interview's quoted line) is read without them.
        && block.Lines.All(l => !l.Text.Any(char.IsLower) || ParagraphShape.LooksLikeTitleCaseHeading(l.Text.Trim().Trim('‘', '’', '“', '”', '"', '\'')))
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
