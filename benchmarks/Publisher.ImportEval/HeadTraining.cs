using System.Collections.Concurrent;
using System.Globalization;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.ImportEval;

/// <summary>
/// <c>--train-head</c>: fits the head model (<see cref="TitleModel"/>) over the labelled corpus and measures it by
/// leave-one-set-out cross-validation. Each web page import reads as a scrape gives its title candidates with their
/// features (<see cref="WebScrapeFormat.TitleCandidates"/>); a candidate is right when the title it gives is the labelled
/// one. Per set, a page's title is right with (a) the rules' line, (b) the model's most probable line, (c) the rules'
/// line unless they are unsure and the model confident (<see cref="TitleModel.Hybrid"/>),
/// each model fitted without the set. Last, the weights fitted over every set, to paste into <see cref="TitleModel.Weights"/>.
/// Deterministic: full-batch gradient descent from zero, fixed steps.
/// </summary>
internal static class HeadTraining
{
    /// <summary>Folders never read here: <see cref="DevelopmentSets.NeverFitted"/>.</summary>
    private static readonly HashSet<string> NotRead = new(DevelopmentSets.NeverFitted, StringComparer.Ordinal);

    private sealed record Page(string Set, string Name, IReadOnlyList<TitleCandidate> Candidates, bool[] Right);

    private const int Steps = 800;
    private const double Rate = 0.3;
    private const double Momentum = 0.9;
    private const double L2 = 0.01;

    /// <param name="aloneFile">When given, the features-only model fitted on every set read is written there (for <c>--titles-by-model</c>).</param>
    public static int Run(string repoRoot, string? aloneFile = null)
    {
        var corpus = Path.Combine(repoRoot, "tests", "ImportCorpus");
        var sets = Directory.GetDirectories(corpus).Select(Path.GetFileName).OfType<string>()
            .Where(s => !NotRead.Contains(s) && Directory.GetFiles(Path.Combine(corpus, s), "*.labels.yml").Length > 0)
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
        var pages = new List<Page>();
        foreach (var set in sets) pages.AddRange(PagesOf(repoRoot, Path.Combine(corpus, set), set));
        Console.WriteLine($"{pages.Count} web pages read as scrapes in {pages.Select(p => p.Set).Distinct().Count()} sets; {pages.Count(p => p.Right.Any(r => r))} with a candidate that gives the labelled title");

        foreach (var page in pages.Where(p => !p.Right[Math.Max(0, p.Candidates.ToList().FindIndex(c => c.RulesPick))]))
            Console.WriteLine($"  rules miss {page.Set}/{page.Name}: chose '{page.Candidates.FirstOrDefault(c => c.RulesPick)?.Text}'; right candidate: {(page.Right.Any(r => r) ? "'" + page.Candidates[Array.IndexOf(page.Right, true)].Text + "'" : "none")}");
        Console.WriteLine($"{"set",-22} {"pages",5} {"rules",6} {"model",6} {"hybrid",6} {"no-rule",7}");
        var totals = new int[5];
        foreach (var group in pages.GroupBy(p => p.Set).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var training = pages.Where(p => p.Set != group.Key && p.Right.Any(r => r)).ToList();
            var weights = Fit(training, 0);
            // The same model without what the rules say (their score, pick and gap, their veto): the features alone.
            var alone = Fit(training, RuleFeatures);
            var (rules, model, hybrid, bare) = (0, 0, 0, 0);
            foreach (var page in group)
            {
                var (r, m, h) = Choices(page, weights);
                rules += Right(page, r); model += Right(page, m); hybrid += Right(page, h);
                bare += Right(page, Choices(page, alone).Model);
            }
            var n = group.Count();
            totals[0] += n; totals[1] += rules; totals[2] += model; totals[3] += hybrid; totals[4] += bare;
            if (rules != model || rules != hybrid || rules != bare) Console.WriteLine($"{group.Key,-22} {n,5} {rules,6} {model,6} {hybrid,6} {bare,7}");
        }
        Console.WriteLine($"{"TOTAL (every set)",-22} {totals[0],5} {totals[1],6} {totals[2],6} {totals[3],6} {totals[4],7}   (sets not listed: all agree)");
        CrossValidateGrid(pages);

        var all = Fit(pages.Where(p => p.Right.Any(r => r)).ToList(), 0);
        if (aloneFile is not null)
        {
            var alone = Fit(pages.Where(p => p.Right.Any(r => r)).ToList(), RuleFeatures);
            File.WriteAllText(aloneFile, string.Join(',', alone.Select(w => w.ToString("R", CultureInfo.InvariantCulture))));
            Console.WriteLine("features-only weights, for TitleModel.FeaturesOnlyWeights:");
            Console.WriteLine("[" + string.Join(", ", alone.Select(w => w.ToString("0.0000", CultureInfo.InvariantCulture))) + "]");
            Console.WriteLine($"wrote the features-only weights to {aloneFile}");
        }
        var (ra, ma, ha) = (0, 0, 0);
        foreach (var page in pages)
        {
            var (r, m, h) = Choices(page, all);
            ra += Right(page, r); ma += Right(page, m); ha += Right(page, h);
            if (h != r) Console.WriteLine($"  fitted on all, hybrid changes {page.Set}/{page.Name}: '{page.Candidates[r].Text}' -> '{page.Candidates[h].Text}' ({(page.Right[h] ? "right" : "wrong")})");
        }
        Console.WriteLine($"fitted on all sets (not a measure): rules {ra}, model {ma}, hybrid {ha} of {pages.Count}");
        Console.WriteLine("weights (PageTitle.FeatureNames order), for TitleModel.Weights:");
        Console.WriteLine("[" + string.Join(", ", all.Select(w => w.ToString("0.0000", CultureInfo.InvariantCulture))) + "]");
        foreach (var (name, w) in PageTitle.FeatureNames.Zip(all).OrderByDescending(x => Math.Abs(x.Second)).Take(12))
            Console.WriteLine($"  {w,8:0.000}  {name}");
        return 0;
    }

