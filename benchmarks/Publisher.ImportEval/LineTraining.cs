using System.Globalization;
using System.Text;
using Publisher.Core.Import.Text;

namespace Publisher.ImportEval;

/// <summary>
/// <c>--train-lines</c>: fits the line model (<see cref="LineModel"/>) on the labelled corpus and measures it by
/// leave-one-set-out cross-validation. Every fitting folder is imported on its own (repetition across files is per
/// import); each unit the boilerplate classifier judges is traced with its seed lines, labelled article text when most of
/// its lines are in a labelled article's text, and the model — a ridge-regularised logistic regression fitted by Newton's
/// method, deterministic — is fitted on the units the model may judge.
/// Options: <c>--features FILE</c> reads (or, when missing, writes) the traced features, so refits need no import;
/// <c>--write-weights</c> rewrites <c>LineModelWeights.cs</c>; without it the mode says whether the committed weights
/// equal what training produces.
/// </summary>
internal static partial class LineTraining
{
    /// <summary>
    /// Folders never trained on: <see cref="DevelopmentSets.NeverFitted"/> and the earlier new-case folders the committed
    /// weights were fitted without.
    /// </summary>
    private static readonly string[] NotForTraining = [.. DevelopmentSets.NeverFitted, "issue8-new", "kind8-new", "lines15-new"];

