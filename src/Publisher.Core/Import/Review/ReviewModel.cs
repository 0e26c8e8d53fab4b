using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Review;

/// <summary>One seed line as the report shows it, with the decisions and diagnostics about it.</summary>
/// <param name="Anchor">The line's id in the report, unique across seeds.</param>
public sealed record ReviewLine(int Number, string Text, string Anchor, IReadOnlyList<FixupAction> Decisions, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsMarked => Decisions.Count > 0 || Diagnostics.Count > 0;
}

/// <summary>A run of consecutive seed lines.</summary>
public sealed record ReviewSpan(string Path, IReadOnlyList<ReviewLine> Lines)
{
    public int FirstLine => Lines.Count == 0 ? 0 : Lines[0].Number;
    public int LastLine => Lines.Count == 0 ? 0 : Lines[^1].Number;
}

/// <summary>An article with the seed lines it came from and every decision taken about them.</summary>
public sealed record ReviewArticle(ArticleResult Article, string Anchor, IReadOnlyList<ReviewSpan> Spans, IReadOnlyList<FixupAction> Decisions);

/// <summary>One decision in a per-kind list: where it is, and the article it belongs to (null: outside every article).</summary>
public sealed record ReviewItem(FixupAction Decision, string? LineAnchor, ReviewArticle? Article);

/// <summary>All decisions of one kind across articles.</summary>
public sealed record ReviewKind(string Kind, string Label, string Anchor, IReadOnlyList<ReviewItem> Items);

/// <summary>
/// The review report's content, computed from an <see cref="ImportReport"/>: each article's seed lines with the
/// decisions at them, the lines outside every article (mastheads, unread seeds), decisions per kind, diagnostics.
/// </summary>
public sealed record ReviewModel(
    ImportReport Report,
    IReadOnlyList<ReviewArticle> Articles,
    IReadOnlyList<ReviewSpan> Outside,
    IReadOnlyList<ReviewKind> Kinds,
    IReadOnlyDictionary<string, string> LineAnchors)
{
    public static ReviewModel From(ImportReport report)
    {
        var decisions = report.Decisions;
        var seedIndex = report.SeedTexts.Select((s, i) => (s.Path, i)).ToDictionary(x => x.Path, x => x.i, StringComparer.Ordinal);
        string? AnchorOf(SourceLocation? at) =>
            at is { Line: > 0 } && seedIndex.TryGetValue(at.Path, out var i) && at.Line <= report.SeedTexts[i].Lines.Count
                ? LineAnchor(i, at.Line) : null;

        ReviewLine Line(SeedSource seed, int number) => new(number, seed.Lines[number - 1], LineAnchor(seedIndex[seed.Path], number),
            decisions.Where(d => At(d.Location, seed.Path, number)).ToList(),
            report.Diagnostics.Where(d => At(d.Location, seed.Path, number)).ToList());

        var articles = new List<ReviewArticle>();
        var covered = new HashSet<(string, int)>();
        foreach (var (article, k) in report.Articles.Select((a, k) => (a, k)))
        {
            var spans = new List<ReviewSpan>();
            foreach (var span in article.Spans)
            {
                if (report.SeedTexts.FirstOrDefault(s => s.Path == span.Path) is not { } seed) continue;
                var last = Math.Min(span.LastLine, seed.Lines.Count);
                spans.Add(new ReviewSpan(span.Path, Enumerable.Range(span.FirstLine, Math.Max(0, last - span.FirstLine + 1)).Select(n => Line(seed, n)).ToList()));
                for (var n = span.FirstLine; n <= last; n++) covered.Add((span.Path, n));
            }
            var own = decisions.Where(d => article.Spans.Any(s => s.Contains(d.Location))).ToList();
            articles.Add(new ReviewArticle(article, $"article-{k + 1}", spans, own));
        }

        // Lines outside every article that say something: runs of uncovered lines with text in them.
        var outside = new List<ReviewSpan>();
        foreach (var seed in report.SeedTexts)
        {
            var run = new List<ReviewLine>();
            void Flush()
            {
                while (run.Count > 0 && TextLines.IsBlank(run[^1].Text) && !run[^1].IsMarked) run.RemoveAt(run.Count - 1);
                if (run.Any(l => !TextLines.IsBlank(l.Text) || l.IsMarked)) outside.Add(new ReviewSpan(seed.Path, run.ToList()));
                run.Clear();
            }
            for (var n = 1; n <= seed.Lines.Count; n++)
            {
                if (covered.Contains((seed.Path, n))) { Flush(); continue; }
                if (run.Count == 0 && TextLines.IsBlank(seed.Lines[n - 1])) continue;
                run.Add(Line(seed, n));
            }
            Flush();
        }

        var kinds = DecisionLabels.Ordered(decisions.Select(d => d.Kind))
            .Select(kind => new ReviewKind(kind, DecisionLabels.For(kind), KindAnchor(kind),
                decisions.Where(d => d.Kind == kind)
                    .Select(d => new ReviewItem(d, AnchorOf(d.Location), articles.FirstOrDefault(a => a.Article.Spans.Any(s => s.Contains(d.Location)))))
                    .ToList()))
            .ToList();

        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in report.Diagnostics)
            if (d.Location is { } at && AnchorOf(at) is { } anchor) anchors[at.ToString()] = anchor;
        return new ReviewModel(report, articles, outside, kinds, anchors);
    }

    /// <summary>The anchor of a seed line, for a diagnostic's or decision's location (null when the report does not show it).</summary>
    public string? AnchorFor(SourceLocation? location) =>
        location is null ? null : LineAnchors.TryGetValue(location.ToString(), out var anchor) ? anchor : null;

    public static string KindAnchor(string kind) =>
        "kind-" + new string(kind.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());

    private static string LineAnchor(int seed, int line) => $"seed{seed + 1}-line{line}";

    private static bool At(SourceLocation? location, string path, int line) =>
        location is not null && location.Line == line && location.Path == path;
}
