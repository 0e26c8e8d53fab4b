using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>Finds a trailing "Notes" heading followed by "[n] …" (or "[iv] …") entries and cuts it off the body.</summary>
public static partial class NotesSection
{
    public static bool IsNotesHeading(string line) =>
        EndnoteShapes.IsNotesHeading(line);

    /// <summary>"[3] …", and "[iv] …" as word processors number endnotes in roman numerals.</summary>
    public static bool IsNoteEntry(string line) => EndnoteShapes.BracketNumber(line) is not null;

    /// <summary>
    /// Splits blocks at the last notes heading whose next block is a "[n]" entry; notes are joined by blank lines.
    /// The notes end where a bio, a publisher's footer line or the site's own furniture starts ("Name is a fellow at …",
    /// "Share: X Facebook Email", "Tags: …", not a "[n]" entry): the bio or furniture and what follows it go
    /// back to the end of the body, where the bio rule finds them. The notes carry the seed line of each of their
    /// lines (<see cref="ArticleDraft.NotesLineMap"/>), so a note's decisions point at the note.
    /// </summary>
    public static (IReadOnlyList<TextBlock> Body, DraftBody? Notes) Split(IReadOnlyList<TextBlock> blocks)
    {
        blocks = blocks.SelectMany(ApartFromNotes).ToList();
        for (var i = blocks.Count - 2; i >= 0; i--)
        {
            if (!blocks[i].IsSingleLine || !IsNotesHeading(blocks[i].FirstText) || !IsNoteEntry(blocks[i + 1].FirstText)) continue;
            var end = i + 1;
            while (end < blocks.Count && !(end > i + 1 && (IsBioAfterNotes(blocks[end]) || IsNameOverBio(blocks, end) || BioLabel.IsLabelLine(blocks[end].FirstText)
                || blocks[end].IsSingleLine && FooterLine.IsMatch(blocks[end].FirstText) || IsSiteFurniture(blocks[end].FirstText)
                || PublisherNotice.Is(blocks[end].Joined, null) || IsRuleOverNonNote(blocks, end)))) end++;
            var notes = SeedText.Body(blocks.Skip(i + 1).Take(end - i - 1).SelectMany(NoteParagraphs));
            return (blocks.Take(i).Concat(blocks.Skip(end)).ToList(), notes);
        }
        return (blocks, null);
    }

    /// <summary>"Ann Lee" / "Ann Lee reports on …": a name alone over the bio of that name opens the bio.</summary>
    private static bool IsNameOverBio(IReadOnlyList<TextBlock> blocks, int at) =>
        blocks[at].IsSingleLine && at + 1 < blocks.Count && !IsNoteEntry(blocks[at + 1].FirstText) && IsBioOf(blocks[at].FirstText, blocks[at + 1].Joined);

    /// <summary>Whether the text is a bio whose subjects include the name on the line.</summary>
    private static bool IsBioOf(string nameLine, string text) =>
        BioLabel.WithoutLeadIn(text) is var bio && BioParagraph.IsBio(bio)
        && BioParagraph.Subjects(bio).Contains(nameLine.Trim(), StringComparer.Ordinal);

    /// <summary>
    /// A rule line ("-----", "_____") after the entries, with no entry right under it: the email's or page's own part
    /// begins (a shop offer, the masthead repeated, the unsubscribe lines), not another note.
    /// </summary>
    private static bool IsRuleOverNonNote(IReadOnlyList<TextBlock> blocks, int at)
    {
        if (TitleLine.Furniture(blocks[at].FirstText) != TitleFurniture.Rule) return false;
        var under = blocks[at].Lines.Count > 1 ? blocks[at].Lines[1].Text : at + 1 < blocks.Count ? blocks[at + 1].FirstText : "";
        return !IsNoteEntry(under);
    }

    /// <summary>
    /// A block printed without blank lines around its notes is cut into the text before the "Notes" heading line, the
    /// heading, the entries, and a bio after the last entry (lines that are not an entry, after one that ends a
    /// sentence, and read together as a bio: "Ann Lee is a researcher …", wrapped over lines or not).
    /// </summary>
    internal static IEnumerable<TextBlock> ApartFromNotes(TextBlock block)
    {
        var lines = block.Lines;
        var heading = -1;
        for (var i = lines.Count - 2; i >= 0; i--)
            if (IsNotesHeading(lines[i].Text) && IsEntryLine(lines[i + 1].Text)) { heading = i; break; }
        var entries = heading >= 0 ? heading + 1 : IsNoteEntry(block.FirstText) ? 0 : -1;
        var bio = entries < 0 ? lines.Count : BioAfter(lines, entries + 1);
        // "Notes" over "1. …" entries and nothing after them: the block stays whole (the notes rule reads it so).
        if (entries < 0 || heading == 0 && !IsNoteEntry(lines[1].Text) && bio == lines.Count) { yield return block; yield break; }
        if (heading > 0) yield return new TextBlock(lines.Take(heading).ToList());
        if (heading >= 0) yield return new TextBlock([lines[heading]]);
        yield return new TextBlock(lines.Skip(entries).Take(bio - entries).ToList());
        if (bio < lines.Count) yield return new TextBlock(lines.Skip(bio).ToList());
    }

