using Publisher.Core.Import.Text;

namespace Publisher.ImportEval;

/// <summary>
/// The boosted-tree form of the line model: gradient boosting of depth-two regression trees on the logistic loss
/// (Newton leaves, shrinkage, a ridge on the leaves and a least weight per leaf), so it can weigh a feature differently
/// by another's value — a short line before prose inside the body, a row among rows next to prose — where the logistic
/// form adds them up. Deterministic: thresholds are the midpoints between the features' distinct values (quantiles when
/// there are many), ties go to the first feature and the lowest threshold.
/// </summary>
internal static partial class LineTraining
{
    private const int Rounds = 150;
    private const double Shrinkage = 0.1;
    private const double LeafRidge = 1.0;
    /// <summary>The least Hessian weight a leaf may hold (about four units near p = ½, ten where the model is sure).</summary>
    private static double leastLeafWeight = 1.0;
    private const int MostCuts = 32;

    private sealed class TreeData
    {
        public required double[][] Cuts { get; init; }
        public required Dictionary<Row, int[]> Bins { get; init; }
    }

    private static TreeData Prepare(IReadOnlyList<Row> rows)
    {
        var n = LineModel.FeatureNames.Length;
        var cuts = new double[n][];
        for (var f = 0; f < n; f++)
        {
            var values = rows.Select(r => r.Features[f]).Distinct().Order().ToArray();
            var mids = new List<double>();
            for (var i = 0; i + 1 < values.Length; i++) mids.Add(Math.Round((values[i] + values[i + 1]) / 2, 6));
            if (mids.Count > MostCuts) mids = Enumerable.Range(1, MostCuts).Select(q => mids[q * (mids.Count - 1) / MostCuts]).Distinct().ToList();
            cuts[f] = f == 0 ? [] : mids.ToArray();
        }
        var bins = new Dictionary<Row, int[]>(ReferenceEqualityComparer.Instance);
        foreach (var r in rows)
            bins[r] = Enumerable.Range(0, n).Select(f => Bin(cuts[f], r.Features[f])).ToArray();
        return new TreeData { Cuts = cuts, Bins = bins };
    }

    /// <summary>How many of the cuts lie below the value: the split "value ≤ cut c" is "bin ≤ c".</summary>
    private static int Bin(double[] cuts, double value)
    {
        var b = 0;
        while (b < cuts.Length && cuts[b] < value) b++;
        return b;
    }

    private static (double Base, LineModelTree[] Trees) FitTrees(IReadOnlyList<Row> rows, TreeData data, int rounds = Rounds)
    {
        var y = rows.Select(r => r.IsText ? 1.0 : 0.0).ToArray();
        var positive = Math.Clamp(y.Average(), 1e-3, 1 - 1e-3);
        var baseScore = Math.Round(Math.Log(positive / (1 - positive)), 6);
        var score = rows.Select(_ => baseScore).ToArray();
        var bins = rows.Select(r => data.Bins[r]).ToArray();
        var g = new double[rows.Count];
        var h = new double[rows.Count];
        var trees = new List<LineModelTree>();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var p = 1 / (1 + Math.Exp(-score[i]));
                g[i] = p - y[i];
                h[i] = Math.Max(p * (1 - p), 1e-9);
            }
            var all = Enumerable.Range(0, rows.Count).ToArray();
            var root = BestSplit(all, bins, g, h, data.Cuts);
            if (root is null) break;
            var (f, c) = root.Value;
            var low = all.Where(i => bins[i][f] <= c).ToArray();
            var high = all.Where(i => bins[i][f] > c).ToArray();
            var (lf, lt, ll, lh) = Side(low, bins, g, h, data.Cuts);
            var (hf, ht, hl, hh) = Side(high, bins, g, h, data.Cuts);
            var tree = new LineModelTree(f, data.Cuts[f][c], lf, lt, ll, lh, hf, ht, hl, hh);
            trees.Add(tree);
            for (var i = 0; i < rows.Count; i++) score[i] += tree.Value(rows[i].Features);
        }
        return (baseScore, trees.ToArray());
    }

    private static (int Feature, double Threshold, double Low, double High) Side(int[] rows, int[][] bins, double[] g, double[] h, double[][] cuts)
    {
        if (BestSplit(rows, bins, g, h, cuts) is not { } split)
        {
            var leaf = Leaf(rows, g, h);
            return (0, 2, leaf, leaf);
        }
        var (f, c) = split;
        return (f, cuts[f][c], Leaf(rows.Where(i => bins[i][f] <= c), g, h), Leaf(rows.Where(i => bins[i][f] > c), g, h));
    }

    private static double Leaf(IEnumerable<int> rows, double[] g, double[] h)
    {
        double sg = 0, sh = 0;
        foreach (var i in rows) { sg += g[i]; sh += h[i]; }
        return Math.Round(-Shrinkage * sg / (sh + LeafRidge), 6);
    }

    private static (int Feature, int Cut)? BestSplit(int[] rows, int[][] bins, double[] g, double[] h, double[][] cuts)
    {
        double tg = 0, th = 0;
        foreach (var i in rows) { tg += g[i]; th += h[i]; }
        var parent = tg * tg / (th + LeafRidge);
        (int, int)? best = null;
        var bestGain = 1e-9;
        for (var f = 1; f < cuts.Length; f++)
        {
            var m = cuts[f].Length;
            if (m == 0) continue;
            var hg = new double[m + 1];
            var hh = new double[m + 1];
            foreach (var i in rows) { hg[bins[i][f]] += g[i]; hh[bins[i][f]] += h[i]; }
            double lg = 0, lh = 0;
            for (var c = 0; c < m; c++)
            {
                lg += hg[c]; lh += hh[c];
                var rg = tg - lg;
                var rh = th - lh;
                if (lh < leastLeafWeight || rh < leastLeafWeight) continue;
                var gain = lg * lg / (lh + LeafRidge) + rg * rg / (rh + LeafRidge) - parent;
                if (gain > bestGain) { bestGain = gain; best = (f, c); }
            }
        }
        return best;
    }
}
