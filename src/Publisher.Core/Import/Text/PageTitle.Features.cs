namespace Publisher.Core.Import.Text;

/// <summary>One line of a page's head as a title candidate: what the rules scored it and the features the head model weighs.</summary>
/// <param name="Index">The line (0-based, among the page's non-blank lines).</param>
/// <param name="RuleScore">The rules' score (<see cref="PageTitle"/>); negative infinity for a line the rules rule out.</param>
/// <param name="Features">The line's features, in <see cref="PageTitle.FeatureNames"/>' order.</param>
/// <param name="Text">The title the line gives (with the next line when the headline goes on over it).</param>
public sealed record TitleCandidate(int Index, double RuleScore, double[] Features, string Text)
{
    /// <summary>Whether the rules chose this line (their best score over the threshold).</summary>
    public bool RulesPick { get; init; }
}

public static partial class PageTitle
{
    /// <summary>The head model's features, in order (<see cref="TitleModel"/>'s weights follow it).</summary>
    public static readonly string[] FeatureNames =
    [
        "rule score", "rules' pick", "gap to rules' pick", "ruled out by rules", "position", "first line",
        "log words", "under 3 words", "over 20 words", "title case", "sentence case", "capitals",
        "ends . or !", "ends :", "ends ?", "has a figure", "date line", "address or handle",
        "item separator", "same as crawler title", "part of crawler title", "crawler title differs", "site name", "site name suffix",
        "byline/date under", "byline/date 2 under", "label above", "words in first paragraph", "interface words", "addresses reader",
        "1-2 lines over the text", "'# ' heading", "printed twice", "section label", "name-shaped",
    ];

    /// <summary>
    /// Every line of the head the rules weigh (the first <see cref="HeaderLines"/> above the first prose) as a candidate,
    /// with its features: what the rules say of it, its place, length, case, end mark, what it contains (figures, dates,
    /// addresses, separators, the site's name), what stands over and under it, and how many of its words the text repeats.
    /// </summary>
    public static IReadOnlyList<TitleCandidate> Candidates(IReadOnlyList<string> lines, PageTitleHints hints)
    {
        hints = WithNumberTails(lines, hints);
        return Candidates(lines, hints, RuleScores(lines, hints).Scores);
    }

    private static IReadOnlyList<TitleCandidate> Candidates(IReadOnlyList<string> lines, PageTitleHints hints, double[] scores)
    {
        var bodyStart = BodyProseStart(lines);
        var limit = scores.Length;
        var rulesPick = -1;
        for (var i = 0; i < limit; i++) if (scores[i] > double.NegativeInfinity && (rulesPick < 0 || scores[i] > scores[rulesPick])) rulesPick = i;
        if (rulesPick < 0) return [];
        var body = bodyStart < lines.Count ? ContentWords(string.Join(' ', lines.Skip(bodyStart).Take(3))) : [];
        var headLimit = Math.Min(lines.Count, HeaderLines);
        var result = new List<TitleCandidate>(limit);
        for (var i = 0; i < limit; i++)
            result.Add(new TitleCandidate(i, scores[i], Features(lines, i, hints, scores, rulesPick, bodyStart, headLimit, body),
                TwoLineHeadline(lines, new PageTitleChoice(i, TitleText(lines[i]), []), scores, hints).Text)
            { RulesPick = i == rulesPick && scores[i] >= Threshold });
        return result;
    }

    private static double[] Features(IReadOnlyList<string> lines, int i, PageTitleHints hints, double[] scores, int rulesPick, int bodyStart, int headLimit, HashSet<string> body)
    {
        var raw = TitleTag.Strip(lines[i].Trim()).Title;
        var text = TitleEvidence.Unlinked(TitleLine.StripHeadingMark(raw));
        if (text.Length == 0) text = raw;
        var words = TextLines.WordCount(text);
        var score = scores[i];
        var vetoed = double.IsNegativeInfinity(score);
        var clipped = vetoed ? -10 : Math.Clamp(score, -10, 15);
        var best = scores[rulesPick];
        var last = text.Length > 0 ? text[^1] : ' ';
        var below = BylineOrDateBelow(lines, i, headLimit, hints.NotTitles, hints.Continuations);
        var own = ContentWords(text);
        var crawler = hints.CrawlerTitle;
        var sameCrawler = crawler is not null && SameTitle(text, crawler);
        var partCrawler = crawler is not null && !sameCrawler && IsPartOfCrawlerTitle(text, crawler);
        var titleCase = ParagraphShape.LooksLikeTitleCaseHeading(text);
        var capitals = text.Any(char.IsLetter) && !text.Any(char.IsLower);
        return
        [
            clipped / 5,
            i == rulesPick ? 1 : 0,
            vetoed ? -2 : Math.Clamp(score - best, -10, 0) / 5,
            vetoed ? 1 : 0,
            i / 10.0,
            i == 0 ? 1 : 0,
            Math.Log(1 + words),
            words < 3 ? 1 : 0,
            words > 20 ? 1 : 0,
            titleCase && !capitals ? 1 : 0,
            !titleCase && !capitals && text.Any(char.IsLower) ? 1 : 0,
            capitals ? 1 : 0,
            last is '.' or '!' ? 1 : 0,
            last == ':' ? 1 : 0,
            last == '?' ? 1 : 0,
            text.Any(char.IsDigit) ? 1 : 0,
            DateLine.Read(text) is not null ? 1 : 0,
            text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains('@') ? 1 : 0,
            ItemSeparator().IsMatch(text) || text.Contains(" » ", StringComparison.Ordinal) || text.Contains(" « ", StringComparison.Ordinal) || text.Contains(" :: ", StringComparison.Ordinal) ? 1 : 0,
            sameCrawler ? 1 : 0,
            partCrawler ? 1 : 0,
            crawler is not null && !sameCrawler && !partCrawler ? 1 : 0,
            SiteName.IsSiteName(text, hints.SiteNames, hints.Url) ? 1 : 0,
            TitleSiteSuffix.Strip(text, hints.SiteNames.ToList(), hints.Url).Removed is not null ? 1 : 0,
            below == 1 ? 1 : 0,
            below == 2 ? 1 : 0,
            i > 0 && (IsKicker(lines[i - 1]) || IsSeriesLabel(lines[i - 1]) || IsShortLabelOver(lines[i - 1], text)) ? 1 : 0,
            own.Count == 0 || body.Count == 0 ? 0 : own.Count(body.Contains) / (double)own.Count,
            UiVocabulary.Find(text).Count > 0 ? 1 : 0,
            UiVocabulary.AddressesReader(text) ? 1 : 0,
            bodyStart < lines.Count && bodyStart - i is >= 1 and <= 2 ? 1 : 0,
            raw.StartsWith("# ", StringComparison.Ordinal) ? 1 : 0,
            TitleEvidence.Repeated(lines, i, headLimit) ? 1 : 0,
            IsSectionLabel(text) ? 1 : 0,
            Byline.Read(text, allowBare: true, dateFollows: true) is not null ? 1 : 0,
        ];
    }

    /// <summary>Lower-cased words of four letters or more.</summary>
    private static HashSet<string> ContentWords(string text) =>
        TextShapes.NormalizeForMatch(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
}
