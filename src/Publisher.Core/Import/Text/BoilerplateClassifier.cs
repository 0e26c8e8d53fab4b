namespace Publisher.Core.Import.Text;

/// <summary>jusText's paragraph classes: good (article text), near-good, short (too short to judge alone), bad (boilerplate).</summary>
internal enum BlockClass { Good, NearGood, Short, Bad }

/// <summary>What is known about one unit besides its text: its place in the body and across the import.</summary>
/// <param name="RepeatedInSeeds">How many seeds of this import contain the same paragraph (0 or 1: not repeated).</param>
/// <param name="Position">Why its position makes it suspect ("after the closing bio"), or null.</param>
/// <param name="IsMasthead">It is only the site's or publication's name.</param>
/// <param name="IsHeading">It is shaped like a heading.</param>
/// <param name="IsNotes">It belongs to a notes or reference list: never boilerplate.</param>
/// <param name="InCommentSection">It follows the heading of the page's comment section: readers' prose, not the article's.</param>
/// <param name="InTail">No paragraph of article prose follows it: the page's foot, where a site describes itself.</param>
internal sealed record BlockFacts(TextSignals Signals, int RepeatedInSeeds, string? Position, bool IsMasthead, bool IsHeading, bool IsNotes, bool InCommentSection = false, bool InTail = false);

/// <summary>A unit to drop: what it was ("share bar") and the signals that said so ("UI words (share, tweet), 6 links").</summary>
internal sealed record BoilerplateVerdict(string What, string Reason);

/// <summary>
/// Decides which units of a body are boilerplate, the way jusText does — a context-free class per unit from
/// length, function-word density and link density, then context smoothing where short and near-good units
/// take the class of their neighbours — with evidence jusText lacks: interface vocabulary, position after
/// the end of the article, repetition across the import's files and mastheads.
/// <para>
/// Conservative with prose: a unit is dropped only on explicit evidence about it (smoothing alone removes only
/// fragments that are not sentences); a sentence needs evidence beyond repetition; a long paragraph of ordinary
/// prose needs two independent signals; notes are never touched.
/// </para>
/// </summary>
internal static class BoilerplateClassifier
{
    private const int ShortCharacters = 70;
    private const int LongCharacters = 200;
    private const double StopwordsHigh = 0.30;
    private const double StopwordsLow = 0.20;
    private const double MaxLinkDensity = 0.5;
    private const int MaxTeaserWords = 16;

    public static IReadOnlyList<BoilerplateVerdict?> Decide(IReadOnlyList<BlockFacts> units)
    {
        var evidence = units.Select(Evidence).ToList();
        var plain = units.Select((u, i) => Initial(u, [])).ToList();
        var plainNeighbours = new Neighbours(plain);
        for (var i = 0; i < units.Count; i++)
        {
            // A heading over article text ("Related Developments", "Read more" before prose) is structure; only
            // furniture that never heads text (an advertisement label, a share button, a script placeholder) stays strong.
            if (units[i].IsHeading && plainNeighbours.HeadsGoodText(i) && plainNeighbours.NextText(i) is { } j && !evidence[j].Any(e => e.Strong) && !units[j].IsNotes
                && !LabelsHeadlineRail(units, evidence[i], i))
                evidence[i] = evidence[i].Select(e => e.Kind == "ui" && e.What is not ("advertisement" or "navigation" or "share bar" or "script placeholder" or "app error" or "cookie banner" or "media player") ? e with { Strong = false } : e).ToList();
        }
        KeepTranscriptHeadings(units, evidence);
        MarkTeaserLists(units, evidence);
        MarkRails(units, evidence);
        MarkChapterLists(units, evidence);
        MarkPolls(units, evidence);
        MarkTimestampedTeasers(units, evidence);
        MarkAboutBoxes(units, evidence);
        MarkReaderPrompts(units, evidence);
        var initial = units.Select((u, i) => Initial(u, evidence[i])).ToList();
        var smoothed = Smooth(initial, units);
        var verdicts = new BoilerplateVerdict?[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (u.IsNotes) continue;
            var signals = evidence[i];
            var repeated = signals.FirstOrDefault(e => e.Kind == "repeated");
            var others = signals.Where(e => e.Kind != "repeated").ToList();
            if (u.Signals.IsLongProse)
            {
                // A long paragraph of prose is article text unless two different signals agree.
                if (signals.Count >= 2 || signals.Any(e => e.What == "site blurb" || e.Kind == "cookie notice")) verdicts[i] = Verdict(signals);
                continue;
            }
            if (others.Count > 0 && (others.Any(e => e.Strong) || smoothed[i] == BlockClass.Bad))
                verdicts[i] = Verdict(signals);
            else if (repeated is not null && !RunInLabelOverText(plainNeighbours, units, i)
                     && (smoothed[i] == BlockClass.Bad || !u.Signals.IsProseLike && !u.Signals.IsProseLeadIn && !HeadingWithinText(plainNeighbours, units, i)))
                verdicts[i] = Verdict(signals);
            else if (smoothed[i] == BlockClass.Bad && initial[i] == BlockClass.Short && IsFragment(u))
                verdicts[i] = new BoilerplateVerdict("page fragment", "short, not a sentence, amid boilerplate");
        }
        // The lines of a contact block under its label ("NAME, Role" over an address line).
        for (var i = 1; i < units.Count; i++)
            if (verdicts[i] is null && verdicts[i - 1] is { What: "contact block" } && !units[i].IsNotes && ContactBlock.IsBlockLine(units[i].Signals.Text))
                verdicts[i] = new BoilerplateVerdict("contact block", "a name and role under a press contact label");
        // "© 2047 … Views expressed are" / "those of the authors.": a notice broken off mid-sentence goes on in the next unit.
        for (var i = 1; i < units.Count; i++)
            if (verdicts[i] is null && verdicts[i - 1] is { What: "site footer" } && !units[i].IsNotes && ContinuesNotice(units[i - 1].Signals, units[i].Signals))
                verdicts[i] = new BoilerplateVerdict("site footer", "the rest of the notice above, which breaks off mid-sentence");
        return verdicts;
    }

