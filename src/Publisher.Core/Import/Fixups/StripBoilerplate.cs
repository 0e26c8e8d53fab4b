using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 6: removes boilerplate that scrapes leave in article bodies, recognised by shape:
/// photo captions ending in an agency credit ("… (AFP)"), "Short Url" labels, CMS placeholders
/// ("… (Opinion field)" and the lone label before it), pull quotes repeating body text verbatim,
/// end marks (❖, ■, ###, -30-), "Recommended"/"Related"/"Read more" lists at the tail, and social
/// handle lines (moved to the author's profile as <c>author-social</c> actions, not dropped). Then every remaining unit is classified by general
/// signals (<see cref="BoilerplateClassifier"/>: length, function words, links, interface words, position after
/// the end mark or closing bio, repetition across the import's seeds, mastheads). Every removal is a <c>dropped-boilerplate</c>
/// action with the full text; lines are blanked, not deleted, so seed line numbers hold.
/// </summary>
public static partial class StripBoilerplate
{
    private const int MinPullQuoteWords = 6;
    private const int MaxTeaserWords = 16;
    private const int MaxBioWords = 120;

    /// <param name="authors">The draft's authors, to find the closing bio after which only notes belong to the article.</param>
    /// <param name="publication">The draft's publication, whose name alone on a line is a masthead.</param>
    /// <param name="title">The draft's title, whose echo alone on a line (a running title) is furniture.</param>
    public static FixupResult Apply(string text, FixupContext context, IReadOnlyList<string>? authors = null, string? publication = null, string? title = null)
    {
        var lines = TextLines.Split(text);
        var actions = new List<FixupAction>();
        var diagnostics = new List<Diagnostic>();

        void Drop(Paragraph p, string what)
        {
            actions.Add(new FixupAction(FixupActionKinds.DroppedBoilerplate, $"{what}: {p.Text}", context.At(p.StartLine)));
            for (var i = p.StartLine; i <= p.EndLine; i++) lines[i] = "";
        }

        DropTailList(lines, context, actions, diagnostics);

        // A social handle is not dropped: it moves to the author's profile (the fixup adapter takes it there).
        void MoveToProfile(Paragraph p, string network, string handle)
        {
            actions.Add(new FixupAction(FixupActionKinds.AuthorSocial, $"{network}: @{handle}", context.At(p.StartLine))
            {
                Before = p.Text,
                After = SocialHandles.ProfileLine(network, handle),
                Reason = "a line naming only a social network and a handle is about the author, not the article",
            });
            for (var i = p.StartLine; i <= p.EndLine; i++) lines[i] = "";
        }

        DropLineShapes(lines, Drop, MoveToProfile);
        DropWrappedCaptions(lines, Drop);
        // Before pull quotes: a key-events index repeats the live blog's headings word for word.
        DropPageFurniture(lines, context, actions);
        // Before the line rules: a newsletter's paragraph wrapped over lines is judged whole, not line by line.
        DropNewsletterFurniture(lines, context, actions);
        DropWebFurniture(lines, context, authors ?? [], publication, actions);

        // Pull quotes may wrap over several lines: compare whole paragraphs.
        var paragraphs = Paragraph.Parse(lines);
        var comparables = paragraphs.Select(p => Comparable(p.Flat)).ToList();
        var flatBody = string.Join(' ', comparables);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < paragraphs.Count; k++)
        {
            if (IsPullQuote(comparables, k, flatBody, seen) || PullQuote.IsCondensedFromAny(comparables[k], comparables.Where((_, j) => j != k)))
                Drop(paragraphs[k], "pull quote");
            seen.Add(comparables[k]);
        }

