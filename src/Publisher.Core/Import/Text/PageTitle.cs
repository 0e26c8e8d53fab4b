using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>What is known about a scraped page besides its lines: the crawler's title and the site's names.</summary>
/// <param name="CrawlerTitle">The crawler block's title without its site suffix, if any.</param>
/// <param name="SiteNames">Names of the site (crawler suffix, copyright holder, top name line).</param>
/// <param name="Url">The page's address (sidecar or crawler), whose host names the site.</param>
public sealed record PageTitleHints(string? CrawlerTitle, IReadOnlyCollection<string> SiteNames, string? Url)
{
    /// <summary>0-based lines that are known not to be the page's title (a reviewed book's block).</summary>
    public IReadOnlySet<int> NotTitles { get; init; } = new HashSet<int>();

    /// <summary>0-based lines that continue a hard-wrapped paragraph (<see cref="WrappedLines.Continuations"/>): never a title, and part of the line above.</summary>
    public IReadOnlySet<int> Continuations { get; init; } = new HashSet<int>();

    public static PageTitleHints None { get; } = new(null, [], null);
}

/// <summary>The chosen title line (index into the lines given) or a breadcrumb's last item, and why.</summary>
/// <param name="Index">The line holding the title.</param>
/// <param name="Text">The title (the line without heading marks, or the breadcrumb's last item).</param>
/// <param name="Evidence">What spoke for it, for the report.</param>
public sealed record PageTitleChoice(int Index, string Text, IReadOnlyList<string> Evidence)
{
    /// <summary>How many lines the headline spans from <see cref="Index"/> (a headline broken over two lines is one title).</summary>
    public int LineCount { get; init; } = 1;

    /// <summary>
    /// The line the rules chose when the head model decided instead (<see cref="TitleModel.Decides"/>): a kicker, a
    /// standfirst or a section's name the reader must place in the head, not leave in the body; null when the rules decided.
    /// </summary>
    public int? PassedOver { get; init; }
}

/// <summary>
/// Finds a scraped page's title among the first lines of its header by weighing evidence instead of taking the
/// first line that is not obviously furniture. For: equal to the crawler's title, a <c># Title</c> mark, a byline or
/// date line (or a story's wire dateline) close below, a section label right above, title shape (capitalised, 3–25 words, no sentence end). Against: interface words and
/// text that addresses the reader (cookie banners, "Skip to main content", "Sign in"), menu bars and breadcrumbs,
/// the site's name, section labels, dates, bylines, sentences. A breadcrumb whose last item is long gives the
/// title when no line does better. Pure.
/// </summary>
public static partial class PageTitle
{
    /// <summary>How many non-blank lines from the top form the header region searched for the title.</summary>
    public const int HeaderLines = 25;

    /// <summary>A title needs at least this score; below it the page has no title line.</summary>
    private const double Threshold = 1.0;