    private const int MaxNoticeTailWords = 20;

    private static bool ContinuesNotice(TextSignals notice, TextSignals tail) =>
        notice.Text.TrimEnd() is { Length: > 0 } text && char.IsLetter(text[^1]) && tail.Words <= MaxNoticeTailWords
        && tail.Text.TrimStart() is { Length: > 0 } rest && char.IsLower(rest[0]);

    private sealed record Signal(string Kind, string What, string Reason, bool Strong);

    /// <summary>How many strong and weak signals the unit's own evidence holds, before context adjusts them (a line model feature).</summary>
    internal static (int Strong, int Weak) EvidenceCounts(BlockFacts unit)
    {
        var evidence = Evidence(unit);
        return (evidence.Count(e => e.Strong), evidence.Count(e => !e.Strong));
    }

    private static BoilerplateVerdict Verdict(List<Signal> signals)
    {
        var main = signals.FirstOrDefault(s => s.Strong) ?? signals[0];
        return new BoilerplateVerdict(main.What, string.Join("; ", signals.Select(s => s.Reason)));
    }

    private static List<Signal> Evidence(BlockFacts unit)
    {
        var s = unit.Signals;
        var list = new List<Signal>();
        if (unit.IsNotes || s.Words == 0 && s.Characters == 0) return list;
        if (EndMarks.IsEndMarkLine(s.Text))
            list.Add(new Signal("end mark", "end mark", "end mark", Strong: true));
        if (UiVocabulary.IsCopyright(s.Text))
            list.Add(new Signal("copyright", "site footer", "copyright notice", Strong: true));
        if (UiVocabulary.LabelKind(s.Text) is { } label && s.Words <= 80)
            list.Add(new Signal("label", label, $"'{label}' label", Strong: true));
        if (ClosingShape(s.Text) is { } closing)
            list.Add(new Signal("shape", closing, closing, Strong: true));
        if (TermList.IsLabel(s.Text))
            list.Add(new Signal("ui", "tag list", "a topic or tag label", Strong: true));
        if (unit.InCommentSection)
            list.Add(new Signal("comments", "comment section", "in the comment section after the article", Strong: true));
        if (MediaEmbed.Is(s.Text))
            list.Add(new Signal("ui", "media player", "a video or audio player's label", Strong: true));
        if (UiVocabulary.IsCookieNotice(s.Text))
            list.Add(new Signal("cookie notice", "cookie banner", "the site's cookie notice ('we use cookies')", Strong: true));
        else if (UiVocabulary.IsBreadcrumb(s.Text))
            list.Add(new Signal("ui", "navigation", "breadcrumb trail", Strong: true));
        else if (UiEvidence(s) is { } ui)
            list.Add(ui);
        if (s.Links >= 2 && s.LinkDensity >= MaxLinkDensity && s.Words < 60 || s.Links == 1 && s.LinkDensity >= 0.99 && !s.EndsSentence && s.Words <= 12 && !unit.IsHeading)
            list.Add(new Signal("links", s.Links > 1 ? "link list" : "teaser link", $"{s.Links} link{(s.Links == 1 ? "" : "s")}, {s.LinkDensity:P0} of the text linked", Strong: s.Links >= 2));
        if (unit.InTail && SiteBlurb.Is(s.Text))
            list.Add(new Signal("shape", "site blurb", "the site or organisation describing itself at the page's foot", Strong: true));
        if (unit.InTail && !s.IsLongProse && ContactBlock.GivesEmailAddress(s.Text))
            list.Add(new Signal("shape", "contact line", "an email address given in the page's foot, after the article's last paragraph of prose", Strong: true));
        if (unit.IsMasthead)
            list.Add(new Signal("masthead", "masthead", "the site's name alone", Strong: true));
        // After the article's end only a paragraph jusText would call good (long, dense with function words) may be prose
        // of the article; a short sentence there is a rail's blurb, a signup's pitch or a reader's comment.
        if (unit.Position is { } position)
            list.Add(new Signal("position", "trailing furniture", position, Strong: !s.IsLongProse));
        if (unit.RepeatedInSeeds >= 2)
            list.Add(new Signal("repeated", "repeated furniture", $"repeated in {unit.RepeatedInSeeds} seeds", Strong: false));
        return list;
    }