    private static readonly double[] OperatingPoints = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3, 0.35, 0.4];
    /// <summary>Chosen by the cross-validation below (1, 3, 10, 30 tried): the most furniture removed with no article text lost.</summary>
    private const double Ridge = 10;

    private sealed record Row(string Set, string File, int Line, bool IsText, bool RuleDrops, bool Eligible, int Words, double[] Features, string Text, string Verdict = "");

    public static int Run(string[] args)
    {
        var repoRoot = RepoRoot(AppContext.BaseDirectory) ?? RepoRoot(Directory.GetCurrentDirectory());
        if (repoRoot is null) { Console.Error.WriteLine("cannot find the repository root (Publisher.sln)"); return 2; }
        var corpus = Path.Combine(repoRoot, "tests", "ImportCorpus");
        string? featuresFile = null;
        var write = false;
        var point = LineModelVerdicts.CrossValidatedPoint;
        var trees = LineModelWeights.Trees.Length > 0;
        var rounds = Rounds;
        var firstFeatures = int.MaxValue;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--features" && i + 1 < args.Length) featuresFile = Path.GetFullPath(args[++i]);
            else if (args[i] == "--write-weights") write = true;
            else if (args[i] == "--point" && i + 1 < args.Length) point = double.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--model" && i + 1 < args.Length) trees = args[++i] == "trees";
            else if (args[i] == "--rounds" && i + 1 < args.Length) rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--first-features" && i + 1 < args.Length) firstFeatures = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--least-leaf" && i + 1 < args.Length) leastLeafWeight = double.Parse(args[++i], CultureInfo.InvariantCulture);
        }
        var rows = featuresFile is not null && File.Exists(featuresFile) ? Load(featuresFile) : Trace(repoRoot, corpus);
        if (featuresFile is not null && !File.Exists(featuresFile)) Save(featuresFile, rows);
        // --first-features N: the later features zeroed, to measure what they add.
        if (firstFeatures < LineModel.FeatureNames.Length)
            rows = rows.Select(r => r with { Features = r.Features.Select((f, i) => i < firstFeatures ? f : 0).ToArray() }).ToList();
        // The model's only use is a further verdict on what the rules keep (as a veto of rule drops it never reached a
        // confident score in cross-validation), so it is fitted on that population.
        var train = rows.Where(r => r.Eligible && !r.RuleDrops).ToList();
        Console.WriteLine($"{rows.Count} units traced, {train.Count} the model may judge ({train.Count(r => r.IsText)} article text), {rows.Select(r => r.Set).Distinct().Count()} sets");

        var data = Prepare(rows);
        Console.WriteLine("\n== Logistic model ==");
        CrossValidate(train, trees ? 0 : point, set => { var w = Fit(set); return r => LineModel.Probability(w, r.Features); });
        Console.WriteLine($"\n== Boosted depth-two trees ({rounds} rounds) ==");
        CrossValidate(train, trees ? point : 0, set => { var (b, t) = FitTrees(set, data, rounds); return r => LineModel.TreeProbability(b, t, r.Features); });
        Redundancy(rows.Where(r => r.Eligible).ToList(), point);

        var weights = Fit(train);
        Console.WriteLine("\nWeights fitted on every set:");
        foreach (var (name, w) in LineModel.FeatureNames.Zip(weights).OrderBy(p => p.Second))
            Console.WriteLine($"  {w,8:0.000}  {name}");
        var (treeBase, fitted) = trees ? FitTrees(train, data, rounds) : (0, []);
        if (trees)
        {
            Console.WriteLine("\nFeatures the trees test most (splits):");
            foreach (var g in fitted.SelectMany(t => new[] { t.Feature, t.LowFeature, t.HighFeature }).Where(f => f > 0).GroupBy(f => f).OrderByDescending(g => g.Count()).Take(15))
                Console.WriteLine($"  {g.Count(),4}  {LineModel.FeatureNames[g.Key]}");
        }
        var generated = Generated(weights, treeBase, fitted);
        var path = Path.Combine(repoRoot, "src", "Publisher.Core", "Import", "Text", "LineModelWeights.cs");
        if (write) { File.WriteAllText(path, generated); Console.WriteLine($"wrote {path}"); return 0; }
        var same = File.Exists(path) && File.ReadAllText(path) == generated;
        Console.WriteLine(same ? "committed weights equal what training produces" : "committed weights DIFFER from what training produces (--write-weights)");
        return same ? 0 : 1;
    }

    private static List<Row> Trace(string repoRoot, string corpus)
    {
        var rows = new List<Row>();
        var folders = Directory.GetDirectories(corpus).Select(Path.GetFileName).OfType<string>()
            .Where(n => !NotForTraining.Contains(n, StringComparer.Ordinal))
            .Where(n => Directory.GetFiles(Path.Combine(corpus, n), "*.labels.yml").Length > 0)
            .Order(StringComparer.Ordinal).ToList();
        foreach (var name in folders)
        {
            var folder = Path.Combine(corpus, name);
            var labels = CorpusLabels.LoadSet(folder, []).ToDictionary(l => l.Name, StringComparer.Ordinal);
            LineModelTrace.Start();
            try { ImportRun.Run(repoRoot, [folder], withSidecars: true); }
            finally
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var unit in LineModelTrace.Stop())
                {
                    var file = Path.GetFileNameWithoutExtension(unit.SourcePath);
                    if (!labels.TryGetValue(file, out var fileLabels) || unit.SeedLines.Count == 0) continue;
                    // A unit judged twice alike (the same lines, text and features) counts once; judged in another
                    // context (a whole issue, then its article) it counts in each, for import judges it in each.
                    if (!seen.Add($"{file}:{string.Join(',', unit.SeedLines)}:{unit.Text}:{string.Join(' ', unit.Features)}")) continue;
                    var text = unit.SeedLines.Count(l => fileLabels.OwnerOf(l) is not null) * 2 >= unit.SeedLines.Count;
                    rows.Add(new Row(name, file, unit.SeedLines[0], text, unit.RuleVerdict is not null, unit.Eligible,
                        TextLines.WordCount(unit.Text), unit.Features, unit.Text, unit.RuleVerdict ?? ""));
                }
            }
            Console.Error.WriteLine($"traced {name}");
        }
        return rows;
    }

    /// <summary>
    /// Leave one set out: fit on the others, score the set's units. Furniture kept counts units of three words or more
    /// (as the harness's furn does) that are not article text and survive; lost counts article-text units dropped.
    /// </summary>
    private static void CrossValidate(List<Row> rows, double point, Func<List<Row>, Func<Row, double>> fit)
    {
        var sets = rows.Select(r => r.Set).Distinct().Order(StringComparer.Ordinal).ToList();
        var scores = new Dictionary<Row, double>(ReferenceEqualityComparer.Instance);
        foreach (var set in sets)
        {
            var score = fit(rows.Where(r => r.Set != set).ToList());
            foreach (var r in rows.Where(r => r.Set == set)) scores[r] = score(r);
        }
        Console.WriteLine("\nLeave-one-set-out, all sets: furniture units kept / article-text units lost, by operating point (drop below p):");
        var ruleFurn = rows.Count(r => !r.IsText && !r.RuleDrops && r.Words >= 3);
        var ruleLost = rows.Count(r => r.IsText && r.RuleDrops);
        Console.WriteLine($"  rules alone      furn {ruleFurn,5}  lost {ruleLost,4}");
        foreach (var t in OperatingPoints)
        {
            var furn = rows.Count(r => !r.IsText && !r.RuleDrops && r.Words >= 3 && scores[r] >= t);
            var lost = rows.Count(r => r.IsText && (r.RuleDrops || scores[r] < t));
            var veto = rows.Count(r => r.RuleDrops && scores[r] > 1 - t);
            var vetoText = rows.Count(r => r.RuleDrops && r.IsText && scores[r] > 1 - t);
            Console.WriteLine($"  + model p<{t,-5:0.00} furn {furn,5}  lost {lost,4}   (veto above {1 - t:0.00} would keep {veto} rule drops, {vetoText} of them text)");
        }
        if (point <= 0) return;
        Console.WriteLine($"\nPer set at p<{point:0.00} (rules → rules + model): furniture kept, text lost");
        foreach (var set in sets)
        {
            var s = rows.Where(r => r.Set == set).ToList();
            var f0 = s.Count(r => !r.IsText && !r.RuleDrops && r.Words >= 3);
            var f1 = s.Count(r => !r.IsText && !r.RuleDrops && r.Words >= 3 && scores[r] >= point);
            var l0 = s.Count(r => r.IsText && r.RuleDrops);
            var l1 = s.Count(r => r.IsText && (r.RuleDrops || scores[r] < point));
            if (f0 != f1 || l0 != l1) Console.WriteLine($"  {set,-18} furn {f0,4} → {f1,4}   lost {l0,3} → {l1,3}");
        }
        Console.WriteLine("\nText the model would drop at that point (held-out score):");
        foreach (var r in rows.Where(r => r.IsText && !r.RuleDrops && scores[r] < point).OrderBy(r => scores[r]).Take(40))
            Console.WriteLine($"  {scores[r],5:0.000} {r.Set}/{r.File}:{r.Line}: {Clip(r.Text)}");
        Console.WriteLine("\nFurniture the model would still keep, lowest-scored first (sample):");
        foreach (var r in rows.Where(r => !r.IsText && !r.RuleDrops && r.Words >= 3 && scores[r] >= point).OrderBy(r => scores[r]).Take(15))
            Console.WriteLine($"  {scores[r],5:0.000} {r.Set}/{r.File}:{r.Line}: {Clip(r.Text)}");
    }

    private static string? RepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) return dir.FullName;
        return null;
    }

    private static string Clip(string text) => text.Length <= 90 ? text : text[..90] + "…";

    /// <summary>Ridge logistic regression by Newton's method (iteratively reweighted least squares); the bias is not penalised.</summary>
    private static double[] Fit(IReadOnlyList<Row> rows)
    {
        var n = LineModel.FeatureNames.Length;
        var w = new double[n];
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var r in rows)
            {
                var p = LineModel.Probability(w, r.Features);
                var y = r.IsText ? 1.0 : 0.0;
                var weight = Math.Max(p * (1 - p), 1e-9);
                for (var i = 0; i < n; i++)
                {
                    gradient[i] += (y - p) * r.Features[i];
                    for (var j = 0; j < n; j++) hessian[i, j] += weight * r.Features[i] * r.Features[j];
                }
            }
            for (var i = 1; i < n; i++) { gradient[i] -= Ridge * w[i]; hessian[i, i] += Ridge; }
            hessian[0, 0] += 1e-6;
            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var i = 0; i < n; i++) { w[i] += step[i]; change = Math.Max(change, Math.Abs(step[i])); }
            if (change < 1e-9) break;
        }
        return w.Select(x => Math.Round(x, 6)).ToArray();
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            if (pivot != c)
            {
                for (var k = 0; k < n; k++) (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
                (x[c], x[pivot]) = (x[pivot], x[c]);
            }
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var k = c; k < n; k++) m[r, k] -= f * m[c, k];
                x[r] -= f * x[c];
            }
        }
        for (var c = n - 1; c >= 0; c--)
        {
            for (var k = c + 1; k < n; k++) x[c] -= m[c, k] * x[k];
            x[c] /= m[c, c];
        }
        return x;
    }

    private static string Generated(double[] weights, double treeBase, LineModelTree[] trees)
    {
        var b = new StringBuilder();
        b.Append("// Generated by benchmarks/Publisher.ImportEval --train-lines --write-weights: do not edit by hand.\n");
        b.Append("namespace Publisher.Core.Import.Text;\n\n");
        b.Append("/// <summary>The line model's weights, one per <see cref=\"LineModel.FeatureNames\"/> entry, fitted on the labelled corpus.</summary>\n");
        b.Append("internal static class LineModelWeights\n{\n    public static readonly double[] Weights =\n    [\n");
        foreach (var (name, w) in LineModel.FeatureNames.Zip(weights))
            b.Append(CultureInfo.InvariantCulture, $"        {w.ToString("0.000000", CultureInfo.InvariantCulture)}, // {name}\n");
        b.Append("    ];\n\n");
        b.Append("    /// <summary>The boosted trees' base log-odds (with <see cref=\"Trees\"/>).</summary>\n");
        b.Append(CultureInfo.InvariantCulture, $"    public const double TreeBase = {treeBase.ToString("0.000000", CultureInfo.InvariantCulture)};\n\n");
        b.Append("    /// <summary>The boosted depth-two trees; empty when training chose the logistic weights.</summary>\n");
        b.Append("    public static readonly LineModelTree[] Trees =\n    [\n");
        static string N(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
        foreach (var t in trees)
            b.Append(CultureInfo.InvariantCulture, $"        new({t.Feature}, {N(t.Threshold)}, {t.LowFeature}, {N(t.LowThreshold)}, {N(t.LowLow)}, {N(t.LowHigh)}, {t.HighFeature}, {N(t.HighThreshold)}, {N(t.HighLow)}, {N(t.HighHigh)}),\n");
        b.Append("    ];\n}\n");
        return b.ToString();
    }

    private static void Save(string path, List<Row> rows)
    {
        using var writer = new StreamWriter(path);
        foreach (var r in rows)
            writer.WriteLine(string.Join('\t', [r.Set, r.File, r.Line.ToString(CultureInfo.InvariantCulture), r.IsText ? "1" : "0", r.RuleDrops ? "1" : "0",
                r.Eligible ? "1" : "0", r.Words.ToString(CultureInfo.InvariantCulture), string.Join(' ', r.Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture))),
                r.Text.Replace('\t', ' ').Replace('\n', ' '), r.Verdict]));
    }

    private static List<Row> Load(string path) =>
        File.ReadLines(path).Select(l => l.Split('\t')).Select(p => new Row(p[0], p[1], int.Parse(p[2], CultureInfo.InvariantCulture), p[3] == "1", p[4] == "1",
            p[5] == "1", int.Parse(p[6], CultureInfo.InvariantCulture), p[7].Split(' ').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray(), p[8], p.Length > 9 ? p[9] : "")).ToList();
}