    /// <summary>The first line of the bio or the site's furniture closing the entries from <paramref name="from"/> on; the line count when there is none.</summary>
    private static int BioAfter(IReadOnlyList<SeedLine> lines, int from)
    {
        for (var k = from; k < lines.Count; k++)
        {
            if (IsEntryLine(lines[k].Text) || !IssueSegmenter.EndsSentence(lines[k - 1].Text)) continue;
            if (BioParagraph.IsBio(TextShapes.UnwrapTitle(lines.Skip(k).Select(l => l.Text)))) return k;
            // "Ann Lee" / "Ann Lee reports on …": the name set over its bio opens the bio.
            if (k + 1 < lines.Count && IsBioOf(lines[k].Text, TextShapes.UnwrapTitle(lines.Skip(k + 1).Select(l => l.Text)))) return k;
            // "Print this page" under the last entry: the page's own lines begin.
            if (IsSiteFurniture(lines[k].Text.Trim())) return k;
        }
        return lines.Count;
    }

    /// <summary>A note entry line inside a block under a "Notes" heading: "[1] …", "1. …" or "(1) …".</summary>
    internal static bool IsEntryLine(string line) => IsNoteEntry(line) || EndnoteShapes.DottedOrParenthesisedNumber(line) is not null;

    /// <summary>
    /// Notes numbered "1. …" or "(1) …" under their heading, set apart for a reader that joins a block's lines into one paragraph:
    /// the heading a line of its own, and each entry from its number on (the numbers rising from 1, whatever blank lines
    /// or page breaks fall between them), so the endnote rule finds the list; a bio led in by "About the author:" after
    /// the last entry is set apart from it too.
    /// </summary>
    internal static IReadOnlyList<TextBlock> NumberedNotesApart(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<TextBlock>();
        var next = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var current = new List<SeedLine>();
            for (var k = 0; k < block.Lines.Count; k++)
            {
                var text = block.Lines[k].Text.Trim();
                var number = EndnoteShapes.DottedOrParenthesisedNumber(text) ?? 0;
                var heading = IsNotesHeading(text) && (k + 1 < block.Lines.Count ? block.Lines[k + 1].Text : b + 1 < blocks.Count ? blocks[b + 1].FirstText : null) is { } under
                    && EndnoteShapes.DottedOrParenthesisedNumber(under) == 1;
                // "About the author: NAME is …" on the line after the last note: the bio, no part of that note.
                if (next > 0 && number == 0 && BioLabel.HasLeadIn(text))
                {
                    if (current.Count > 0) result.Add(new TextBlock(current.ToList()));
                    current.Clear();
                    next = 0;
                }
                else if (heading || next > 0 && number == next)
                {
                    if (current.Count > 0) result.Add(new TextBlock(current.ToList()));
                    current.Clear();
                    next = heading ? 1 : next + 1;
                    if (heading) { result.Add(new TextBlock([block.Lines[k]])); continue; }
                }
                current.Add(block.Lines[k]);
            }
            if (current.Count > 0) result.Add(new TextBlock(current.ToList()));
        }
        return result;
    }

    /// <summary>
    /// A line a web page prints after an article's notes, never a note: a closing shape (tag list, teaser, contact
    /// block …), a bare list label ("Related", "Tags:", "Related Articles", "More from NAME"), a copyright line, or a short
    /// line of interface words (a share bar) or a short command to the reader ("Print this page").
    /// </summary>
    private static bool IsSiteFurniture(string text) =>
        !IsNoteEntry(text) && (BoilerplateClassifier.ClosingShape(text) is not null || TermList.IsLabel(text) || RelatedListLabel.Is(text) || UiVocabulary.IsCopyright(text)
            || TextLines.WordCount(text) <= MaxUiLineWords && UiVocabulary.Find(text).Count >= 2 || CallToAction.IsShortCommand(text));

    private const int MaxUiLineWords = 12;

    /// <summary>A block after the notes that is not a note but a sentence about a person ("About the author: Ann Lee is …" too).</summary>
    public static bool IsBioAfterNotes(TextBlock block) => !IsNoteEntry(block.FirstText) && BioParagraph.IsBio(BioLabel.WithoutLeadIn(block.Joined));

    /// <summary>Notes entries one per paragraph: a block with several "[n]" lines holds several entries.</summary>
    internal static IEnumerable<(string Text, int Line)> NoteParagraphs(TextBlock block)
    {
        var current = new List<string>();
        var start = block.Line;
        foreach (var line in block.Lines)
        {
            if (IsNoteEntry(line.Text) && current.Count > 0)
            {
                yield return (string.Join(' ', current), start);
                current.Clear();
            }
            if (current.Count == 0) start = line.Number;
            current.Add(line.Text.Trim());
        }
        if (current.Count > 0) yield return (string.Join(' ', current), start);
    }

}