    /// <summary>
    /// What a site prints around an article but never inside it, by shape: production credits, an author box,
    /// a comment-section heading, a feedback widget, the page's history, a tag list, an audio player, a speech's delivery
    /// note, a session's materials notice, a how-to-cite line, a list of arrowed links, a journal page's DOI, metrics and
    /// file links. Null for anything else.
    /// </summary>
    internal static string? ClosingShape(string text) =>
        CreditLine.Is(text) ? "credit line"
        : AuthorBox.Is(text) ? "author box"
        : CommentSection.IsHeading(text) ? "comment section"
        : FeedbackWidget.Is(text) ? "feedback widget"
        : PageHistory.Is(text) ? "page history"
        : TermList.Is(text) && !TermList.IsLabel(text) ? "tag list"
        : ContactBlock.Is(text) ? "contact block"
        : ShowNotes.Is(text) ? "show notes"
        : DonationAppeal.Is(text) ? "donation appeal"
        : TeaserLine.Is(text) ? "teaser link"
        : BookBlock.IsBookshopOffer(text) ? "bookshop offer"
        : LicenceLine.Is(text) ? "licence notice"
        : Disclaimer.Is(text) ? "disclaimer"
        : SequenceLink.Is(text) ? "previous/next link"
        : AudioPlayer.Is(text) ? "audio player"
        : DeliveryNote.Is(text) ? "delivery note"
        : SessionMaterials.Is(text) ? "session materials notice"
        : CitationLine.Is(text) ? "citation line"
        : ArrowLinkList.Is(text) ? "link list"
        : RelatedListLabel.IsInlineList(text) ? "list of other pieces"
        : JournalFurniture.What(text) is { } journal ? journal
        : MarketDataNotice.Is(text) ? "market data notice"
        : null;

    /// <summary>Interface vocabulary, weighed against the unit's length and shape; null when it is not evidence.</summary>
    private static Signal? UiEvidence(TextSignals s)
    {
        if (s.UiHits.Count == 0 || QuoteLeadIn.Is(s.Text)) return null;
        var kind = s.UiHits.GroupBy(h => h.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Index).First().Key;
        var words = string.Join(", ", s.UiHits.Select(h => h.Phrase).Distinct(StringComparer.Ordinal).Take(4));
        var reason = $"UI words ({words})" + (s.Links > 0 ? $", {s.Links} link{(s.Links == 1 ? "" : "s")}" : "");
        var addresses = UiVocabulary.AddressesReader(s.Text);
        var specific = s.UiHits.Any(h => h.Phrase.Contains(' ', StringComparison.Ordinal) && h.Kind is not "teaser" || h.Phrase is "read more" or "previous article" or "next article" or "most read" or "read next" or "related articles");
        var startsWithUi = s.UiHits.Any(h => ClauseInitial(s.Text, h.Index));
        var strong =
            s.UiShare >= 0.99
            || s.UiHits.Count >= 2 && s.UiShare >= 0.4
            || specific && s.Words <= 25 && (addresses || !s.EndsSentence || startsWithUi || s.UiHits.Count >= 2)
            || s.UiHits.Count >= 2 && addresses && s.Words <= 30 && !(s.IsProseLike && FirstPersonSentence.HasUiFreeOne(s.Text))
            || startsWithUi && s.Words <= 15 && (addresses || !s.IsProseLike);
        if (strong) return new Signal("ui", kind, reason, Strong: true);
        return s.Words <= 8 && !s.IsProseLike ? new Signal("ui", kind, reason, Strong: false) : null;
    }

