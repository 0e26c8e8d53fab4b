using System.Text.RegularExpressions;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// Cuts the body of a whole issue into blocks the reader can take as titles, bylines, labels and paragraphs, when the
/// extraction did not separate them by blank lines. Blank lines are one signal; the others are lines: a title of 1–4
/// lines followed by a byline line where the line before ends a sentence (or is a section label), a section label in
/// capitals on a line of its own, one paragraph per line (long lines that end their sentences), and, in a long
/// hard-wrapped block, a short line that ends a sentence (the last line of a paragraph). Pure.
/// </summary>
internal static partial class IssueSegmenter
{
    private const int MaxTitleLines = 4;

    /// <summary>How closely a title must match a contents entry's words to count as listed (as <see cref="WholeIssueFormat.MatchToc"/> reads them).</summary>
    private const double ListedTitleSimilarity = 0.8;
    private const int ParagraphLineLength = 120;
    private const int LongBlockLines = 15;
    private const double ShortLineShare = 0.7;

    /// <param name="isArticleStart">Whether a title (its unwrapped text) and the byline under it may open an article.</param>
    /// <param name="titleMatch">How closely a title matches the issue's contents (0 without contents).</param>
    /// <param name="runOpenAtStart">The issue's first pieces belong to a run the contents name by its label only ("BRIEFS …… 1").</param>
    /// <param name="publication">The issue's name as its masthead prints it, when known: its notice names it.</param>
    /// <param name="isListedSection">Whether a label naming no genre is one the contents list as a section of its own, not
    /// a piece's title ("At a Glance: Torrens, Kleff" under "AT A GLANCE"): such a label holds a run of briefs.</param>
    public static IReadOnlyList<TextBlock> Split(IReadOnlyList<TextBlock> blocks, Func<string, string, bool> isArticleStart,
        Func<string, double>? titleMatch = null, bool runOpenAtStart = false, string? publication = null, Func<string, bool>? isListedSection = null)
    {
        isListedSection ??= _ => false;
        titleMatch ??= _ => 0;
        var vocabulary = ProseVocabulary.Of(blocks.SelectMany(b => b.Lines).Select(l => l.Text));
        var result = new List<TextBlock>();
        var inRun = runOpenAtStart;
        // Under a label the contents list as a section of its own ("ON THE WATER"), whose pieces they do not list.
        var inListedRun = false;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            // An article under a section label ("BRIEFS") may be missing from the contents, which list the label only.
            var afterLabel = result.Count > 0 && result[^1].IsSingleLine && IsLabelOverTitle(result[^1].FirstText.Trim());
            if (afterLabel) (inRun, inListedRun) = (SectionLabels.OpensRun(result[^1].FirstText), isListedSection(result[^1].FirstText.Trim()));
            // A piece the contents list ends the run of pieces under a label.
            if ((inRun || inListedRun) && ListedHead(block, titleMatch)) (inRun, inListedRun) = (false, false);
            // So may one after the end of an article (a closing bio, notes, an end mark, a rule between articles), and in a
            // run of pieces under a label, one after a paragraph that ends its sentence: the run's next piece.
            var afterEnd = result.Count > 0 && (ArticleEndEvidence.Closes(result[^1].Lines.Select(l => l.Text).ToList())
                || (inRun || inListedRun) && !afterLabel && EndsSentence(result[^1].Lines[^1].Text));
            // "Amnesty for Returning Militants" / "Finds Few Takers" over "By NAME": a title block whose own byline follows
            // it is the title, its last line no bare-name byline.
            var wholeTitle = b + 1 < blocks.Count && IsTitleOverByline(block, blocks[b + 1]);
            // "… since 2025." / "Title wrapped over" / "two lines" at a block's end, its byline the next block: the title is cut
            // from the text before it (an issue printed without blank lines, its paragraphs set apart by their indents).
            var titleAt = wholeTitle || b + 1 >= blocks.Count ? null : TitleAtEnd(block, blocks[b + 1], isArticleStart);
            IEnumerable<TextBlock> pieces = wholeTitle ? [block]
                : titleAt is { } at ? [.. SplitAtArticleStarts(new TextBlock([.. block.Lines.Take(at)]), afterLabel, afterEnd, inListedRun, isArticleStart, titleMatch, vocabulary, publication, isListedSection),
                    new TextBlock([.. block.Lines.Skip(at)])]
                : SplitAtArticleStarts(block, afterLabel, afterEnd, inListedRun, isArticleStart, titleMatch, vocabulary, publication, isListedSection);
            var added = result.Count;
            foreach (var piece in pieces)
                foreach (var paragraph in SplitParagraphs(piece))
                    result.Add(paragraph);
            // A section the contents list, its label cut out of the block's inside ("… the fuel pier." / "ON THE WATER" /
            // "Title"), opens a run as one printed as a block of its own does.
            for (var p = added; p < result.Count - 1; p++)
            {
                if (result[p].IsSingleLine && IsLabelOverTitle(result[p].FirstText.Trim())) inListedRun = isListedSection(result[p].FirstText.Trim());
                else if (inListedRun && ListedHead(result[p], titleMatch)) inListedRun = false;
            }
        }
        return result;
    }

    /// <summary>Splits a block before every section label and every title + byline that opens an article inside it.</summary>
    /// <param name="inListedRun">The block stands in the run of pieces of a section the contents list (<c>isListedSection</c>),
    /// its label printed above the block.</param>
    private static IEnumerable<TextBlock> SplitAtArticleStarts(TextBlock block, bool afterLabel, bool afterEnd, bool inListedRun, Func<string, string, bool> isArticleStart, Func<string, double> titleMatch,
        ProseVocabulary vocabulary, string? publication, Func<string, bool> isListedSection)
    {
        var lines = block.Lines;
        var cuts = new SortedSet<int>();
        var inShortRun = InShortRun(lines, inListedRun);
        for (var k = 0; k < lines.Count; k++)
        {
            var text = lines[k].Text.Trim();
            // A label the contents list as a section of its own ("ON THE WATER") stands apart as a catalogue label does.
            if (lines.Count > 1 && (IsSectionLabel(text) || FooterLine.IsMatch(text) || IsLabelOverTitle(text) && isListedSection(text)))
            {
                cuts.Add(k);
                cuts.Add(k + 1);
                continue;
            }
            // A running header left at a page break ("Review · May 2026 · 4") is a line of its own, never a title's first line.
            if (lines.Count > 1 && RunningHeaderLine.IsMatch(text))
            {
                cuts.Add(k);
                cuts.Add(k + 1);
                continue;
            }
            // "By NAME" over the text with no blank line under it (a bio, the first paragraph: prose ending its sentence, not
            // a date line) is a line of its own.
            if (k == 0 && lines.Count > 1 && IsPrintedByline(text) && DateLine.Read(lines[1].Text.Trim()) is null && EndsSentence(lines[^1].Text))
            {
                cuts.Add(1);
                continue;
            }
            // A title opens a block's line only after the end of a text or under a section label ("FEATURE" / title / name).
            if (k > 0 && !ClosesText(lines[k - 1].Text) && !IsLabelOverTitle(lines[k - 1].Text.Trim())) continue;
            // "NAME / Role", "NAME, Role, Office": a signature closing the piece above is no title's first line.
            if (k > 0 && text.IndexOfAny(['/', ',']) > 0 && ClosingSignature.Names(text) is not null) continue;
            // A wrapped title's short last line may look like a name too: a longer title whose next line is a byline
            // wins when the contents print it more closely.
            var (titleLength, bestMatch) = (0, 0.0);
            for (var t = 1; t <= MaxTitleLines && k + t < lines.Count; t++)
            {
                var titleLines = lines.Skip(k).Take(t).Select(l => l.Text).ToList();
                if (!IsTitlePrefix(titleLines)) break;
                // "…: Supply," / "Skills and Limits": a line ending at a comma or colon may be continued by the next.
                if (!IsTitleLines(titleLines)) continue;
                var byline = lines[k + t].Text.Trim();
                // "… Insurgent Network on" / "Lake Tanganyika": a line ending open is continued by the next, never bylined —
                // unless the next prints its "By" ("… Nobody Pays For" / "By Ann Lee"): a title may end on a preposition.
                if (TitleContinuation.EndsOpen(titleLines[^1]) && !IsPrintedByline(byline)) continue;
                // "Senior Fellow, Vell Institute" under a name is a role; "From our correspondent, Vardel" is the paper's own byline.
                if (IsRoleLine(byline) && !CollectiveByline.IsPapersOwn(byline)) continue;
                // Inside a block a byline needs stricter evidence than a line of its own: no heading or function word.
                // Names in capitals without "By" close a block under a title in upper and lower case ("The Night
                // Markets" / "ANA RUIZ"): the block is the article's head, cut before its text.
                var dashNames = DashBylineNames(byline);
                var names = BylineNames(byline)
                    ?? ((k + t == lines.Count - 1 || IsParagraphLine(lines[k + t + 1].Text)) && titleLines.Any(l => l.Any(char.IsLower)) ? CapitalsByline.Names(byline) : null)
                    ?? dashNames;
                var underLabel = k == 0 ? afterLabel || afterEnd
                    : IsLabelOverTitle(lines[k - 1].Text.Trim()) || ArticleEndEvidence.Closes(lines.Take(k).Select(l => l.Text).ToList())
                        // "… two afternoons a week." / "Forestry Tracks Gated" / "NAME / Role and NAME / Role": the run's next piece.
                        || inShortRun[k] && EndsSentence(lines[k - 1].Text);
                var title = TextShapes.UnwrapTitle(titleLines);
                // "Northlight Foundation staff", "By the editors": a credit naming no person stands as the byline of a title
                // under a label, after a closed article, or that the contents list.
                // "From our correspondent, Vardel", "Our staff in Tolm": the paper's own, unnamed, is a byline wherever it stands.
                var papersOwn = names is null && CollectiveByline.IsPapersOwn(byline);
                var credit = papersOwn || names is null && (underLabel || titleMatch(title) >= ListedTitleSimilarity) && CollectiveByline.IsCredit(byline);
                if (!credit && (names is null
                    || !names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)))) continue;
                if (!credit && dashNames is null && WithoutBy(byline).Length == byline.Length && IsTitleWrap(title, byline, k + t + 1 < lines.Count ? lines[k + t + 1].Text : null, titleMatch, vocabulary)) continue;
                if (!underLabel && !papersOwn && !isArticleStart(title, byline)) continue;
                var match = titleMatch(title);
                if (titleLength == 0 || match > bestMatch) (titleLength, bestMatch) = (t, match);
            }
            // "ELSEWHERE THIS WEEK" / "Title" / its text, no byline: a line the contents list, after a label or a closed text,
            // is a title of its own (an unsigned piece of an issue printed without blank lines).
            if (titleLength == 0 && ListedTitleLines(lines, k, titleMatch) is > 0 and var listedLines && k + listedLines < lines.Count)
            {
                cuts.Add(k);
                cuts.Add(k + listedLines);
            }
            // The label over the title is a line of its own, not the end of the text before it.
            if ((cuts.Contains(k) || titleLength > 0) && k > 0 && IsLabelOverTitle(lines[k - 1].Text.Trim())) cuts.Add(k - 1);
            if (titleLength > 0)
            {
                cuts.Add(k);
                cuts.Add(k + titleLength);
                cuts.Add(k + titleLength + 1);
                k += titleLength;
            }
        }
        // "… said they would appeal." / "— NAME": a dash and a name closing the block after a sentence sign the piece; the
        // signature is a line of its own, as when a blank line sets it apart.
        if (lines.Count > 1 && EndsSentence(lines[^2].Text) && ClosingSignature.DashedNames(lines[^1].Text) is not null)
            cuts.Add(lines.Count - 1);
        // "ACROSS THE REGION" / … / "… on the far bank." / "Ferry Crews Refuse Night Sailings" / prose / "NAME / Desk": a piece
        // of the run the contents do not list, signed at its end, is cut from the piece above it.
        foreach (var (title, signature) in SignedRunPieces(lines))
            cuts.UnionWith([title, title + 1, signature, signature + 1]);
        // "AT A GLANCE" / … / "… claimed responsibility." / "Border Market Reopens" / prose: under a label naming briefs, the
        // run's next brief even unsigned.
        foreach (var title in UnsignedBriefTitles(lines, isListedSection, inListedRun))
            cuts.UnionWith([title, title + 1]);
        // "ON THE WATER" / "Night Curfew Lifted" over prose, the label a block of its own: the run's first piece, unsigned.
        if (inListedRun && (afterLabel || afterEnd) && lines.Count > 2 && IsRunPieceTitle(lines[0].Text) && StartsProse(lines[1].Text)
            && WordsOfBrief(lines, 1) <= MaxRunPieceWords)
            cuts.Add(1);
        // "… the district library." / "X is published every other Thursday by …": the issue's notice under its last piece is
        // a block of its own.
        if (PublisherNoticeAtEnd(lines, publication) is { } notice) cuts.Add(notice);
        // "… asked for an escort." / "NAME, Role, Office" over a label or title cut out above: the signature ends that piece.
        foreach (var cut in cuts.Where(c => c >= 2 && c < lines.Count).ToList())
            if (EndsSentence(lines[cut - 2].Text) && ClosingSignature.Names(lines[cut - 1].Text) is not null) cuts.Add(cut - 1);
        cuts.Remove(0);
        var start = 0;
        foreach (var cut in cuts.Where(c => c < lines.Count).Append(lines.Count))
        {
            if (cut > start) yield return new TextBlock(lines.Skip(start).Take(cut - start).ToList());
            start = cut;
        }
    }

    /// <summary>How many words a short piece of a run (a brief) holds at most, from its title to its signature.</summary>
    private const int MaxRunPieceWords = 160;

    /// <summary>
    /// In a block holding a label over a run of short pieces (a label naming no genre, "ACROSS THE REGION", or briefs,
    /// "BRIEFS"), each title after a sentence's end over prose whose piece a signature closes, the pieces above and below
    /// it each within a brief's length: the title's line and the signature's. A feature's subheading stands under a
    /// genre's label ("FEATURES", "ANALYSIS"), or after a longer section.
    /// </summary>
    private static IEnumerable<(int Title, int Signature)> SignedRunPieces(IReadOnlyList<SeedLine> lines)
    {
        var label = RunLabelAt(lines);
        if (label < 0) yield break;
        // The piece above must be as short as a brief too: a feature's sections run longer before a subheading.
        var above = 0;
        for (var k = label + 2; k + 2 < lines.Count; k++)
        {
            above += TextLines.WordCount(lines[k - 1].Text);
            if (IsLabelOverTitle(lines[k - 1].Text.Trim())) above = 0;
            if (above > MaxRunPieceWords || !EndsSentence(lines[k - 1].Text) || !IsRunPieceTitle(lines[k].Text) || !StartsProse(lines[k + 1].Text)) continue;
            var words = 0;
            for (var s = k + 1; s < lines.Count && words <= MaxRunPieceWords; s++)
            {
                var text = lines[s].Text.Trim();
                if (IsLabelOverTitle(text)) break;
                if (EndsSentence(lines[s - 1].Text) && s > k + 1 && (ClosingSignature.Names(text) is not null || ClosingSignature.DashedNames(text) is not null))
                {
                    yield return (k, s);
                    (k, above) = (s, 0);
                    break;
                }
                words += TextLines.WordCount(text);
            }
        }
    }

    /// <summary>
    /// Under a label naming briefs ("IN BRIEF"), or one the contents list as a section of its own ("AT A GLANCE" listed as "At
    /// a Glance: Torrens, Kleff"), each title after a sentence's end over prose, the piece above
    /// and the piece below it each within a brief's length (the piece below up to the next such title, label or the block's
    /// end): a brief's title though nobody signs the piece. Briefs carry no subheadings; a feature's stand under its own label.
    /// </summary>
    private static IEnumerable<int> UnsignedBriefTitles(IReadOnlyList<SeedLine> lines, Func<string, bool> isListedSection, bool inListedRun)
    {
        // A listed section's run opened above the block counts as a label just before its first line.
        int? label = inListedRun ? -1 : null;
        var listed = false;
        var above = 0;
        for (var k = 0; k + 1 < lines.Count; k++)
        {
            var text = lines[k].Text.Trim();
            if (IsLabelOverTitle(text))
            {
                listed = isListedSection(text);
                (label, above) = (SectionLabels.IssueKind(text) == ArticleKinds.Brief || listed ? k : null, 0);
                continue;
            }
            // The run's first title stands right under a listed section's label (a catalogue label's first piece is read
            // with the label); the others after a sentence's end.
            if (label is { } at && (k == at + 1 && at >= 0 && listed || k >= at + 2 && EndsSentence(lines[k - 1].Text)) && above <= MaxRunPieceWords && IsRunPieceTitle(text)
                && StartsProse(lines[k + 1].Text) && WordsOfBrief(lines, k + 1) <= MaxRunPieceWords)
            {
                yield return k;
                above = 0;
                continue;
            }
            above += TextLines.WordCount(text);
        }
    }

    /// <summary>The words from line <paramref name="from"/> to the next brief's title, label or the block's end, up to one past a brief's length.</summary>
    private static int WordsOfBrief(IReadOnlyList<SeedLine> lines, int from)
    {
        var words = 0;
        for (var s = from; s < lines.Count && words <= MaxRunPieceWords; s++)
        {
            var text = lines[s].Text.Trim();
            if (IsLabelOverTitle(text) || s > from && EndsSentence(lines[s - 1].Text) && IsRunPieceTitle(text)) break;
            words += TextLines.WordCount(text);
        }
        return words;
    }

    /// <summary>The first line of a block that labels a run of short pieces: a label naming no genre ("ACROSS THE REGION") or briefs; −1 when none.</summary>
    private static int RunLabelAt(IReadOnlyList<SeedLine> lines)
    {
        for (var k = 0; k < lines.Count; k++)
            if (IsLabelOverTitle(lines[k].Text.Trim()) && SectionLabels.IssueKind(lines[k].Text) is null or ArticleKinds.Brief) return k;
        return -1;
    }

    /// <summary>
    /// Which lines of a block stand in a run of short pieces under its label (<see cref="RunLabelAt"/>): after the label,
    /// within a brief's words of it or of the last title-shaped line after a sentence's end.
    /// </summary>
    private static bool[] InShortRun(IReadOnlyList<SeedLine> lines, bool inListedRun)
    {
        var result = new bool[lines.Count];
        var label = RunLabelAt(lines);
        // A listed section's run opened above the block counts as a label just before its first line.
        if (label < 0 && inListedRun) label = -1;
        else if (label < 0) return result;
        var words = 0;
        for (var k = label + 1; k < lines.Count; k++)
        {
            if (k > label + 1 && EndsSentence(lines[k - 1].Text) && IsRunPieceTitle(lines[k].Text)) words = 0;
            result[k] = words <= MaxRunPieceWords;
            words = IsLabelOverTitle(lines[k].Text.Trim()) ? 0 : words + TextLines.WordCount(lines[k].Text);
        }
        return result;
    }

    /// <summary>A one-line title of a short piece: title-like, three words or more, no sentence's end, no label, no names.</summary>
    private static bool IsRunPieceTitle(string line)
    {
        var text = line.Trim();
        return TextLines.WordCount(text) is >= 3 and <= 16 && IsTitleLines([text]) && TextShapes.IsTitleLike(text) && !IsSentenceCaseProse(text) && !IsLabelOverTitle(text)
            && ClosingSignature.Names(text) is null && TextShapes.AuthorNames(text) is null;
    }

    /// <summary>A line that opens prose: a capital first, and not shaped as a title.</summary>
    private static bool StartsProse(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && char.IsUpper(text[0]) && (!TextShapes.IsTitleLike(text) || IsSentenceCaseProse(text)) && ClosingSignature.Names(text) is null;
    }

    /// <summary>
    /// "The weekly market at Kleff, on the border with the hill districts, reopened on": a line of eight words or more
    /// wrapped out of a sentence, most of its words in lower case, where a title capitalises its words.
    /// </summary>
    private static bool IsSentenceCaseProse(string text) =>
        TextSignals.Of(text) is { Words: >= 8, CapitalisedShare: < 0.5 };

    private const int MaxNoticeLines = 4;

    /// <summary>
    /// Where the publisher's notice (<see cref="PublisherNotice"/>) closing a block starts, on a line of its own after
    /// text that closes (a sentence's end, a signature), or null.
    /// </summary>
    private static int? PublisherNoticeAtEnd(IReadOnlyList<SeedLine> lines, string? publication)
    {
        int? start = null;
        for (var k = lines.Count - 1; k >= 1 && lines.Count - k <= MaxNoticeLines; k--)
            if (ClosesText(lines[k - 1].Text) && PublisherNotice.Is(string.Join(' ', lines.Skip(k).Select(l => l.Text.Trim())), publication)) start = k;
        return start;
    }

    /// <summary>
    /// How many lines from <paramref name="k"/> (one to four) print a title the contents list: the lines whose title the
    /// contents print most closely, a wrapped title's last line included. 0 when none is listed.
    /// </summary>
    private static int ListedTitleLines(IReadOnlyList<SeedLine> lines, int k, Func<string, double> titleMatch)
    {
        var (best, bestMatch) = (0, ListedTitleSimilarity);
        for (var t = 1; t <= MaxTitleLines && k + t <= lines.Count; t++)
        {
            var titleLines = lines.Skip(k).Take(t).Select(l => l.Text).ToList();
            if (!IsTitleLines(titleLines)) break;
            var match = titleMatch(TextShapes.UnwrapTitle(titleLines));
            if (match > bestMatch || best == 0 && match >= bestMatch) (best, bestMatch) = (t, match);
        }
        return best;
    }

    /// <summary>A block opening with a title the contents list (its first one to four lines).</summary>
    private static bool ListedHead(TextBlock block, Func<string, double> titleMatch) =>
        Enumerable.Range(1, Math.Min(MaxTitleLines, block.Lines.Count))
            .Any(t => titleMatch(TextShapes.UnwrapTitle(block.Lines.Take(t).Select(l => l.Text))) >= ListedTitleSimilarity);

    /// <summary>
    /// A bare name-shaped line under a title that is the title's own next line: its words are ones the text prints in lower
    /// case (a phrase, not a name), the contents print the title with it (closely enough to be the entry, and closer than
    /// the title alone: a section's entry sharing a place name with both is neither), or a line with its "By" follows it.
    /// </summary>
    private static bool IsTitleWrap(string title, string line, string? next, Func<string, double> titleMatch, ProseVocabulary vocabulary) =>
        vocabulary.ReadsAsPhrase(line) || titleMatch($"{title} {line}") is var joined && joined >= ListedTitleSimilarity && joined > titleMatch(title)
        || next is not null && WithoutBy(next).Length < next.Trim().Length && BylineNames(next) is not null;

    /// <summary>
    /// One paragraph per line (long lines ending their sentences) becomes one block per line; a long hard-wrapped block
    /// is cut after each short line that ends a sentence and around short heading lines between sentences.
    /// </summary>
    private static IEnumerable<TextBlock> SplitParagraphs(TextBlock block)
    {
        var lines = block.Lines;
        if (lines.Count < 2) { yield return block; yield break; }
        var texts = lines.Select(l => l.Text.Trim()).ToList();
        var longLines = texts.Where(t => t.Length >= ParagraphLineLength).ToList();
        var paragraphPerLine = longLines.Count >= 2 && longLines.Count(EndsSentence) * 2 > longLines.Count
            || longLines.Count == 1 && texts.Count == 2 && EndsSentence(longLines[0]);
        if (paragraphPerLine)
        {
            foreach (var line in lines) yield return new TextBlock([line]);
            yield break;
        }
        if (lines.Count <= LongBlockLines) { yield return block; yield break; }

        var width = texts.Max(t => t.Length);
        var current = new List<SeedLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = texts[i];
            var isHeading = i > 0 && EndsSentence(texts[i - 1]) && ParagraphShape.LooksLikeTitleCaseHeading(text) && text.Length < width * ShortLineShare
                && i + 1 < lines.Count && !char.IsLower(texts[i + 1][0]);
            if (isHeading)
            {
                if (current.Count > 0) yield return new TextBlock(current.ToList());
                current.Clear();
                yield return new TextBlock([lines[i]]);
                continue;
            }
            current.Add(lines[i]);
            if (EndsSentence(text) && text.Length < width * ShortLineShare)
            {
                yield return new TextBlock(current.ToList());
                current.Clear();
            }
        }
        if (current.Count > 0) yield return new TextBlock(current.ToList());
    }

    /// <summary>
    /// A block of title lines (2 to <see cref="MaxTitleLines"/>) followed by a block of one line that is a byline with its
    /// "By" (or "Author:") printed, or a bare name that reads strictly as a person's ("Valley Network" / "Ana Ruiz": a
    /// byline does not follow a byline): the block is the whole title, whatever its last line looks like.
    /// </summary>
    private static bool IsTitleOverByline(TextBlock block, TextBlock next) =>
        block.Lines.Count is > 1 and <= MaxTitleLines && next.IsSingleLine && !IsRoleLine(next.FirstText)
        && IsTitleLines(block.Lines.Select(l => l.Text).ToList()) && !block.Lines.Any(l => IsSectionLabel(l.Text.Trim()))
        && (BylineNames(next.FirstText) ?? DashBylineNames(next.FirstText)) is { } names
        && (WithoutBy(next.FirstText).Length < next.FirstText.Trim().Length || DashBylineNames(next.FirstText) is not null
            || !EndsSentence(next.FirstText) && names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)));

    /// <summary>"Senior Analyst, Lowmarsh Security Institute" under a name: the author's role, never a byline itself.</summary>
    private static bool IsRoleLine(string line) => AuthorRoleLine.Is(line.Trim()) && WithoutBy(line).Length == line.Trim().Length;

    /// <summary>
    /// Where a title the next block bylines starts among a block's last lines: one to <see cref="MaxTitleLines"/> title
    /// lines after text that ends an article (a bio, notes) or after a sentence's end when the title and byline may open
    /// one; null otherwise.
    /// </summary>
    private static int? TitleAtEnd(TextBlock block, TextBlock next, Func<string, string, bool> isArticleStart)
    {
        var lines = block.Lines.Select(l => l.Text).ToList();
        for (var t = 1; t <= MaxTitleLines && t < lines.Count; t++)
        {
            var at = lines.Count - t;
            var title = lines.Skip(at).ToList();
            var bylined = t == 1 ? IsBylineBlock(next) : IsTitleOverByline(new TextBlock([.. block.Lines.Skip(at)]), next);
            if (!ClosesText(lines[at - 1]) || !IsTitleLines(title) || !bylined) continue;
            var unwrapped = TextShapes.UnwrapTitle(title);
            if (ArticleEndEvidence.Closes(lines.Take(at).ToList()) || isArticleStart(unwrapped, next.FirstText)) return at;
        }
        return null;
    }

    /// <summary>A byline with its "By" printed, naming people ("By Dr. NAME", "By NAME and NAME").</summary>
    internal static bool IsPrintedByline(string line) => WithoutBy(line).Length < line.Trim().Length && IsBylineLine(line);

    private static bool IsBylineBlock(TextBlock block) => block.IsSingleLine && IsBylineLine(block.FirstText);

    /// <summary>A line naming people as a byline does, every name reading strictly as a person's, ending no sentence.</summary>
    private static bool IsBylineLine(string line) =>
        BylineNames(line) is { } names && !EndsSentence(line)
        && names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true));

    /// <summary>
    /// A paragraph printed on one line (long, ending its sentence): under a title and a names line in capitals it is the
    /// article's text, so the names are its byline though no blank line sets the head apart (an issue printed one
    /// paragraph per line).
    /// </summary>
    private static bool IsParagraphLine(string line) => line.Trim() is { Length: >= ParagraphLineLength } text && EndsSentence(text);

    /// <summary>A line after which a new article may start: it ends a sentence or a note, or is a label.</summary>
    private static bool ClosesText(string line)
    {
        var text = line.Trim();
        return EndsSentence(text) || IsLabelOverTitle(text) || TextShapes.AuthorNames(text) is not null || RunningHeaderLine.IsMatch(text)
            // "NAME / Staff Correspondent", "NAME, Field Officer, Office": a piece's closing signature.
            || ClosingSignature.Names(text) is not null;
    }

    /// <summary>
    /// Lines of a title: the first starts like one, each is short and none ends a sentence or clause (a line may end
    /// at the colon before a subtitle: whether the title ends there is <see cref="TitleContinuation"/>'s question).
    /// </summary>
    private static bool IsTitleLines(IReadOnlyList<string> lines) =>
        IsTitlePrefix(lines) && lines[^1].TrimEnd()[^1] is not ('.' or ',' or ';');

    /// <summary>The first lines of a title, which more lines may continue: each of them may end at a colon or a comma.</summary>
    /// <remarks>A title in upper and lower case does not go on over a line shaped as a label in capitals ("PROFILES"): that
    /// line is the next piece's label.</remarks>
    private static bool IsTitlePrefix(IReadOnlyList<string> lines) =>
        TextShapes.IsTitleLike(WrappedTitleLine.Core(lines[0]))
        && lines.All(l => l.Trim().Length > 0 && TextLines.WordCount(l) <= 16 && WrappedTitleLine.MayContinue(l))
        && TextLines.WordCount(TextShapes.UnwrapTitle(lines)) <= 30
        && !TextShapes.IsCapitalsLabel(lines[0])
        && !(lines[0].Any(char.IsLower) && lines.Skip(1).Any(l => IsLabelOverTitle(l.Trim())));

    /// <summary>
    /// The names a byline line gives ("By Ana Ruiz", "BY ANA RUIZ AND LEO MARK": capitals read in title case), or null.
    /// A line in capitals needs its "BY": without it, it is a heading or a label more often than a name.
    /// </summary>
    internal static IReadOnlyList<string>? BylineNames(string line)
    {
        // "From Ann Lee in Tarnby": a reporter filing from a place.
        if ((Byline.FiledFromPlace(line) ?? Byline.ReportedFromPlace(line)) is { } filed) return filed;
        // "Ann Lee / Senior Fellow · Bo Ma / Research Associate": each name with its role after a slash.
        if (Byline.WithoutSlashRoles(line) is { } slashed) return TextShapes.AuthorNames(slashed);
        // "Ann Lee*": the mark pointing at the author's bio note is not part of the name.
        line = BylineMarker.Strip(PersonNames.WithoutClosingRetiredNote(PersonNames.WithoutRetiredNotes(line)));
        // "Ana Ruiz | Quito", "By Ana Ruiz, Lagos Bureau": the place or desk after the names is not a name.
        line = BylinePlace.Strip(line);
        var names = Byline.WithoutHelpers(Byline.WithoutStyledArticle(WithoutBy(line)));
        if (names.Any(char.IsLetter) && !names.Any(char.IsLower))
        {
            if (names.Length == line.Trim().Length) return null;
            names = PublicationName.TitleCase(names);
        }
        // "by Ana Ruiz, Senior Fellow", "By Ana Ruiz, Senior Analyst at the Vell Institute": a role printed after the last
        // name is not a name, nor one printed between two names ("Ana Ruiz, Senior Fellow, and Bo Lee, Analyst").
        names = Byline.WithoutRolesBetweenNames(names);
        // "By Ann Lee, a former deputy director of …", "By Ann Lee, former judge of …": the apposition after a printed "By"
        // says who the writer is.
        if (ByPrefix().IsMatch(line.Trim()) && Apposition().Match(names) is { Success: true } apposition) names = names[..apposition.Index];
        var parts = names.Split(',').Select(p => p.Trim()).ToList();
        if (parts.Count > 1 && (BioParagraph.HasBioVocabulary(parts[^1]) && TextLines.WordCount(parts[^1]) <= 4 || AuthorRoleLine.Is(parts[^1]))
            && !parts[^1].Contains(" and ", StringComparison.Ordinal) && !parts[^1].Contains('&'))
            names = string.Join(", ", parts.Take(parts.Count - 1));
        else if (BylinePlace.WithoutOneWordPlace(parts) is { } single) names = single;
        return TextShapes.AuthorNames(names);
    }

    /// <summary>
    /// "— Ana Ruiz", "– Ana Ruiz and Bo Lee, Quito": names after a dash. A byline only right under a title: elsewhere the
    /// same line closes the piece above it (<see cref="ClosingSignature"/>, which reads the names and leaves the place out).
    /// </summary>
    internal static IReadOnlyList<string>? DashBylineNames(string line)
    {
        var text = line.Trim();
        return text.Length > 2 && text[0] is '—' or '–' ? ClosingSignature.Names(BylineMarker.Strip(text)) : null;
    }

    /// <summary>
    /// The line without a leading "By", "Written by", "Brief by", "Authors:", "Text:", "Report and photographs:", "Reporting by" and without the roles printed in brackets after the
    /// names ("Authors: Ana Ruiz (Senior Researcher), Leo Mark (Field Coordinator)" → "Ana Ruiz, Leo Mark").
    /// </summary>
    internal static string WithoutBy(string line) => Role().Replace(ByPrefix().Replace(line.Trim(), ""), "").Trim();

    [GeneratedRegex(@"^" + Byline.ForeignByBefore + @"(?:(?:photos?|" + Byline.CreditWords + @")(?:\s+and\s+" + Byline.SecondCreditWords + @")?\s+)?by:?\s+" + Byline.ForeignByAfter + @"|^(?:authors?|writers?|written\s+by|text|words|reporting)\s*:\s*|^" + Byline.PieceFromPattern + @"|^" + RoleChain + @"\s*(?:by\s*:?|:)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    /// <summary>
    /// "Report and photographs", "Text and photos", "Words, pictures": a writing role first, then other roles joined by
    /// "and", "&amp;" or commas, before "by" or a colon and the names (a photo credit alone is no byline).
    /// </summary>
    private const string RoleChain = @"(?:text|words|story|report|reporting|reported|research|interviews?)(?:\s*(?:,|\band\b|&)\s*(?:text|words|story|report|reporting|research|interviews?|photos?|photographs?|photography|pictures?|images?|video|graphics))*";

    [GeneratedRegex(@",\s+(?:(?:a|an|the)\s+)?(?!and\b|or\b|with\b)\p{Ll}")]
    private static partial Regex Apposition();

    /// <summary>A role or affiliation in brackets after a name: "(Senior Researcher)".</summary>
    [GeneratedRegex(@"\s*\([^()]{2,60}\)")]
    private static partial Regex Role();

    private static bool IsSectionLabel(string text) =>
        TextShapes.IsCapitalsLabel(LetterSpacing.Collapse(text)) && SectionLabels.IssueKind(text) is not null;

    /// <summary>
    /// A line that may stand over a title and its byline as their section's label: a catalogue label in capitals, or any
    /// line shaped like a label and set in capitals ("AT A GLANCE", "IN A NUTSHELL") — whatever its words, its place right
    /// above a title that a byline follows makes it one (a label the catalogue does not know is read by
    /// <see cref="WholeIssueFormat"/>'s shape labels).
    /// </summary>
    private static bool IsLabelOverTitle(string text) =>
        IsSectionLabel(text) || SectionLabels.IsCapitalsLabelShaped(text);

    internal static bool EndsSentence(string text) => SentenceEnd.Closes(text);
}