    /// <summary>
    /// The features-only model deciding where the rules are weak (import's <see cref="TitleModel.Decides"/> at its margin and lead), by leave-one-set-out cross-validation over a grid of
    /// criteria: the rules' margin over the model's line under <c>m</c> and the model's lead over the rules' line at least
    /// <c>c</c>, on every page or only on pages without a crawler title. Prints each criterion's total and the pages it flips.
    /// </summary>
    private static void CrossValidateGrid(List<Page> pages)
    {
        var margins = new[] { 0.5, 1.0, 2.0, 3.0, 4.0, 6.0, double.PositiveInfinity };
        var leads = new[] { 0.0, 0.2, 0.4, 0.6, 0.8 };
        var shapes = new[] { "all", "no-crawler" };
        var rightBy = new Dictionary<(double, double, string), (int Right, int Flips, int Gained, int Lost)>();
        var fits = pages.Select(p => p.Set).Distinct().ToDictionary(s => s, s => Fit(pages.Where(p => p.Set != s && p.Right.Any(r => r)).ToList(), RuleFeatures));
        foreach (var page in pages)
        {
            var c = page.Candidates;
            var rules = Math.Max(0, c.ToList().FindIndex(x => x.RulesPick));
            var p = TitleModel.Probabilities(c, fits[page.Set]);
            var model = 0;
            for (var k = 1; k < p.Length; k++) if (p[k] > p[model]) model = k;
            var crawler = c.Any(x => x.Features[19] + x.Features[20] + x.Features[21] > 0);
            foreach (var m in margins)
                foreach (var lead in leads)
                    foreach (var shape in shapes)
                    {
                        var flip = c.Any(x => x.RulesPick) && (shape == "all" || !crawler)
                            && TitleModel.Decides(c, c[rules].Index, fits[page.Set], m, lead) is not null;
                        var at = flip ? model : rules;
                        var key = (m, lead, shape);
                        if (flip && m == TitleModel.ModelMargin && lead == TitleModel.ModelLead && shape == "all")
                            Console.WriteLine($"  import's criterion flips {page.Set}/{page.Name}: '{c[rules].Text}' -> '{c[model].Text}' ({(page.Right[model] ? "right" : page.Right[rules] ? "wrong, the rules were right" : "wrong")})");
                        var (r, f, g, l) = rightBy.GetValueOrDefault(key);
                        var gained = flip && page.Right[model] && !page.Right[rules] ? 1 : 0;
                        var lost = flip && !page.Right[model] && page.Right[rules] ? 1 : 0;
                        rightBy[key] = (r + Right(page, at), f + (flip ? 1 : 0), g + gained, l + lost);
                    }
        }
        Console.WriteLine($"features-only model deciding where the rules are weak (leave-one-set-out), of {pages.Count} pages:");
        Console.WriteLine($"{"margin",7} {"lead",5} {"shape",-10} {"right",6} {"flips",6} {"gained",7} {"lost",5}");
        foreach (var ((m, lead, shape), (r, f, g, l)) in rightBy.OrderBy(x => x.Key.Item1).ThenBy(x => x.Key.Item2).ThenBy(x => x.Key.Item3))
            Console.WriteLine($"{m,7:0.0} {lead,5:0.0} {shape,-10} {r,6} {f,6} {g,7} {l,5}");
    }