    /// <summary>The phrase opens the text or a clause after a colon, dash, bar or full stop: an imperative ("… : become a member").</summary>
    private static bool ClauseInitial(string text, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            var c = text[j];
            if (char.IsWhiteSpace(c) || c is '*' or '_' or '[' or '(' or '"' or '“') continue;
            return c is ':' or '—' or '–' or '-' or '.' or '!' or '?' or '|' or '•' or '·';
        }
        return true;
    }

    /// <summary>jusText's context-free class.</summary>
    private static BlockClass Initial(BlockFacts unit, List<Signal> evidence)
    {
        var s = unit.Signals;
        if (unit.IsNotes) return BlockClass.Good;
        if (evidence.Any(e => e.Strong) || s.LinkDensity > MaxLinkDensity) return BlockClass.Bad;
        if (s.Characters < ShortCharacters) return s.Links > 0 ? BlockClass.Bad : BlockClass.Short;
        if (s.StopwordDensity >= StopwordsHigh) return s.Characters > LongCharacters ? BlockClass.Good : BlockClass.NearGood;
        if (s.StopwordDensity >= StopwordsLow) return BlockClass.NearGood;
        return BlockClass.Bad;
    }

    /// <summary>
    /// jusText's context smoothing: a short unit between two good ones is good, between two bad ones bad; between
    /// good and bad it is good when a near-good unit is next to it. A near-good unit between two bad ones is bad.
    /// Headings followed by good text are good. Unlike jusText the edges of the body count as neither side.
    /// </summary>
    internal static IReadOnlyList<BlockClass> Smooth(IReadOnlyList<BlockClass> initial, IReadOnlyList<BlockFacts> units)
    {
        var result = initial.ToArray();
        var neighbours = new Neighbours(initial);
        for (var i = 0; i < initial.Count; i++)
        {
            if (initial[i] != BlockClass.Short) continue;
            var prev = neighbours.Before(i, ignoreNearGood: true);
            var next = neighbours.After(i, ignoreNearGood: true);
            if (units[i].IsHeading && neighbours.HeadsGoodText(i)) { result[i] = BlockClass.Good; continue; }
            var sides = new[] { prev, next }.OfType<BlockClass>().ToList();
            if (sides.Count == 0) result[i] = BlockClass.Good;
            else if (sides.All(c => c == BlockClass.Good)) result[i] = BlockClass.Good;
            else if (sides.Count == 2 && sides.All(c => c == BlockClass.Bad)) result[i] = BlockClass.Bad;
            else
            {
                var nearPrev = neighbours.Before(i, ignoreNearGood: false);
                var nearNext = neighbours.After(i, ignoreNearGood: false);
                result[i] = nearPrev == BlockClass.NearGood || nearNext == BlockClass.NearGood ? BlockClass.Good : BlockClass.Bad;
            }
        }
        for (var i = 0; i < initial.Count; i++)
        {
            if (initial[i] != BlockClass.NearGood) continue;
            var prev = neighbours.Before(i, ignoreNearGood: true);
            var next = neighbours.After(i, ignoreNearGood: true);
            result[i] = prev == BlockClass.Bad && next is BlockClass.Bad or null || next == BlockClass.Bad && prev is null ? BlockClass.Bad : BlockClass.Good;
        }
        return result;
    }


    /// <summary>
    /// The "Transcript" label over the transcript itself (its first turn within two units, past a note on how it was
    /// made) heads the text the page exists for: not show-notes furniture. Over a promise of a transcript it still is.
    /// </summary>
    private static void KeepTranscriptHeadings(IReadOnlyList<BlockFacts> units, List<List<Signal>> evidence)
    {
        for (var i = 0; i < units.Count; i++)
            if (HeadsTranscript(units, i))
                evidence[i] = evidence[i].Where(e => e.What != "show notes").ToList();
    }

    /// <summary>A transcript's label with the transcript under it: a speaker's turn, timed or not, within two units.</summary>
    private static bool HeadsTranscript(IReadOnlyList<BlockFacts> units, int i) =>
        ShowNotes.IsTranscriptLabel(units[i].Signals.Text)
        && Enumerable.Range(i + 1, Math.Min(2, units.Count - i - 1)).Any(j => ChapterList.IsSpeakerTurn(units[j].Signals.Text));

    /// <summary>
    /// A teaser label ("RELATED STORIES", "You may also like") over a rail of bare headlines set into the text: two
    /// headline-shaped lines or more right under it, before the text goes on. A heading of the article is followed by
    /// its text, not by a list of other stories' titles, so the label keeps its strong evidence.
    /// </summary>
    private static bool LabelsHeadlineRail(IReadOnlyList<BlockFacts> units, List<Signal> evidence, int i)
    {
        if (units[i].Signals.Words > 4 || !evidence.Any(e => e.Strong && e.What == "teaser")) return false;
        var headlines = 0;
        for (var j = i + 1; j < units.Count && IsRailHeadline(units[j]); j++) headlines++;
        return headlines >= 2;
    }

    private static bool IsRailHeadline(BlockFacts unit) =>
        !unit.IsNotes && !unit.Signals.IsProseLike && !unit.Signals.IsLongProse && unit.Signals.Words is >= 3 and <= MaxTeaserWords
        && !unit.Signals.Text.TrimEnd().EndsWith(':');

    /// <summary>
    /// Headlines listed under a teaser label ("Most read", "Related", "Recommended"): short lines that are not
    /// sentences, up to the first sentence of prose, a numbered heading over prose, or the notes.
    /// </summary>
    private static void MarkTeaserLists(IReadOnlyList<BlockFacts> units, List<List<Signal>> evidence)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Signals.Words > 4 || !evidence[i].Any(e => e.Strong && e.What is "teaser" or "tag list")) continue;
            var what = evidence[i].First(e => e.Strong && e.What is "teaser" or "tag list").What;
            for (var j = i + 1; j < units.Count; j++)
            {
                var s = units[j].Signals;
                if (units[j].IsNotes || s.IsProseLike || s.Words > MaxTeaserWords || s.IsLongProse) break;
                // A numbered section heading right over prose opens the text ("1. Introduction" under a keyword list);
                // an unnumbered line there may still be the list's last headline.
                if (ParagraphShape.LooksLikeNumberedHeading(s.Text) && j + 1 < units.Count && units[j + 1].Signals.IsProseLike) break;
                if (!evidence[j].Any(e => e.Strong))
                    evidence[j] = [.. evidence[j], new Signal("teaser list", what, $"listed under '{units[i].Signals.Text.Trim()}'", Strong: true)];
            }
        }
    }

    /// <summary>
    /// A list of the site's other pieces at the page's foot under its own label ("More letters", "Other press statements",
    /// <see cref="RailLabel"/>): in the tail (no article prose after it), the label and the headline lines right under
    /// it, up to the first sentence. A label of that shape followed by a sentence, or with article prose after it, is a
    /// heading of the article.
    /// </summary>
    private static void MarkRails(IReadOnlyList<BlockFacts> units, List<List<Signal>> evidence)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (!units[i].InTail || units[i].IsNotes || !RailLabel.Is(units[i].Signals.Text)) continue;
            var end = i + 1;
            while (end < units.Count && IsRailHeadline(units[end])) end++;
            if (end == i + 1) continue;
            var rail = new Signal("teaser list", "teaser", $"a list of other pieces under '{units[i].Signals.Text.Trim()}' at the page's foot", Strong: true);
            for (var j = i; j < end; j++)
                if (!evidence[j].Any(e => e.Strong)) evidence[j] = [.. evidence[j], rail];
            i = end - 1;
        }
    }

    /// <summary>
    /// A video or podcast page's chapter list: two time-coded headings or more in a row (<see cref="ChapterList"/>), with
    /// the label right above them, on a page whose transcript follows — time-coded turns, or a transcript's label over
    /// speakers' turns — (without one, the segments are the show notes, unless the list sits under the player's own label
    /// — "Chapters", not the notes' "In this episode:" — in the page's tail, after the notes' last paragraph of prose).
    /// </summary>
    private static void MarkChapterLists(IReadOnlyList<BlockFacts> units, List<List<Signal>> evidence)
    {
        var lastTurn = -1;
        for (var k = 0; k < units.Count; k++)
            if (ChapterList.IsTranscriptTurn(units[k].Signals.Text) || HeadsTranscript(units, k)) lastTurn = k;
        for (var i = 0; i < units.Count; i++)
        {
            var end = i;
            while (end < units.Count && !units[end].IsNotes && ChapterList.IsEntry(units[end].Signals.Text)) end++;
            if (end - i < 2) continue;
            var labelled = i > 0 && ChapterList.IsLabel(units[i - 1].Signals.Text);
            // Without a transcript after it, a labelled list at the page's foot (no article prose after it) still indexes the
            // episode's player, not the notes above it.
            if (i >= lastTurn && !(labelled && ChapterList.IsPlayerIndexLabel(units[i - 1].Signals.Text) && units[i - 1].InTail && units[end - 1].InTail)) { i = end - 1; continue; }
            var from = labelled ? i - 1 : i;
            for (var j = from; j < end; j++)
                evidence[j] = [.. evidence[j], new Signal("chapters", "chapter list", "time-coded headings of a video or episode", Strong: true)];
            i = end - 1;
        }
    }

    /// <summary>
    /// A reader poll (<see cref="PollWidget"/>): two options with shares or more in a row beside a tally line, with the
    /// question right above them. Without a tally the figures are the article's own.
    /// </summary>
    private static void MarkPolls(IReadOnlyList<BlockFacts> units, List<List<Signal>> evidence)
    {
        for (var i = 0; i < units.Count; i++)
        {
            var end = i;
            while (end < units.Count && !units[end].IsNotes && PollWidget.IsOption(units[end].Signals.Text)) end++;
            if (end - i < 2) continue;
            var from = i > 0 && PollWidget.IsQuestion(units[i - 1].Signals.Text) ? i - 1 : i;
            var to = end < units.Count && PollWidget.IsTally(units[end].Signals.Text) ? end : end - 1;
            var tallied = to == end || i > 0 && PollWidget.IsTally(units[i - 1].Signals.Text);
            if (!tallied) { i = end - 1; continue; }
            for (var j = from; j <= to; j++)
                if (!evidence[j].Any(e => e.Strong))
                    evidence[j] = [.. evidence[j], new Signal("poll", "poll widget", "a reader poll: options with shares and a tally", Strong: true)];
            i = to;
        }
    }

    /// <summary>
    /// A rail of other stories after the article (<see cref="TimestampedTeaser"/>): two entries or more in a row, each a
    /// headline over its time stamp (a section kicker may stand over it) or a headline closed by its date. Only after the first paragraph of prose, so a
    /// page's own title and date are never read as one.
    /// </summary>
    private static void MarkTimestampedTeasers(IReadOnlyList<BlockFacts> units, List<List<Signal>> evidence)
    {
        var firstProse = -1;
        for (var k = 0; k < units.Count && firstProse < 0; k++) if (units[k].Signals.IsLongProse) firstProse = k;
        if (firstProse < 0) return;
        for (var i = firstProse + 1; i < units.Count; i++)
        {
            var entries = new List<int>();
            var j = i;
            while (j < units.Count && !units[j].IsNotes)
            {
                var s = units[j].Signals;
                if (TimestampedTeaser.IsDatedHeadline(s.Text)) { entries.Add(j); j++; }
                else if (j + 1 < units.Count && TimestampedTeaser.IsHeadline(s) && !TimestampedTeaser.IsStamp(s.Text) && TimestampedTeaser.IsStamp(units[j + 1].Signals.Text))
                { entries.Add(j); entries.Add(j + 1); j += 2; }
                // A section kicker over the headline ("Africa" / headline / "June 2, 2029").
                else if (j + 2 < units.Count && TimestampedTeaser.IsKicker(s) && TimestampedTeaser.IsHeadline(units[j + 1].Signals)
                    && !TimestampedTeaser.IsStamp(units[j + 1].Signals.Text) && TimestampedTeaser.IsStamp(units[j + 2].Signals.Text))
                { entries.Add(j); entries.Add(j + 1); entries.Add(j + 2); j += 3; }
                else break;
            }
            if (entries.Count >= 2 && (entries.Count >= 4 || entries.All(e => TimestampedTeaser.IsDatedHeadline(units[e].Signals.Text))))
            {
                foreach (var k in entries)
                    if (!evidence[k].Any(e => e.Strong))
                        evidence[k] = [.. evidence[k], new Signal("teaser list", "teaser", "a rail of other stories, each with its time stamp", Strong: true)];
                i = j - 1;
            }
        }
    }

    /// <summary>
    /// An "About NAME" box after the text (<see cref="AboutBox"/>): the heading and the paragraph that names the same
    /// organisation again, in one unit or two. Only after the first paragraph of prose, so a page's own heading is never one.
    /// </summary>
    private static void MarkAboutBoxes(IReadOnlyList<BlockFacts> units, List<List<Signal>> evidence)
    {
        var firstProse = -1;
        for (var k = 0; k < units.Count && firstProse < 0; k++) if (units[k].Signals.IsLongProse) firstProse = k;
        if (firstProse < 0) return;
        var about = new Signal("shape", "site blurb", "an 'About' box: the organisation describing itself under the text", Strong: true);
        for (var i = firstProse + 1; i < units.Count; i++)
        {
            if (units[i].IsNotes) continue;
            if (AboutBox.IsBox(units[i].Signals.Text)) evidence[i] = [.. evidence[i], about];
            else if (AboutBox.HeadingName(units[i].Signals.Text) is { } name && i + 1 < units.Count && !units[i + 1].IsNotes
                && AboutBox.Describes(units[i + 1].Signals.Text, name))
            {
                evidence[i] = [.. evidence[i], about];
                evidence[i + 1] = [.. evidence[i + 1], about];
                i++;
            }
        }
    }

    private const int MaxPromptInRunWords = 12;

    /// <summary>
    /// Prompts the page addresses to its reader (<see cref="CallToAction.IsReaderPrompt"/>): at the page's foot (no article
    /// prose after them) any of them, and elsewhere a short one that is no sentence beside another piece of furniture or
    /// another prompt — a "Take action" box set into the text ("TAKE ACTION" / "Tell the minister: …" / "Sign the
    /// petition"), a player's "Download (MP3, 44 MB)". A prompt-shaped line alone between paragraphs of text stays (a
    /// heading such as "Follow the money"), and so does a line that carries on a sentence broken before or after it.
    /// </summary>
    private static void MarkReaderPrompts(IReadOnlyList<BlockFacts> units, List<List<Signal>> evidence)
    {
        var shaped = new bool[units.Count];
        for (var i = 0; i < units.Count; i++)
            shaped[i] = !units[i].IsNotes && !units[i].Signals.IsLongProse && !evidence[i].Any(e => e.Strong) && CallToAction.IsReaderPrompt(units[i].Signals.Text);
        bool Furniture(int k) => k >= 0 && k < units.Count && !units[k].IsNotes && (evidence[k].Any(e => e.Strong) || shaped[k]);
        // A sentence broken before the line counts only when the text it breaks off is not furniture itself (a rail's
        // headline, another prompt).
        var prompt = new bool[units.Count];
        for (var i = 0; i < units.Count; i++)
            prompt[i] = shaped[i] && !(i > 0 && BreaksOff(units[i - 1].Signals.Text) && !Furniture(i - 1))
                && !(i + 1 < units.Count && CarriesOn(units[i + 1].Signals.Text));
        var marked = new bool[units.Count];
        var firstSentence = units.ToList().FindIndex(u => u.Signals.IsLongProse || u.Signals.EndsSentence);
        for (var i = 0; i < units.Count; i++)
        {
            if (!prompt[i]) continue;
            var s = units[i].Signals;
            // Before the article's first sentence a command that is no sentence is the site's ("Get the app for alerts").
            marked[i] = units[i].InTail
                || !s.EndsSentence && s.Words <= MaxPromptInRunWords && (Furniture(i - 1) || Furniture(i + 1) || i < firstSentence);
        }
        for (var i = 0; i < units.Count; i++)
            if (marked[i])
                evidence[i] = [.. evidence[i], new Signal("prompt", "call to action", units[i].InTail
                    ? "a prompt to the reader at the page's foot, after the article's last paragraph of prose"
                    : "a prompt to the reader beside other interface lines or before the article's first sentence", Strong: true)];
    }

    private const int MinWrappedLineWords = 8;

    /// <summary>
    /// The text stops mid-sentence — a comma at its end, or a lower-case word closing a line of prose's length (a short
    /// label such as "Take action" ends in one too) —: the next line carries it on.
    /// </summary>
    private static bool BreaksOff(string text) =>
        text.TrimEnd() is { Length: > 0 } t && (t[^1] == ',' || char.IsLower(t[^1]) && TextLines.WordCount(t) >= MinWrappedLineWords);

    /// <summary>The text opens in lower case: it carries on the sentence before it.</summary>
    private static bool CarriesOn(string text) => text.TrimStart() is { Length: > 0 } t && char.IsLower(t[0]);

    /// <summary>A few words that are not a sentence ("Tags", "Mar 1, 2024", "Photo gallery"): what smoothing alone may drop.</summary>
    private static bool IsFragment(BlockFacts unit) =>
        !unit.Signals.IsProseLike && !unit.IsHeading && unit.Signals.Words > 0
        && (unit.Signals.Words <= 5 || unit.Signals.StopwordDensity < StopwordsLow) && !unit.Signals.Text.TrimEnd().EndsWith(':');

    /// <summary>
    /// A heading with article text on both sides, or a section heading of a few words over the body's first text
    /// ("Introduction" under a byline; a site's tagline there is longer): a repeated one is the articles' structure, which
    /// every issue of a publication shares, not furniture.
    /// </summary>
    private static bool HeadingWithinText(Neighbours classes, IReadOnlyList<BlockFacts> units, int i) =>
        units[i].IsHeading && classes.HeadsGoodText(i)
            && (classes.Before(i, ignoreNearGood: false) is BlockClass.Good or BlockClass.NearGood
                || classes.Before(i, ignoreNearGood: false) is null && units[i].Signals.Words <= MaxFirstSectionHeadingWords);

    /// <summary>
    /// A colon label right over good text ("Executive Summary:", "Background:") heads it wherever it stands, even amid
    /// the furniture before a body (under a byline or a photo caption): run-in headings that recur in paragraph after
    /// paragraph, or in every article of a site, are the text's structure, not repeated furniture.
    /// </summary>
    private static bool RunInLabelOverText(Neighbours classes, IReadOnlyList<BlockFacts> units, int i) =>
        ColonLabel.Is(units[i].Signals.Text) && classes.NextText(i) == i + 1 && classes.HeadsGoodText(i);

    private const int MaxFirstSectionHeadingWords = 3;


    /// <summary>
    /// For each unit, the class of the nearest unit before and after it that is not short (or, ignoring near-good ones,
    /// neither short nor near-good), found in one pass each way: looking from every unit made a page of many short lines
    /// quadratic.
    /// </summary>
    private sealed class Neighbours
    {
        private readonly BlockClass?[] before, beforeIgnoringNearGood, after, afterIgnoringNearGood;
        private readonly int?[] nextText;

        public Neighbours(IReadOnlyList<BlockClass> classes)
        {
            var n = classes.Count;
            before = new BlockClass?[n];
            beforeIgnoringNearGood = new BlockClass?[n];
            after = new BlockClass?[n];
            afterIgnoringNearGood = new BlockClass?[n];
            nextText = new int?[n];
            BlockClass? any = null, strict = null;
            for (var i = 0; i < n; i++)
            {
                before[i] = any;
                beforeIgnoringNearGood[i] = strict;
                if (classes[i] != BlockClass.Short) any = classes[i];
                if (classes[i] is not (BlockClass.Short or BlockClass.NearGood)) strict = classes[i];
            }
            any = strict = null;
            int? text = null;
            for (var i = n - 1; i >= 0; i--)
            {
                after[i] = any;
                afterIgnoringNearGood[i] = strict;
                nextText[i] = text;
                if (classes[i] != BlockClass.Short) { any = classes[i]; text = i; }
                if (classes[i] is not (BlockClass.Short or BlockClass.NearGood)) strict = classes[i];
            }
        }

        public BlockClass? Before(int i, bool ignoreNearGood) => ignoreNearGood ? beforeIgnoringNearGood[i] : before[i];

        public BlockClass? After(int i, bool ignoreNearGood) => ignoreNearGood ? afterIgnoringNearGood[i] : after[i];

        /// <summary>The next unit that is not short.</summary>
        public int? NextText(int i) => nextText[i];

        /// <summary>A heading is followed by good or near-good text (after any short units), as jusText keeps headings.</summary>
        public bool HeadsGoodText(int i) => After(i, ignoreNearGood: false) is BlockClass.Good or BlockClass.NearGood;
    }
}