        DropByClassification(lines, context, authors ?? [], publication, actions);
        // After the classifier, which weighs each line by its neighbours: an echo line is furniture whatever is around it.
        DropEchoLines(lines, title, authors ?? [], Drop);
        DropEndMarks(lines, context, actions);
        var result = TextLines.Join(lines);
        return actions.Count == 0 ? FixupResult.Unchanged(text) with { Diagnostics = diagnostics } : new FixupResult(result, diagnostics, actions);
    }

    /// <summary>
    /// A line that only repeats the title or an author's name (<see cref="EchoLine"/>): a running title,
    /// a name under a photo credit, a byline repeated in a footer.
    /// </summary>
    private const int MinProseLineWords = 6;

    private static void DropEchoLines(string[] lines, string? title, IReadOnlyList<string> authors, Action<Paragraph, string> drop)
    {
        if (string.IsNullOrWhiteSpace(title) && authors.Count == 0) return;
        var counts = lines.Where(l => l.Trim().Length > 0).GroupBy(l => TextShapes.NormalizeForMatch(l)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            // A line inside a paragraph is an echo only on a line of its own: the line of prose above ends no clause into it
            // and the line below does not go on from it ("… according to" / "NAME." is the end of a sentence).
            if (CarriesOnBrokenSentence(lines, i) && TextLines.WordCount(lines[i - 1]) >= MinProseLineWords || i + 1 < lines.Length && lines[i + 1].TrimStart() is { Length: > 0 } below && char.IsLower(below[0])) continue;
            if (EchoLine.Of(lines[i], title, authors, counts[TextShapes.NormalizeForMatch(lines[i])]) is { } what)
                drop(new Paragraph(i, [lines[i]]), $"echo of the {what}");
        }
    }

    /// <summary>
    /// One-line shapes, checked line by line: scrapes often put a caption and a label on consecutive lines. A labelled
    /// figure caption (<see cref="FigureCaption"/>) takes the lines it wraps over and its source line with it.
    /// </summary>
    private static void DropLineShapes(string[] lines, Action<Paragraph, string> drop, Action<Paragraph, string, string> moveToProfile)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var here = new Paragraph(i, [lines[i]]);
            if (FigureCaption.At(lines, i, CarriesOnBrokenSentence(lines, i)) is { Count: > 0 } caption)
            {
                // The same caption printed over the picture as well as in the gallery's numbered one: a copy of it.
                var above = PreviousNonBlank(lines, i);
                if (above >= 0 && TextLines.WordCount(lines[above]) >= MinPullQuoteWords
                    && Comparable(line).Contains(Comparable(lines[above]), StringComparison.Ordinal))
                    drop(new Paragraph(above, [lines[above]]), "photo caption");
                foreach (var k in caption) drop(new Paragraph(k, [lines[k]]), "figure caption");
                i = caption[^1];
            }
            else if (IsCaption(line) && !CarriesOnBrokenSentence(lines, i))
                drop(here, "photo caption");
            else if (ShortUrlLabel.Is(line))
            {
                drop(here, "short URL label");
                var next = NextNonBlank(lines, i);
                if (next >= 0 && ShortUrlLabel.IsValue(lines[next])) drop(new Paragraph(next, [lines[next]]), "short URL");
            }
            else if (CmsPlaceholder().Match(line) is { Success: true } placeholder)
            {
                // The lone field label ("Opinion") printed just before the placeholder belongs to it.
                var previous = PreviousNonBlank(lines, i);
                if (previous >= 0 && lines[previous].Trim().Equals(placeholder.Groups[1].Value.Trim(), StringComparison.OrdinalIgnoreCase))
                    drop(new Paragraph(previous, [lines[previous]]), "CMS field label");
                drop(here, "CMS placeholder");
            }
            else if (SocialHandle().Match(line) is { Success: true } social)
                moveToProfile(here, social.Groups[1].Value, social.Groups[2].Value);
        }
    }

    /// <summary>
    /// The line above breaks off mid-sentence (a letter, figure or comma at its end), so this line is the tail of a
    /// wrapped paragraph, judged whole by <see cref="DropWrappedCaptions"/>, not a caption of its own.
    /// </summary>
    private static bool CarriesOnBrokenSentence(string[] lines, int i) =>
        i > 0 && lines[i - 1].TrimEnd() is { Length: > 0 } above && (char.IsLetterOrDigit(above[^1]) || above[^1] == ',');

    private static bool IsCaption(string text) =>
        PhotoCaption.Is(text) || PhotoCaption.IsCreditedCaption(text) || PhotoCaption.IsPictureCreditedCaption(text);

    /// <summary>
    /// A caption a printed page wrapped over several lines ("Drums stacked on a jetty in January. Photo:" / "NAME/Agency"):
    /// the paragraph, read as one line, closes on a picture credit.
    /// </summary>
    private static void DropWrappedCaptions(string[] lines, Action<Paragraph, string> drop)
    {
        foreach (var paragraph in Paragraph.Parse(lines))
            if (paragraph.EndLine > paragraph.StartLine && IsCaption(paragraph.Flat)) drop(paragraph, "photo caption");
    }

    /// <summary>Classifies what the shape rules left, unit by unit, and drops the units judged boilerplate (consecutive ones of one kind as one piece).</summary>
    /// <summary>Each unit's first line that is not a rule: a comment section's heading boxed between rules with its sort and log-in lines.</summary>
    private static List<string> UnitHeads(string[] lines, IReadOnlyList<(int Start, int End)> units) =>
        units.Select(u => Enumerable.Range(u.Start, u.End - u.Start + 1).Select(i => lines[i].Trim())
            .FirstOrDefault(l => l.Length > 0 && TitleLine.Furniture(l) != TitleFurniture.Rule) ?? "").ToList();

    private static void DropByClassification(string[] lines, FixupContext context, IReadOnlyList<string> authors, string? publication, List<FixupAction> actions)
    {
        var units = TextUnits.Split(lines);
        if (units.Count == 0) return;
        var flats = units.Select(u => TextUnits.Flat(lines, u)).ToList();
        var notesFrom = NotesStart(flats);
        var notesEnd = NotesEnd(flats, notesFrom, authors);
        bool InNotes(int k) => k >= notesFrom && k < notesEnd;
        var commentsFrom = CommentSectionStart(flats, UnitHeads(lines, units), InNotes);
        var (endAt, endReason) = ArticleEnd(flats, notesFrom, notesEnd, commentsFrom, authors);
        var tailFrom = TailStart(flats, authors);
        var facts = new List<BlockFacts>();
        var bios = new bool[units.Count];
        for (var k = 0; k < units.Count; k++)
        {
            var flat = flats[k];
            var isNotes = InNotes(k) || k < notesFrom && IsNoteLine(flat);
            // A bio is never position furniture: the bio rule reads it into the author's profile. A site describing
            // itself ("X is published by …") reads like a bio of a name no author has: it is the site's blurb.
            var isBio = bios[k] = IsBio(flat, authors) || BioParagraph.IsBio(flat) && !SiteBlurb.Is(flat);
            facts.Add(new BlockFacts(
                TextSignals.Of(flat),
                context.RepeatedParagraphs.GetValueOrDefault(RepeatedParagraphs.Normalize(flat)),
                k > endAt && !isNotes && !isBio ? endReason : null,
                SiteName.IsSiteName(flat, context.OwnPublicationNames.Prepend(publication).OfType<string>().ToList(), context.SiteUrl),
                flat.StartsWith('#') || ParagraphShape.LooksLikeHeading(flat, out _) || ParagraphShape.LooksLikeNumberedHeading(flat),
                isNotes,
                InCommentSection: k >= commentsFrom && !isNotes && !isBio,
                InTail: k >= tailFrom && !isNotes && !isBio));
        }
        var verdicts = LineModelVerdicts.Apply(facts, BoilerplateClassifier.Decide(facts), bios,
            k => Enumerable.Range(units[k].Start, units[k].End - units[k].Start + 1).Where(i => !TextLines.IsBlank(lines[i])).Select(i => context.At(i).Line).ToList(),
            context.SourcePath);
        for (var k = 0; k < units.Count; k++)
        {
            if (verdicts[k] is not { } verdict) continue;
            var last = k;
            while (last + 1 < units.Count && verdicts[last + 1] is { } next && next.What == verdict.What) last++;
            var start = units[k].Start;
            var end = units[last].End;
            var dropped = TextLines.Join(lines[start..(end + 1)].Where(l => !TextLines.IsBlank(l)).Select(l => l.Trim()));
            var reasons = string.Join("; ", Enumerable.Range(k, last - k + 1).Select(j => verdicts[j]!.Reason).Distinct(StringComparer.Ordinal));
            actions.Add(new FixupAction(FixupActionKinds.DroppedBoilerplate, $"{verdict.What}: {dropped}", context.At(start)) { Reason = reasons });
            for (var i = start; i <= end; i++) lines[i] = "";
            k = last;
        }
    }

    /// <summary>
    /// Where the page's foot begins: just after the last paragraph of article prose (long, dense with function words),
    /// not counting bios and a site's own description, which are long too.
    /// </summary>
    private static int TailStart(List<string> flats, IReadOnlyList<string> authors)
    {
        for (var k = flats.Count - 1; k >= 0; k--)
            if (TextSignals.Of(flats[k]).IsLongProse && !SiteBlurb.Is(flats[k]) && !UiVocabulary.IsCookieNotice(flats[k]) && !IsBio(flats[k], authors) && !BioParagraph.IsBio(flats[k]))
                return k + 1;
        return 0;
    }

    /// <summary>The first unit of a trailing notes or reference list (its heading), or past the end when there is none.</summary>
    private static int NotesStart(List<string> flats)
    {
        for (var k = flats.Count - 1; k >= 0; k--)
            if (EndnoteShapes.IsNotesHeading(flats[k])) return k;
        return flats.Count;
    }

    /// <summary>A notes heading with a note entry under it ("References" / "^ Lee, Ann (2029) …"), not a text browser's "References" / "Visible links".</summary>
    private static bool OpensNotes(string line, string under) => EndnoteShapes.IsNotesHeading(line) && IsNoteLine(under.Trim());

    private static bool IsNoteLine(string flat) =>
        flat.StartsWith("[^", StringComparison.Ordinal) || EndnoteShapes.CaretEntryTextStart(flat) is not null
        || EndnoteShapes.Entry(flat) is { } entry && (!EndnoteShapes.IsPlainListEntry(flat) || EndnoteShapes.LooksLikeReference(flat));

    /// <summary>
    /// Where the notes list ends: at the first unit after its entries that closes a page rather than continues a list
    /// (a bio, an author box, a credit, a tag list, a copyright line, the site describing itself, a comment heading, the label of a list of other
    /// pieces with something other than a note under it, a short command to the reader), else at the end of the body.
    /// </summary>
    private static int NotesEnd(List<string> flats, int notesFrom, IReadOnlyList<string> authors)
    {
        var lastNumber = 0;
        for (var k = notesFrom + 1; k < flats.Count; k++)
        {
            // The list's next number ("2. Ministry of Finance, payroll figures, 2036–2038.") continues it, whatever it reads like.
            if (EndnoteShapes.Entry(flats[k]) is { Label.Roman: false } entry && entry.Label.Number == lastNumber + 1) { lastNumber++; continue; }
            if (k == notesFrom + 1) continue;
            if (IsNoteLine(flats[k]) is false && (BoilerplateClassifier.ClosingShape(flats[k]) is not null || TermList.IsLabel(flats[k])
                || UiVocabulary.IsCopyright(flats[k]) || IsBio(flats[k], authors) || BioParagraph.IsBio(flats[k]) || SiteBlurb.Is(flats[k])
                || RelatedListLabel.Is(flats[k]) && k + 1 < flats.Count && !IsNoteLine(flats[k + 1])
                // "Print this page", "Share this page": a short command to the reader after the entries is the page's controls.
                || CallToAction.IsShortCommand(flats[k])))
                return k;
        }
        return flats.Count;
    }

    /// <summary>
    /// The first unit of the page's comment section: a heading only a comment section has, a bare "Comments"
    /// label with thread lines (timestamps, reply buttons) right after it, or a forum's first reply; never before the article's first
    /// paragraph of prose. Past the end when there is none.
    /// </summary>
    private static int CommentSectionStart(List<string> flats, List<string> heads, Func<int, bool> inNotes)
    {
        var firstProse = flats.FindIndex(f => TextSignals.Of(f).IsLongProse);
        if (firstProse < 0) return flats.Count;
        for (var k = firstProse + 1; k < flats.Count; k++)
        {
            if (inNotes(k)) continue;
            if (CommentSection.IsHeading(flats[k]) || CommentSection.IsHeading(heads[k])) return k;
            if (ForumThread.OpensReply(flats, k)) return k;
            if (CommentSection.IsBareLabel(flats[k]) && flats.Skip(k + 1).Take(4).Any(CommentSection.IsThreadLine)) return k;
        }
        return flats.Count;
    }

    /// <summary>
    /// The last unit of the article proper: an end mark, or the closing bio of one of its authors. Neither closes
    /// anything when a long paragraph of prose follows it (a section break, a bio printed above the article).
    /// After the last long paragraph of prose, the first unit a site prints only around an article (a credit line,
    /// an author box or the author's name alone, a tag list, page history, a feedback widget, the comment section, the
    /// label of a list of other pieces)
    /// also closes it; so does the end of a notes list that furniture follows.
    /// </summary>
    private static (int Index, string? Reason) ArticleEnd(List<string> flats, int notesFrom, int notesEnd, int commentsFrom, IReadOnlyList<string> authors)
    {
        var end = Math.Min(Math.Min(notesFrom, flats.Count), commentsFrom);
        (int Index, string? Reason) found = (int.MaxValue, null);
        // A page without a byline or notes may close on a bio that names its authors ("Dr Ann Lee is a lecturer at …").
        var unnamedBioCloses = authors.Count == 0 && notesFrom >= flats.Count;
        bool IsClosingBio(string flat) => IsBio(flat, authors) || unnamedBioCloses && IsUnnamedBio(flat);
        for (var k = end - 1; k >= 0; k--)
        {
            // Notes after it (a list the notes reader did not take): such a bio is the article's, not the page's foot.
            if (IsNoteLine(flats[k]) || NotesParagraph.IsNotes(flats[k])) unnamedBioCloses = false;
            // "Cite this commentary: …" under such a bio: a shape only a page's foot has, however long, is looked past to it
            // (a named author's bio is found without this).
            if (unnamedBioCloses && BoilerplateClassifier.ClosingShape(flats[k]) is not null && !IsClosingBio(flats[k])) continue;
            if (TextSignals.Of(flats[k]).IsLongProse && !EndsWithMark(flats[k]) && !IsClosingBio(flats[k])) break;
            if (EndMarks.IsEndMarkLine(flats[k]) || EndsWithMark(flats[k])) { found = (k, "after the end mark"); break; }
            if (IsClosingBio(flats[k])) { found = (k, "after the closing bio"); break; }
        }
        var lastProse = -1;
        for (var k = 0; k < end; k++)
            if (TextSignals.Of(flats[k]).IsLongProse) lastProse = k;
        if (lastProse >= 0)
            for (var k = lastProse + 1; k < end && k < found.Index; k++)
            {
                // A transcript's label with speakers' turns under it opens the transcript, whose turns may be short.
                if (ShowNotes.IsTranscriptLabel(flats[k]) && flats.Skip(k + 1).Take(2).Any(ChapterList.IsSpeakerTurn)) continue;
                // A news page sets a "READ MORE: …" teaser between its paragraphs: prose after it carries the article on.
                if (TeaserLine.Is(flats[k]) && k + 1 < end && ContinuesArticle(flats[k + 1])) continue;
                if (BoilerplateClassifier.ClosingShape(flats[k]) is { } closing) { found = (k, $"after the {closing} that closes the article"); break; }
                if (RelatedListLabel.Is(flats[k])) { found = (k, "after the list of other pieces that closes the article"); break; }
                if (TermList.IsLabel(flats[k]) || authors.Any(a => SameName(flats[k], a))) { found = (k - 1, "in the author box or tag list after the article"); break; }
            }
        if (commentsFrom < flats.Count && commentsFrom - 1 < found.Index) found = (commentsFrom - 1, "in the comment section after the article");
        if (notesFrom < flats.Count && notesEnd < flats.Count && notesEnd - 1 < found.Index) found = (notesEnd - 1, "after the notes");
        return found;
    }

    private static bool EndsWithMark(string flat) => EndMarks.EndsWithMark(flat);

    /// <summary>A sentence of the article's own, not a page's pitch or link: a dozen words or more, no link, no interface words.</summary>
    private static bool ContinuesArticle(string flat)
    {
        var signals = TextSignals.Of(flat);
        return signals.IsProseLike && signals.Words >= 12 && signals.Links == 0 && signals.UiHits.Count == 0
            && BoilerplateClassifier.ClosingShape(flat) is null;
    }

    private static bool SameName(string flat, string author) =>
        string.Equals(flat.Trim().Trim('*', '_', '#', ' '), author, StringComparison.OrdinalIgnoreCase);

    private static bool IsBio(string flat, IReadOnlyList<string> authors) =>
        TextLines.WordCount(flat) <= MaxBioWords && authors.Any(a => ExtractAuthorBio.IsAbout(flat, a));

    /// <summary>A paragraph written as a bio, of whoever it names: what names the authors of a page without a byline (<see cref="ExtractAuthorBio"/>).</summary>
    private static bool IsUnnamedBio(string flat) => TextLines.WordCount(flat) <= MaxBioWords && BioParagraph.IsBio(BioParagraph.Unwrap(flat));

    private static int NextNonBlank(string[] lines, int i)
    {
        for (var j = i + 1; j < lines.Length; j++) if (!TextLines.IsBlank(lines[j])) return j;
        return -1;
    }

    private static int PreviousNonBlank(string[] lines, int i)
    {
        for (var j = i - 1; j >= 0; j--) if (!TextLines.IsBlank(lines[j])) return j;
        return -1;
    }

    /// <summary>
    /// A paragraph repeated verbatim elsewhere in the body: a later copy of an identical paragraph (the
    /// first copy stays), or a passage that also occurs inside the running text around it.
    /// </summary>
    private static bool IsPullQuote(List<string> comparables, int k, string flatBody, HashSet<string> seen)
    {
        var comparable = comparables[k];
        if (TextLines.WordCount(comparable) < MinPullQuoteWords || comparable.StartsWith('#')) return false;
        // A repeated title or heading is structure (a contents list, a running title), not a pull quote.
        if (ParagraphShape.LooksLikeHeading(comparable, out var titleCase) && titleCase) return false;
        if (comparables.Count(c => c == comparable) > 1) return seen.Contains(comparable);
        var first = flatBody.IndexOf(comparable, StringComparison.Ordinal);
        return first >= 0 && flatBody.IndexOf(comparable, first + 1, StringComparison.Ordinal) >= 0;
    }

    private static void DropTailList(string[] lines, FixupContext context, List<FixupAction> actions, List<Diagnostic> diagnostics)
    {
        var paragraphs = Paragraph.Parse(lines);
        var headingIndex = -1;
        for (var k = paragraphs.Count - 1; k >= 0; k--)
            if (TailHeading().IsMatch(paragraphs[k].Flat)) { headingIndex = k; break; }
        if (headingIndex < 0) return;

        // "See also" / … / "References": the notes after the list are the article's, not the list's.
        var after = new List<Paragraph>();
        for (var k = headingIndex + 1; k < paragraphs.Count && !OpensNotes(paragraphs[k].Lines[0], LineUnder(paragraphs, k)); k++)
            after.Add(paragraphs[k]);
        var prose = after.FirstOrDefault(p => !IsTeaser(p.Flat));
        if (prose is not null)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.BoilerplateListKept,
                $"\"{paragraphs[headingIndex].Flat}\" looks like a list of related links, but \"{TextLines.Excerpt(prose.Flat, 40)}\" after it reads like article text; kept",
                context.At(prose.StartLine)));
            return;
        }
        var start = paragraphs[headingIndex].StartLine;
        var end = after.Count > 0 ? after[^1].EndLine : paragraphs[headingIndex].EndLine;
        var dropped = TextLines.Join(lines[start..(end + 1)].Where(l => !TextLines.IsBlank(l)));
        actions.Add(new FixupAction(FixupActionKinds.DroppedBoilerplate, $"related-content list: {dropped}", context.At(start)));
        for (var i = start; i <= end; i++) lines[i] = "";
    }

    /// <summary>The line under paragraph <paramref name="k"/>'s first: its second, or the next paragraph's first ("" at the end).</summary>
    private static string LineUnder(IReadOnlyList<Paragraph> paragraphs, int k) =>
        paragraphs[k].Lines.Count > 1 ? paragraphs[k].Lines[1] : k + 1 < paragraphs.Count ? paragraphs[k + 1].Lines[0] : "";

    /// <summary>Teaser lines: a link, a date, a name, a label, a bare path — nothing that reads like a sentence of prose.</summary>
    private static bool IsTeaser(string flat)
    {
        var withoutLinks = MarkdownLinkTarget().Replace(flat, "]");
        return TextLines.WordCount(withoutLinks) <= MaxTeaserWords && TextLines.SentenceCount(withoutLinks) <= 1;
    }

    private static void DropEndMarks(string[] lines, FixupContext context, List<FixupAction> actions)
    {
        // Only at the end of the body: mid-body, a line of stars or a mark can be a section break. A rule line left last
        // (what it set apart was dropped: a newsletter's links, its footer) sets nothing apart.
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (TextLines.IsBlank(lines[i])) continue;
            if (EndMarkLine().IsMatch(lines[i].Trim()) || RuleLine.Is(lines[i]))
            {
                actions.Add(new FixupAction(FixupActionKinds.DroppedBoilerplate, $"end mark: {lines[i].Trim()}", context.At(i)));
                lines[i] = "";
                continue;
            }
            var trailing = TrailingEndMark().Match(lines[i]);
            if (trailing.Success)
            {
                actions.Add(new FixupAction(FixupActionKinds.DroppedBoilerplate, $"end mark: {trailing.Value.Trim()}", context.At(i)));
                lines[i] = lines[i][..trailing.Index];
            }
            break;
        }
    }

    private static string Comparable(string text) =>
        Whitespace().Replace(text.Replace('’', '\'').Replace('“', '"').Replace('”', '"'), " ").Trim();

    // "This section contains relevant reference points, placed in (Opinion field)"
    [GeneratedRegex(@"\(([\p{L} ]{1,40}) field\)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CmsPlaceholder();

    [GeneratedRegex(@"^(Twitter|X|Instagram|Facebook|Telegram|Threads|Bluesky|Mastodon|TikTok|LinkedIn)\s*:\s*@?([A-Za-z0-9_.]{1,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex SocialHandle();

    [GeneratedRegex(@"^(?:recommended(?: for you| reading)?|related(?: articles| stories| content| posts| reading)?|read more|read also|see also|you may also like|more from [\p{L} ]{1,40}|more on this(?: story| topic)?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TailHeading();

    [GeneratedRegex(@"^(?:[❖■□◆◇♦●•◼▪*]+|#(?:\s*#){2,}|[-–—]\s*30\s*[-–—]|[-–—]?\s*ends?\s*[-–—]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndMarkLine();

    [GeneratedRegex(@"(?<=[.!?”""')])\s*[❖■□◆◇♦◼▪]\s*$")]
    private static partial Regex TrailingEndMark();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex MarkdownLinkTarget();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