    private static int Right(Page page, int at) => at >= 0 && page.Right[at] ? 1 : 0;

    /// <summary>The candidate (position in the page's list) the rules, the model and the hybrid choose.</summary>
    private static (int Rules, int Model, int Hybrid) Choices(Page page, double[] weights)
    {
        var c = page.Candidates;
        var rules = Math.Max(0, c.ToList().FindIndex(x => x.RulesPick));
        var p = TitleModel.Probabilities(c, weights);
        var model = 0;
        for (var k = 1; k < p.Length; k++) if (p[k] > p[model]) model = k;
        var hybrid = c.Any(x => x.RulesPick) ? c.ToList().FindIndex(x => x.Index == TitleModel.Hybrid(c, c[rules].Index, weights)) : rules;
        return (rules, model, hybrid);
    }

    /// <summary>Conditional logit: maximise the log of the probability mass on a page's right candidates, L2-penalised.</summary>
    /// <summary>The first features say what the rules decided (score, pick, gap, veto).</summary>
    private const int RuleFeatures = 4;

    /// <param name="skip">Features held at zero weight (the first <paramref name="skip"/>).</param>
    private static double[] Fit(IReadOnlyList<Page> pages, int skip)
    {
        var n = PageTitle.FeatureNames.Length;
        var w = new double[n];
        var velocity = new double[n];
        for (var step = 0; step < Steps; step++)
        {
            var grad = new double[n];
            foreach (var page in pages)
            {
                var p = TitleModel.Probabilities(page.Candidates, w);
                var mass = 0.0;
                for (var k = 0; k < p.Length; k++) if (page.Right[k]) mass += p[k];
                if (mass <= 0) continue;
                for (var k = 0; k < p.Length; k++)
                {
                    var target = page.Right[k] ? p[k] / mass : 0;
                    var f = page.Candidates[k].Features;
                    for (var j = 0; j < n; j++) grad[j] += (p[k] - target) * f[j];
                }
            }
            for (var j = 0; j < n; j++)
            {
                velocity[j] = Momentum * velocity[j] - Rate * (grad[j] / Math.Max(1, pages.Count) + L2 * w[j]);
                w[j] = j < skip ? 0 : w[j] + velocity[j];
            }
        }
        return w;
    }

    /// <summary>The set's web pages that import reads as scrapes, with their candidates; import runs as the harness runs it.</summary>
    private static IEnumerable<Page> PagesOf(string repoRoot, string folder, string set)
    {
        var problems = new List<string>();
        var labels = CorpusLabels.LoadSet(folder, problems).ToDictionary(l => l.Name, StringComparer.Ordinal);
        if (problems.Count > 0) yield break;
        var read = new ConcurrentDictionary<string, (string Text, RawSource Source)>(StringComparer.Ordinal);
        var formats = RawFormats.All.Select(f => (IRawFormat)new RecordingFormat(f, read)).ToList();
        ImportRun.Run(repoRoot, [folder], withSidecars: true, formats);
        foreach (var (path, (text, source)) in read.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (!labels.TryGetValue(name, out var label) || label.Articles.Count != 1) continue;
            var candidates = WebScrapeFormat.TitleCandidates(text, source);
            if (candidates.Count == 0) continue;
            var expected = label.Articles[0].Title?.Trim() ?? "";
            yield return new Page(set, name, candidates, candidates.Select(c => string.Equals(c.Text.Trim(), expected, StringComparison.Ordinal)).ToArray());
        }
    }

    /// <summary>A format that remembers the text and source a scrape reader was handed.</summary>
    private sealed class RecordingFormat(IRawFormat inner, ConcurrentDictionary<string, (string Text, RawSource Source)> read) : IRawFormat
    {
        public string Name => inner.Name;
        public int TextFidelity => inner.TextFidelity;
        public double Detect(string text) => inner.Detect(text);
        public double Detect(string text, RawSource source) => inner.Detect(text, source);

        public RawReadResult Read(string text, RawSource source)
        {
            if (inner is WebScrapeFormat) read[source.Path] = (text, source);
            return inner.Read(text, source);
        }
    }
}