    /// <param name="lines">The page's non-blank lines in order.</param>
    public static PageTitleChoice? Choose(IReadOnlyList<string> lines, PageTitleHints hints)
    {
        hints = WithNumberTails(lines, hints);
        var (scores, evidence, _, limit) = RuleScores(lines, hints);
        if (TitleModel.MeasuringWeights is { } measuring && Candidates(lines, hints, scores) is { Count: > 0 } candidates)
        {
            // The harness comparing a features-only head model with the rules: its most probable line is the title.
            var p = TitleModel.Probabilities(candidates, measuring);
            var best = 0;
            for (var k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
            var line = candidates[best].Index;
            return TwoLineHeadline(lines, new PageTitleChoice(line, TitleText(lines[line]), ["the features-only head model (measuring)"]), scores, hints);
        }
        var pick = -1;
        for (var i = 0; i < limit; i++)
            if (scores[i] > double.NegativeInfinity && (pick < 0 || scores[i] > scores[pick])) pick = i;
        if (pick >= 0 && scores[pick] >= Threshold)
        {
            var reasons = evidence[pick];
            var weighed = Candidates(lines, hints, scores);
            // Where the rules were unsure between their line and another, a confident head model decides; the rules' line
            // is named as the runner-up, and the reader places it in the head.
            if (TitleModel.Decides(weighed, pick) is { } model)
            {
                var line = model.Line.Index;
                var modelReasons = evidence[line].Append(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the head model, where the rules were unsure ({scores[pick] - scores[line]:0.0} apart): {model.Probability:0.00} for this line; runner-up '{TextLines.Excerpt(lines[pick])}', the rules' choice ({model.RulesProbability:0.00})")).ToList();
                var decided = TwoLineHeadline(lines, new PageTitleChoice(line, TitleText(lines[line]), modelReasons), scores, hints);
                var spanned = pick >= decided.Index && pick < decided.Index + decided.LineCount;
                return spanned ? decided : decided with { PassedOver = pick };
            }
            // A line that came close is named for the editor, with what the head model fitted over the corpus thinks of both.
            if (TitleModel.RunnerUp(weighed, pick) is { } runnerUp) reasons = [.. reasons, runnerUp];
            return TwoLineHeadline(lines, new PageTitleChoice(pick, TitleText(lines[pick]), reasons), scores, hints);
        }
        // No line looks like the title: a breadcrumb's long last item is the page's title.
        for (var i = 0; i < limit; i++)
            if (NavigationBar.BreadcrumbTail(lines[i]) is { } tail && TextLines.WordCount(tail) >= 3 && TitleLine.IsTitleShaped(tail))
                return new PageTitleChoice(i, tail, ["the last item of the breadcrumb trail"]);
        return null;
    }

    /// <summary>
    /// A series number wrapped under a report's title ("… - Situation" / "Report No. 6") continues the line above it, as a
    /// hard-wrapped line does (<see cref="TitleContinuation.IsNumberTail"/>): never a title of its own, and part of the headline.
    /// </summary>
    private static PageTitleHints WithNumberTails(IReadOnlyList<string> lines, PageTitleHints hints)
    {
        var limit = Math.Min(lines.Count, HeaderLines);
        HashSet<int>? tails = null;
        for (var i = 1; i < limit; i++)
            if (!hints.Continuations.Contains(i) && TitleContinuation.IsNumberTail(lines[i]) && TitleContinuation.TakesNumberTail(lines[i - 1]))
                (tails ??= new HashSet<int>(hints.Continuations)).Add(i);
        return tails is null ? hints : hints with { Continuations = tails };
    }

    /// <summary>
    /// The rules' score of each head line above the first prose (negative infinity for a line they rule out), with the
    /// evidence for it; <c>limit</c> lines are scored.
    /// </summary>
    private static (double[] Scores, List<string>[] Evidence, int BodyStart, int Limit) RuleScores(IReadOnlyList<string> lines, PageTitleHints hints)
    {
        var bodyStart = BodyProseStart(lines);
        var limit = Math.Min(Math.Min(lines.Count, HeaderLines), bodyStart);
        var scores = new double[limit];
        var evidences = new List<string>[limit];
        var head = Math.Min(lines.Count, HeaderLines);
        var page = HeadFacts.Of(lines, head);
        for (var i = 0; i < limit; i++)
        {
            var (score, evidence) = Score(lines, i, head, hints, bodyStart, page);
            // The last heading-shaped line over the body's first prose is the one the text hangs from.
            if (bodyStart < lines.Count && score > double.NegativeInfinity && UiVocabulary.Find(lines[i]).Count == 0)
            {
                if (bodyStart - i is >= 1 and <= 2) score += 1;
                // Only a byline, a date, buttons or an editor's note between it and the text: the same.
                else if (OnlyHeadFurnitureBetween(lines, i, bodyStart))
                { score += 1; evidence.Add("the last heading over the text, with only a byline, date or buttons between"); }
            }
            scores[i] = score;
            evidences[i] = evidence;
        }
        return (scores, evidences, bodyStart, limit);
    }

    /// <summary>How many head lines (byline, date, buttons) may stand between the headline and the text.</summary>
    private const int MaxHeadFurniture = 4;

    private const int MinStandfirstWords = 10;

    /// <summary>
    /// Between line <paramref name="i"/> and the text's first paragraph stand only head lines (byline, date, buttons),
    /// perhaps after one standfirst (longer than the line) or sentence-case subtitle: what stands under a title does not
    /// make the title any less the last heading over the text.
    /// </summary>
    private static bool OnlyHeadFurnitureBetween(IReadOnlyList<string> lines, int i, int bodyStart)
    {
        var from = i + 1;
        if (from < bodyStart && !TitleEvidence.IsHeadFurniture(lines[from]) && (IsLongStandfirst(lines[from], lines[i]) || IsSentenceCaseSubtitle(lines[from], lines[i]))) from++;
        var furniture = bodyStart - from;
        return furniture is >= 1 and <= MaxHeadFurniture && Enumerable.Range(from, furniture).All(k => TitleEvidence.IsHeadFurniture(lines[k]));
    }

    private static bool IsLongStandfirst(string line, string title) =>
        TextLines.WordCount(line) >= MinStandfirstWords && TextLines.WordCount(line) > TextLines.WordCount(title);

    /// <summary>
    /// "Three years, two contractors and one set of gates" / "A short history of the river's defences": a subtitle in
    /// sentence case under a headline of three words or more (a short kicker above a title gains nothing from this).
    /// </summary>
    private static bool IsSentenceCaseSubtitle(string line, string title) =>
        TextLines.WordCount(title) >= 3 && ParagraphShape.IsSentenceCase(line) && !IssueSegmenter.EndsSentence(line);

    private const int MinTitleCaseWords = 5;

    /// <summary>
    /// "What the Ferry Timetables Taught Me About Smuggling" over "Notes from a winter spent on the island crossings": a
    /// headline of five words or more in title case over a line in sentence case is the title, the line its subtitle.
    /// </summary>
    private static bool IsTitleOverSubtitle(string title, string below) =>
        TextLines.WordCount(title) >= MinTitleCaseWords && ParagraphShape.LooksLikeTitleCaseHeading(title) && ParagraphShape.IsSentenceCase(below);

    private const int MaxShortLabelWords = 4;

    private const int MaxHeadlineWords = 16;

    private const int MinHeadlineExtraWords = 3;

    /// <summary>
    /// "Letters from the coast" over "Fishing crews return to the northern harbour", "Advice for drivers" over "New weight
    /// limits on the old bridge …": a short label in sentence case (two to four words, no article or question word first, no figure or
    /// end mark) over a headline at least three words longer names the site's section, as a kicker does.
    /// </summary>
    private static bool IsShortLabelOver(string label, string line)
    {
        var l = label.Trim();
        var t = line.Trim();
        var words = TextLines.WordCount(l);
        if (words is < 2 or > MaxShortLabelWords || l.Any(char.IsDigit) || l[^1] is '.' or '?' or '!' or ':' or ',' or ';') return false;
        if (!char.IsUpper(l[0]) || !ParagraphShape.IsSentenceCase(l) || UiVocabulary.Find(l).Count > 0) return false;
        if (OpeningWords.Contains(l.Split(' ')[0])) return false;
        var lineWords = TextLines.WordCount(t);
        return lineWords >= words + MinHeadlineExtraWords && lineWords <= MaxHeadlineWords && TitleLine.IsTitleShaped(t) && t[^1] is not ('.' or '!');
    }

    /// <summary>Words a short headline opens with but a section's label does not.</summary>
    private static readonly HashSet<string> OpeningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "why", "how", "what", "who", "when", "where", "which", "our", "my", "your", "this", "these", "inside", "after", "before",
    };

    /// <summary>A line as a title: without heading marks, and a headline that is a link as its text.</summary>
    private static string TitleText(string line) => TitleLine.WithoutSeriesPosition(TitleEvidence.Unlinked(TitleLine.StripHeadingMark(line)));

    /// <summary>
    /// A headline broken over two lines is one title: the chosen line continues a hard-wrapped line above it, or ends on a
    /// word that needs what follows ("… Hire Armed Guards as" / "Piracy Returns to the Northern Shore"), or the line
    /// above it ends so and could itself be a headline.
    /// </summary>
    private static PageTitleChoice TwoLineHeadline(IReadOnlyList<string> lines, PageTitleChoice best, double[] scores, PageTitleHints hints)
    {
        var i = best.Index;
        // The crawler's title is this line and no more ("The toll roads nobody voted for" over its subtitle): the
        // headline ends here, whatever word it ends on.
        if (hints.CrawlerTitle is { } crawler && SameTitle(best.Text, crawler)) return best;
        if (i + 1 < lines.Count && (hints.Continuations.Contains(i + 1) || TitleContinuation.EndsOpen(lines[i]) && MayEndHeadline(lines[i + 1]) && TitleLine.IsTitleShaped(lines[i + 1])
            || TitleContinuation.ContinuesInLowerCase(lines[i], lines[i + 1]) && UiVocabulary.Find(lines[i + 1]).Count == 0 && TitleLine.IsTitleShaped(lines[i + 1])))
        {
            var end = i + 1;
            while (end + 1 < lines.Count && hints.Continuations.Contains(end + 1)) end++;
            return best with
            {
                Text = TextShapes.UnwrapTitle(Enumerable.Range(i, end - i + 1).Select(k => TitleText(lines[k]))),
                Evidence = [.. best.Evidence, "the headline goes on over the next line"],
                LineCount = end - i + 1,
            };
        }
        // A first line ending at the colon before a subtitle ("Temporary Closure of the Varde Channel:") is marked down as a
        // label's line, so any candidate will do; one ending on a small word must have been a likely title itself.
        var above = i > 0 ? lines[i - 1].TrimEnd() : "";
        var opens = above.EndsWith(':') ? !IsFieldLabel(above) && scores[i - 1] > double.NegativeInfinity
            : i > 0 && scores[i - 1] >= Threshold && TitleContinuation.EndsOpen(above);
        if (opens && UiVocabulary.Find(above).Count == 0 && TitleLine.IsTitleShaped(WrappedTitleLine.Core(above))
            && TextLines.WordCount(above) >= 3 && !IsSectionLabel(above))
            return best with
            {
                Index = i - 1,
                Text = TextShapes.UnwrapTitle([TitleText(lines[i - 1]), best.Text]),
                Evidence = [.. best.Evidence, $"the line above ends on '{lines[i - 1].Trim().Split(' ')[^1]}': the headline's first line"],
                LineCount = 2,
            };
        return best;
    }

    /// <summary>A line that can end a headline begun above it: capitalised, short, no byline, date or sentence end.</summary>
    private static bool MayEndHeadline(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && TextLines.WordCount(text) <= 15 && (char.IsUpper(text[0]) || char.IsDigit(text[0]))
            && text[^1] is not ('.' or ',' or ';') && !text.Contains(';') && !TitleEvidence.IsHeadFurniture(text) && !IsSectionLabel(text) && UiVocabulary.Find(text).Count == 0;
    }

    /// <summary>The words of line <paramref name="k"/> and of the lines that continue it (a standfirst wrapped over several lines is one paragraph).</summary>
    private static int WrappedParagraphWords(IReadOnlyList<string> lines, int k, IReadOnlySet<int> continuations)
    {
        var words = TextLines.WordCount(lines[k]);
        for (var j = k + 1; j < lines.Count && continuations.Contains(j); j++) words += TextLines.WordCount(lines[j]);
        return words;
    }

    /// <summary>
    /// What the page's head says once for every candidate line: what its reference-work taglines say the site is ("the open
    /// handbook of …"; a line repeating one is the site's slogan), and which lines name a person with their place.
    /// </summary>
    private sealed record HeadFacts(List<string> Taglines, bool[] PersonWithPlace)
    {
        public static HeadFacts Of(IReadOnlyList<string> lines, int limit)
        {
            var descriptions = new List<string>();
            // One line past the head too: the head's last line may stand in a list that goes on under it.
            var people = new bool[Math.Min(lines.Count, limit + 1)];
            for (var k = 0; k < people.Length; k++)
            {
                if (k < limit && EncyclopediaTagline.Description(lines[k]) is { } described) descriptions.Add(described);
                people[k] = IsPersonWithPlace(lines[k]);
            }
            return new HeadFacts(descriptions, people);
        }

        /// <summary>Line <paramref name="i"/> names a person with their place, beside another such line: a list of speakers or presenters.</summary>
        public bool InListOfPeople(int i) =>
            PersonWithPlace[i] && (i > 0 && PersonWithPlace[i - 1] || i + 1 < PersonWithPlace.Length && PersonWithPlace[i + 1]);
    }

    private static (double Score, List<string> Evidence) Score(IReadOnlyList<string> lines, int i, int limit, PageTitleHints hints, int bodyStart, HeadFacts page)
    {
        var evidence = new List<string>();
        var raw = TitleTag.Strip(lines[i].Trim()).Title;
        var text = TitleEvidence.Unlinked(TitleLine.StripHeadingMark(raw));
        if (text.Length < 3 || text.Length > 250 || hints.NotTitles.Contains(i) || hints.Continuations.Contains(i)) return (double.NegativeInfinity, evidence);
        if (TitleLine.Furniture(raw) is TitleFurniture.Rule or TitleFurniture.Date or TitleFurniture.Position) return (double.NegativeInfinity, evidence);
        if (Byline.Read(text) is not null || UiVocabulary.IsCopyright(text)) return (double.NegativeInfinity, evidence);
        // "Lena Marsh¹ and Karel Dvorak²": names with the marks of their affiliations are a byline, never a headline.
        if (AffiliationMarks.Strip(text).Marked && Byline.Read(text, allowBare: true) is not null) return (double.NegativeInfinity, evidence);
        if (TimestampLine.Is(text) || EngagementCounts.Is(text) || PortraitAlt.Name(text) is not null || ContributorCredit.Is(text) || PictureCredit.Is(text) || IsSeriesLabel(text)) return (double.NegativeInfinity, evidence);
        if (NavigationBar.IsNavigation(text) || NavigationBar.IsSectionBar(text) || UiVocabulary.IsBreadcrumb(text) || UiVocabulary.IsCookieNotice(text)
            || SiteMasthead.IsControlButtons(text)) return (double.NegativeInfinity, evidence);
        if (PageField.Read(text) is not null || PageField.IsMetadataLine(text) || HeaderWidget.Is(text) || VolumeIssueLine.IsMatch(text)) return (double.NegativeInfinity, evidence);
        if (LabelLine.Read(text) is not null || Byline.IsReadingTime(text) || WireCredit.Read(text) is not null) return (double.NegativeInfinity, evidence);
        if (PlaceDateLine.Read(text) is not null || TitleEvidence.LabelledDate(text) || TitleEvidence.IsBylineWithDesk(text) || ClosingDateLine.Is(text)) return (double.NegativeInfinity, evidence);
        // "CONFLICT ZONE INFORMATION BULLETIN": a label in capitals naming the page's genre is the label, not the headline.
        if (TextShapes.IsCapitalsLabel(text) && Genres.OwnLabel(text) is not null) return (double.NegativeInfinity, evidence);
        if (LabelledField.IsInList(lines, i) || LabelledField.IsNameList(text)) return (double.NegativeInfinity, evidence);
        if (i > 0 && LabelledField.Is(text) && LabelLine.HeadsFields(lines[i - 1])) return (double.NegativeInfinity, evidence);
        if (CollectiveByline.Is(text) || EmailHeaderLine.Is(text) || ForumThread.Header(text) is not null) return (double.NegativeInfinity, evidence);
        // "Main page" / "Random entry" / "About the Lexicon" / "Contribute": an item amid the site's menu, never the title.
        if (PageContentsList.IsAmidList(lines, i)) return (double.NegativeInfinity, evidence);
        // "From Openwiki, the free encyclopedia" under an entry's title: the site's tagline, never the title.
        if (EncyclopediaTagline.SiteName(text) is not null) return (double.NegativeInfinity, evidence);
        // "The open handbook of the salt trades" under the site's name, repeated by the tagline under the entry's title: the site's slogan.
        if (page.Taglines.Any(described => SameTitle(described, text))) return (double.NegativeInfinity, evidence);
        // "Speakers" / "Dr Ann Lee, Harwick Institute" / "Bo Ma, University of Corrow": one of a list of people with their places.
        // (A headline in title case can read as either, "Depot Fire in Marrow Cross Was Arson, Police Say": the crawler's
        // title spelling the line out says which it is.)
        var crawlerSays = hints.CrawlerTitle is { } crawled && SameTitle(text, crawled);
        if (!crawlerSays && page.InListOfPeople(i)) return (double.NegativeInfinity, evidence);
        // A role card, reporters with their places, an event's details or a call to action: the head's lines around the headline.
        if (!crawlerSays && HeadByline.IsNotHeadline(text)) return (double.NegativeInfinity, evidence);
        // "Video Journalist, Valley News" between a bare name and the date: the author's role under the byline.
        if (i > 0 && AuthorRoleLine.Is(text) && Byline.Read(lines[i - 1], allowBare: true, dateFollows: true) is not null)
            return (double.NegativeInfinity, evidence);

        double score = 0;
        var words = TextLines.WordCount(text);
        if (hints.CrawlerTitle is { } crawler && SameTitle(text, crawler)) { score += 5; evidence.Add("the crawler's title"); }
        else if (hints.CrawlerTitle is { } titled && IsPartOfCrawlerTitle(text, titled)) { score += 4; evidence.Add("the crawler's title, without its label or site name"); }
        if (raw.StartsWith("# ", StringComparison.Ordinal)) { score += 3; evidence.Add("a '# ' heading"); }
        else if (raw.StartsWith('#')) score += 1;
        if (BreadcrumbAbove(lines, i, text)) { score += 2; evidence.Add("the breadcrumb trail ends with it"); }
        // The page's own label ending in a genre noun ("CASE SUMMARY", "Enforcement notice") counts here as a kicker does,
        // though not among the head model's features, which were fitted without it.
        if (i > 0 && (IsKicker(lines[i - 1]) || IsSeriesLabel(lines[i - 1]) || IsShortLabelOver(lines[i - 1], text) || Genres.OwnLabel(lines[i - 1].Trim(), sentenceCase: true) is not null))
        { score += 1; evidence.Add("a section label right above it"); }
        // An unlabelled date over the line (not the value of a "Published" label, which belongs under a title).
        else if (i > 0 && DateLine.Read(lines[i - 1]) is { Role: DateRole.Plain } && (i < 2 || DateLine.LabelOnly(lines[i - 2]) is null)
            && i + 1 < lines.Count && DateLine.Read(lines[i + 1]) is null) { score += 1; evidence.Add("a date line right above it"); }
        // "Page   Discussion   Read   Edit   View history" over an entry's title.
        if (i > 0 && EncyclopediaChrome.IsPageTabs(lines[i - 1])) { score += 2.5; evidence.Add("a wiki's page tabs right above it"); }
        if (GenreShapes.IsEpisodeTitle(text)) { score += 1.5; evidence.Add("an episode number opening it"); }
        if (TitleEvidence.NamedByAddress(text, TitleEvidence.SlugWords(hints.Url))) { score += 2.5; evidence.Add("the page's address spells its words"); }
        // Printed again in the head; a line the page's foot prints again after the text is the site's name, not a headline.
        if (TitleEvidence.Repeated(lines, i, Math.Min(limit, bodyStart))) { score += 1.5; evidence.Add("the page prints it again"); }
        if (IsAboveSiteMenu(lines, i) && Enumerable.Range(0, i).All(k => Score(lines, k, limit, hints, bodyStart, page).Score == double.NegativeInfinity)) { score -= MastheadPenalty; evidence.Add("the page's top line, over the site's menu: its masthead"); }
        // "From:" / "Part of:" over a line: the line is the value of a page field, not a heading.
        if (i > 0 && IsFieldLabel(lines[i - 1])) score -= 3;
        // "Source" over "Kessara Coordination Office" over "Posted": a value in a stacked list of an aggregator's fields.
        else if (IsStackedFieldValue(lines, i)) { score -= 3; evidence.Add("a value in a list of page fields"); }
        // "… - Situation" over "Report No. 6": a report's title wrapped before its series number.
        if (i + 1 < lines.Count && hints.Continuations.Contains(i + 1) && TitleContinuation.IsNumberTail(lines[i + 1]))
        { score += 1; evidence.Add("a report's series number ends it"); }

        var below = BylineOrDateBelow(lines, i, limit, hints.NotTitles, hints.Continuations);
        // A blog prints each post under a date heading: a plain date over a title-shaped line over the post's first
        // prose heads the post below it, so it says nothing about the line above it (the blog's description).
        if (below == 1 && IsPostDateHeading(lines, i + 1)) below = 0;
        if (below == 1) { score += 2.5; evidence.Add("a byline or date line right under it"); }
        // "From Openwiki, the free encyclopedia" is printed right under an entry's title.
        else if (i + 1 < lines.Count && EncyclopediaTagline.SiteName(lines[i + 1]) is not null) { score += 2.5; evidence.Add("a reference work's tagline right under it"); }
        // Title, standfirst, byline: a standfirst (with its wrapped lines) at least as long as the line counts as much as none, and the
        // earlier line wins the tie (a standfirst is printed under its title, not above it).
        // A title in title case over a subtitle in sentence case is the title, however long the subtitle.
        else if (below == 2 && (words <= WrappedParagraphWords(lines, i + 1, hints.Continuations) || TitleLine.IsTitleShaped(raw) && !TitleLine.IsTitleShaped(lines[i + 1])
            || IsTitleOverSubtitle(text, lines[i + 1]))) { score += 2.5; evidence.Add("a standfirst and a byline or date line under it"); }
        else if (below == 2) { score += 1.5; evidence.Add("a byline or date line close under it"); }

        if (words is >= 3 and <= 25) { score += 1; }
        else if (words < 3) score -= 1.5;
        else score -= 3;
        if (char.IsUpper(text.TrimStart('"', '“', '‘', '\'')[0]) || char.IsDigit(text[0])) score += 0.5; else score -= 2;
        if (text[^1] is ':' or ',' or ';') score -= 2.5;
        if (text[^1] is '.' or '!' || SentenceBreak().IsMatch(text)) score -= 2;
        if (TitleLine.IsTitleShaped(raw)) score += 0.5;

        var ui = UiVocabulary.Find(text);
        if (ui.Count > 0) score -= Math.Min(4, 2 * ui.Count);
        if (UiVocabulary.AddressesReader(text)) score -= 1.5;
        if (SiteName.IsSiteName(text, hints.SiteNames, hints.Url)) score -= 5;
        // "BORDERLINES" over "A weekly letter on …": the publication's tagline under its name, not a piece's title.
        // Under the page's first line (its name, however unfamiliar) a tagline in sentence case is the masthead's too.
        else if (i > 0 && PublicationTagline.Is(text) && (SiteName.IsSiteName(lines[i - 1], hints.SiteNames, hints.Url) || IsSectionLabel(lines[i - 1])
            || i == 1 && ParagraphShape.IsSentenceCase(text))) score -= 5;
        // "Marrowgate Port Lexicon" / its menu / "Plain definitions of the words spoken on the quays …" / "Glossary entry" /
        // "Bunker note": a sentence-case line under the site's name and menu, over the page's own genre label and title,
        // is the site's description of itself.
        else if (i == 2 && NavigationBar.IsNavigation(lines[1]) && ParagraphShape.IsSentenceCase(text) && TextLines.WordCount(text) >= MinSiteDescriptionWords
            && text[^1] is not ('.' or '!' or '?') && LabelledTitleBelow(lines, i)) score -= 5;
        // "Parliament of Westmarch — Written questions and answers": the site's name and its tagline, a masthead.
        else if (MastheadParts().Match(text) is { Success: true } parts && TextLines.WordCount(parts.Groups["site"].Value) >= 2
            && SiteName.IsSiteName(parts.Groups["site"].Value, hints.SiteNames, hints.Url)) score -= 5;
        // A utility bar ("Members' area | Brokers | Claims 24/7: +00 …") or a line of fields ("Region: X · Issued …").
        var items = ItemSeparator().Split(text).Length;
        if (items >= 2) score -= Math.Min(5, 2 * (items - 1));
        if (PhoneNumber().IsMatch(text)) score -= 4;
        if (AuthorRoleLine.Is(text)) score -= 2;
        if (IsSectionLabel(text)) score -= 5;
        // A name-shaped line may be a byline, but not over a reference work's tagline: an entry's term may be a name ("Ada Vell").
        if (Byline.Read(text, allowBare: true, dateFollows: true) is not null && hints.CrawlerTitle is null
            && !(i + 1 < lines.Count && EncyclopediaTagline.SiteName(lines[i + 1]) is not null)) score -= 1.5;
        score -= 0.05 * i; // the earlier of two equal candidates
        return (score, evidence);
    }

    /// <summary>How many article sentences show that the body has begun: the first is where it begins.</summary>
    private const int ProseLinesOfBody = 1;

    /// <summary>
    /// The index of the body's first prose line: a line from there on is after the article's text began,
    /// and no title found there may turn the prose above it into header furniture. A cookie notice or a line
    /// addressing the reader is not article prose. <c>lines.Count</c> when the header holds no such prose.
    /// </summary>
    internal static int BodyProseStart(IReadOnlyList<string> lines)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && i < HeaderLines; i++)
        {
            // A hard-wrapped paragraph is prose only as a whole: its first line is not a title.
            var text = WrappedLines.Joined(lines, i);
            if (TextLines.WordCount(text) < 15 || !(ProseParagraph.Is(text) || ProseParagraph.IsLongEndingOnYear(text))) continue;
            // "INVESTIGATION" / "Care homes were told to cut night staff. Inspectors were not told" / "By …": a headline of two
            // sentences ends unstopped, under the page's label or over its byline or date.
            if (TextLines.WordCount(text) <= MaxUnstoppedHeadlineWords && !EndsStopped(text)
                && (i > 0 && IsSectionLabel(lines[i - 1]) || i + 1 < lines.Count && (Byline.Read(lines[i + 1]) is not null || DateLine.Read(lines[i + 1]) is not null))) continue;
            if (UiVocabulary.Find(text).Count > 0 || UiVocabulary.AddressesReader(text) && !IsLongProse(text)) continue;
            // A contributor's bio in a list of contributors says who wrote, not that the text has begun; but a reference entry
            // opens by saying what its term is ("Ada Vell is a steam launch …", under "Ada Vell" and its tagline).
            if (BioParagraph.IsBio(text) && !OpensWithEntryTerm(lines, i, text)) continue;
            if (++seen == ProseLinesOfBody) return i;
        }
        return lines.Count;
    }

    private static bool IsPersonWithPlace(string line) =>
        line.Contains(',', StringComparison.Ordinal) && EncyclopediaTagline.SiteName(line) is null
        && (AuthorsBlock.Entry(line) is not null || HeadByline.Read(line) is not null || SpeakerList.IsEntry(line));

    /// <summary>
    /// The paragraph at <paramref name="i"/> opens with a term printed above it as a reference entry's title: over the
    /// reference work's tagline or under a wiki's page tabs.
    /// </summary>
    private static bool OpensWithEntryTerm(IReadOnlyList<string> lines, int i, string text)
    {
        var subjects = BioParagraph.Subjects(text);
        for (var k = 0; k < i; k++)
            if (subjects.Contains(lines[k].Trim(), StringComparer.Ordinal)
                && (k + 1 < lines.Count && EncyclopediaTagline.SiteName(lines[k + 1]) is not null || k > 0 && EncyclopediaChrome.IsPageTabs(lines[k - 1])))
                return true;
        return false;
    }

    /// <summary>A line this long that ends without a stop may be a headline; a longer one is prose cut short.</summary>
    private const int MaxUnstoppedHeadlineWords = 30;

    /// <summary>Ends at a sentence's mark, perhaps inside a closing quote or bracket or before note markers ("river.[1]").</summary>
    private static bool EndsStopped(string text) =>
        NoteMarkersAtEnd().Replace(text.TrimEnd(), "").TrimEnd('"', '”', '’', '\'', ')', ']') is [.., '.' or '!' or '?' or '…'];

    [System.Text.RegularExpressions.GeneratedRegex(EndnoteShapes.MarkerRun + "$")]
    private static partial System.Text.RegularExpressions.Regex NoteMarkersAtEnd();

    /// <summary>
    /// A paragraph of several sentences and many words: a prompt or notice talks to the reader in a line or two, while a
    /// post's opening paragraph may say "you" and still be the text ("…with a few words on why each is worth your time").
    /// </summary>
    private static bool IsLongProse(string text) =>
        TextLines.WordCount(text) >= MinLongProseWords && TextLines.SentenceCount(text) >= MinLongProseSentences;

    private const int MinLongProseWords = 50;
    private const int MinLongProseSentences = 3;

    /// <summary>A section or category label ("ANALYSIS", "Commentary", "World"), or a short line in capitals.</summary>
    private const int MinSiteDescriptionWords = 6;

    /// <summary>A genre or section label right under the line (or one line further down), over a title-shaped line.</summary>
    private static bool LabelledTitleBelow(IReadOnlyList<string> lines, int at)
    {
        for (var j = at + 1; j <= at + 2 && j + 1 < lines.Count; j++)
            if ((IsSectionLabel(lines[j]) || Genres.OwnLabel(lines[j].Trim(), sentenceCase: true) is not null) && TitleLine.IsTitleShaped(lines[j + 1]))
                return true;
        return false;
    }

    public static bool IsSectionLabel(string text)
    {
        var t = text.Trim();
        if (SectionLabels.KnownKind(t) is not null) return true;
        return TextLines.WordCount(t) <= 3 && t.Any(char.IsLetter) && !t.Any(char.IsLower);
    }

    /// <summary>
    /// A genre label or label line printed over a title ("Press release", "THE LONG READ", "Policy Brief No. 7 | May 2024"),
    /// or the page's own label ending in a genre noun ("CASE SUMMARY", "Enforcement notice").
    /// </summary>
    private static bool IsKicker(string line) =>
        SectionLabels.KnownKind(line.Trim()) is not null || LabelLine.Read(line) is not null;

    /// <summary>How much standing over the site's menu at the page's top counts against a line (a masthead's name).</summary>
    private const double MastheadPenalty = 1.5;

    /// <summary>How many lines (a parent's banner, a language switch) may stand over a masthead.</summary>
    private const int MaxBannerLines = 2;

    /// <summary>
    /// "CaseLens — the case law database" over "Search cases | Legislation | …": the page's first candidate line (the
    /// caller checks that the lines above it, a parent's banner, are no candidates), with the site's menu bar one or two
    /// lines under it, is the site's masthead; a page prints its headline under its menu, not over it.
    /// </summary>
    private static bool IsAboveSiteMenu(IReadOnlyList<string> lines, int i)
    {
        if (i > MaxBannerLines) return false;
        for (var k = i + 1; k <= i + 2 && k < lines.Count; k++)
        {
            var line = lines[k].Trim();
            if (NavigationBar.IsNavigation(line) && NavigationBar.BreadcrumbTail(line) is null && !NavigationBar.IsArrowTrail(line) && !IsShareBar(line)
                && LabelLine.Read(line) is null) return true;
            if (MenuButton().IsMatch(line)) return true;
        }
        return false;
    }

    /// <summary>A bar of buttons to share, print or save the piece: printed under a headline, not under a masthead.</summary>
    private static bool IsShareBar(string line) =>
        UiVocabulary.Find(line).Any(hit => ShareWords.Any(w => hit.Phrase.Contains(w, StringComparison.Ordinal)));

    private static readonly string[] ShareWords = ["share", "print", "email", "tweet", "save", "copy link"];

    /// <summary>
    /// Line <paramref name="i"/> is the value under a field's label standing alone ("Source" / "Kessara Coordination
    /// Office"), in a list of such fields: another label two lines above it, or a label (or a date's label) right under it.
    /// </summary>
    private static bool IsStackedFieldValue(IReadOnlyList<string> lines, int i) =>
        i > 0 && PageField.IsLabelAlone(lines[i - 1])
        && (i >= 3 && PageField.IsLabelAlone(lines[i - 3])
            || i + 1 < lines.Count && (PageField.IsLabelAlone(lines[i + 1]) || DateLine.LabelOnly(lines[i + 1]) is not null));

    /// <summary>A short label ending in a colon ("From:", "Published in:"), whose value is the next line.</summary>
    public static bool IsFieldLabel(string line)
    {
        var t = line.Trim();
        return t.Length is >= 3 and <= 30 && t[^1] == ':' && TextLines.WordCount(t) <= 3;
    }

    /// <summary>1 when a byline or date line is the next line, 2 when it is the one after (under a standfirst), else 0.</summary>
    private static bool IsPostDateHeading(IReadOnlyList<string> lines, int at) =>
        at + 2 < lines.Count && DateLine.Read(lines[at]) is { Role: DateRole.Plain }
        && TitleLine.IsTitleShaped(lines[at + 1]) && DateLine.Read(lines[at + 1]) is null && Byline.Read(lines[at + 1]) is null
        && TextLines.WordCount(lines[at + 1]) is >= 3 and <= 25
        && BodyProseStart(lines) == at + 2;

    /// <summary>
    /// "Neutral citation: [2032] OHC 211" / "Judges: …" over "Date of judgment: …": a page field (not itself a date or a
    /// byline) in a run of fields that reaches a date line stands between the headline and its date as a head line does.
    /// </summary>
    private static bool IsFieldOverDate(IReadOnlyList<string> lines, int k)
    {
        for (var j = k; j < lines.Count && j < k + MaxFieldsOverDate; j++)
        {
            if (!LabelledField.Is(lines[j]) || Byline.Read(lines[j]) is not null) return false;
            if (DateLine.Read(lines[j]) is not null) return j > k;
        }
        return false;
    }

    private const int MaxFieldsOverDate = 4;

    private static int BylineOrDateBelow(IReadOnlyList<string> lines, int i, int limit, IReadOnlySet<int> notTitles, IReadOnlySet<int> continuations)
    {
        // Buttons and reading times between a name and its date ("Follow", "7 min read", "·") are passed over, and so
        // are an event's details between a recap's headline and its byline.
        var below = Enumerable.Range(i + 1, Math.Max(0, lines.Count - i - 1))
            .Where(k => !continuations.Contains(k) && !HeaderWidget.Is(lines[k]) && !Byline.IsReadingTime(lines[k]) && !SessionDetailsLine.Is(lines[k])
                && !IsFieldOverDate(lines, k)).Take(3).ToList();
        for (var step = 1; step <= 2 && step <= below.Count && below[step - 1] < limit; step++)
        {
            var at = below[step - 1];
            if (notTitles.Contains(at)) return 0; // a reviewed book's "By" line is not the page's byline
            // Role cards under "Speakers" name who spoke, not who wrote the line above them.
            if (at > 0 && SpeakerList.IsLabel(lines[at - 1])) return 0;
            var line = lines[at].Trim();
            var dateAfter = step < below.Count && (DateLine.Read(lines[below[step]]) is not null
                || TimestampLine.Is(lines[below[step]]) || AuthorRoleLine.Is(lines[below[step]]) || PlaceDateLine.Read(lines[below[step]]) is not null);
            // A bare time ("21.15 CET") two lines down stamps the next entry of a live page, not this line.
            if (DateLine.Read(line) is not null || step == 1 && TimestampLine.Is(line) || Byline.Read(line, allowBare: true, dateFollows: dateAfter) is not null
                || CollectiveByline.Is(line) || HeadByline.Read(line) is not null) return step;
            if (step == 1 && (WireDateline.Read(line) is not null || PlaceDateLine.Read(line) is not null)) return step;
        }
        return 0;
    }

    /// <summary>A breadcrumb above the line ends with the same words.</summary>
    private static bool BreadcrumbAbove(IReadOnlyList<string> lines, int i, string text)
    {
        for (var j = Math.Max(0, i - 3); j < i; j++)
            if (NavigationBar.BreadcrumbTail(lines[j]) is { } tail && SameTitle(tail, text)) return true;
        return false;
    }

    /// <summary>
    /// The crawler's title is the line with a label before it or a site name after it that its suffix split did not
    /// take off ("Risk Note 12/3 — TITLE", "TITLE - Site | Edition"): the line is one of its parts, of three words or more.
    /// </summary>
    private static bool IsPartOfCrawlerTitle(string text, string crawler)
    {
        if (TextLines.WordCount(text) < 3) return false;
        // "Fenmoor Institute: Mapping the Routes": the site's name before a colon.
        var colon = crawler.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && TextLines.WordCount(crawler[..colon]) <= 5 && SameTitle(crawler[(colon + 2)..], text)) return true;
        var parts = CrawlerPartSeparator().Split(crawler);
        if (parts.Length < 2) return false;
        return SameTitle(parts[0], text) || SameTitle(parts[^1], text)
            || Enumerable.Range(1, parts.Length - 1).Any(k => SameTitle(string.Join(" - ", parts[..k]), text) || SameTitle(string.Join(" - ", parts[k..]), text));
    }

    /// <summary>
    /// A series label with its number, printed over a title ("Risk Note 26/41", "Working Paper 112", "Briefing No. 9"):
    /// one to three words, the first capitalised, and a number, perhaps a reference with letters ("Sanctions Notice SN-2026/48").
    /// </summary>
    internal static bool IsSeriesLabel(string line) => SeriesLabel().IsMatch(line.Trim());

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,2}\s+(?:No\.?\s*|#\s*|\p{Lu}{1,4}[-/ ]?)?\d{1,4}(?:[/.\-]\d{1,4}){0,2}$")]
    private static partial System.Text.RegularExpressions.Regex SeriesLabel();

    /// <summary>"MENU ☰    Search", "☰ Menu": the button that opens a site's menu.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:menu\b|☰)|☰", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MenuButton();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+[|·•]\s+")]
    private static partial System.Text.RegularExpressions.Regex ItemSeparator();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<site>[^—–|]+?)\s+[—–|]\s+\S")]
    private static partial System.Text.RegularExpressions.Regex MastheadParts();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+[|–—-]\s+")]
    private static partial System.Text.RegularExpressions.Regex CrawlerPartSeparator();

    /// <summary>A telephone number: eight or more digits in groups, often after a "+".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\+|\b)\d{1,4}(?:[ .\-]?\(?\d{1,4}\)?){2,5}[ .\-]?\d{3,4}\b")]
    private static partial System.Text.RegularExpressions.Regex PhoneNumber();

    /// <summary>Equal after normalising case, punctuation and spacing.</summary>
    public static bool SameTitle(string a, string b) => TextShapes.NormalizeForMatch(a) == TextShapes.NormalizeForMatch(b);

    /// <summary>A full stop between sentences, not after an abbreviation ("No. 6", "Ep. 12", "Dr. Lee", a case name's "v. Smith").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(?:No|Nos|Vol|Ep|Dr|St|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Jr|Sr|vs|v|Pt|Art|Fig|[A-Z]))\. ")]
    private static partial System.Text.RegularExpressions.Regex SentenceBreak();
}
