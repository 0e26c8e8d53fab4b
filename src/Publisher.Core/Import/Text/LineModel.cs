using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A logistic model of whether a unit the boilerplate classifier judges is article text, fitted on the labelled import
/// corpus (<c>benchmarks/Publisher.ImportEval --train-lines</c> writes <see cref="LineModelWeights"/>). Its features are
/// what the rules already compute — the unit's <see cref="TextSignals"/>, its place in the body, its repetition across the
/// import, its neighbours' shape (the context jusText smooths over) and the rules' own verdict — so the model weighs the
/// evidence the hand-set thresholds weigh, with weights measured instead of guessed.
/// </summary>
internal static partial class LineModel
{
    /// <summary>One name per feature, in vector order (the weights file is checked against it).</summary>
    public static readonly string[] FeatureNames =
    [
        "bias", "words", "stopwords", "link density", "capitals", "ends a sentence", "prose-like", "long prose",
        "UI share", "UI words", "digits", "heading", "masthead", "after the article's end", "in the page's tail",
        "in the comment section", "repeated in seeds", "rules drop it", "strong rule evidence", "weak rule evidence only",
        "before the first prose", "place in body", "prose before", "prose after", "dropped before", "dropped after",
        "sentence before", "sentence after", "three words or fewer", "ends with a colon", "separators", "addresses the reader",
        "fragment", "distance to prose", "after end × sentence", "tail × prose-like",
        "list row", "like a neighbour", "row run next to prose", "inside the prose span", "short line before prose",
        "short line between prose", "tail × outside the prose span", "heading after prose",
        "starts with an interface command", "repeated in this text",
    ];

    /// <summary>
    /// What the features of every unit share, found once per document in one pass each (a feature that walked the
    /// document from each unit made import quadratic: a hostile seed of many short lines never finished).
    /// </summary>
    public sealed class DocumentContext
    {
        public required int FirstProse { get; init; }
        public required int LastProse { get; init; }
        /// <summary>The first and last unit of the run of rows of one shape (a list, a table's lines, a rail of links) each unit is in.</summary>
        public required int[] RunStart { get; init; }
        public required int[] RunEnd { get; init; }
        /// <summary>How far the nearest other paragraph of prose is, at most 5.</summary>
        public required int[] DistanceToProse { get; init; }
        /// <summary>Whether another unit of the text says the same (case and spacing aside): an author box printed twice, a title repeated in a rail.</summary>
        public required bool[] RepeatedInText { get; init; }
    }

    public static DocumentContext ContextOf(IReadOnlyList<BlockFacts> units)
    {
        var n = units.Count;
        var firstProse = -1;
        var lastProse = -1;
        for (var j = 0; j < n; j++)
            if (units[j].Signals.IsLongProse) { if (firstProse < 0) firstProse = j; lastProse = j; }
        var runStart = new int[n];
        var runEnd = new int[n];
        for (var j = 0; j < n; j++)
            runStart[j] = j > 0 && SameRowShape(units[j - 1].Signals, units[j].Signals) ? runStart[j - 1] : j;
        for (var j = n - 1; j >= 0; j--)
            runEnd[j] = j + 1 < n && runStart[j + 1] <= j ? runEnd[j + 1] : j;
        var distance = new int[n];
        var lastSeen = int.MinValue / 2;
        for (var j = 0; j < n; j++)
        {
            distance[j] = (int)Math.Min(5L, (long)j - lastSeen);
            if (units[j].Signals.IsLongProse) lastSeen = j;
        }
        var nextSeen = int.MaxValue / 2;
        for (var j = n - 1; j >= 0; j--)
        {
            distance[j] = (int)Math.Min(distance[j], Math.Min(5L, (long)nextSeen - j));
            if (units[j].Signals.IsLongProse) nextSeen = j;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new string[n];
        for (var j = 0; j < n; j++)
        {
            keys[j] = RepetitionKey(units[j].Signals.Text);
            if (keys[j].Length > 0) counts[keys[j]] = counts.GetValueOrDefault(keys[j]) + 1;
        }
        var repeated = new bool[n];
        for (var j = 0; j < n; j++) repeated[j] = keys[j].Length > 0 && counts[keys[j]] >= 2;
        return new DocumentContext { FirstProse = firstProse, LastProse = lastProse, RunStart = runStart, RunEnd = runEnd, DistanceToProse = distance, RepeatedInText = repeated };
    }

    /// <summary>The features of unit <paramref name="k"/>: the rules' verdicts are today's, before the model.</summary>
    public static double[] Features(IReadOnlyList<BlockFacts> units, IReadOnlyList<BoilerplateVerdict?> verdicts, int k) =>
        Features(units, verdicts, k, ContextOf(units));

    /// <summary>The features of unit <paramref name="k"/>, with the document's <see cref="ContextOf"/> computed once for all its units.</summary>
    public static double[] Features(IReadOnlyList<BlockFacts> units, IReadOnlyList<BoilerplateVerdict?> verdicts, int k, DocumentContext context)
    {
        var u = units[k];
        var s = u.Signals;
        var firstProse = context.FirstProse;
        var lastProse = context.LastProse;
        var runStart = context.RunStart[k];
        var runEnd = context.RunEnd[k];
        var inRun = runEnd > runStart;
        var runByProse = inRun && (runStart > 0 && units[runStart - 1].Signals.IsLongProse || runEnd + 1 < units.Count && units[runEnd + 1].Signals.IsLongProse);
        var inside = firstProse >= 0 && k > firstProse && k < lastProse;
        var distance = context.DistanceToProse[k];
        var (strong, weak) = BoilerplateClassifier.EvidenceCounts(u);
        var prev = k > 0 ? units[k - 1].Signals : null;
        var next = k + 1 < units.Count ? units[k + 1].Signals : null;
        var text = s.Text.TrimEnd();
        var letters = text.Count(char.IsLetterOrDigit);
        return
        [
            1,
            Math.Log(1 + s.Words) / 5,
            s.StopwordDensity,
            s.LinkDensity,
            s.CapitalisedShare,
            B(s.EndsSentence),
            B(s.IsProseLike),
            B(s.IsLongProse),
            s.UiShare,
            B(s.UiHits.Count > 0),
            letters == 0 ? 0 : (double)text.Count(char.IsDigit) / letters,
            B(u.IsHeading),
            B(u.IsMasthead),
            B(u.Position is not null),
            B(u.InTail),
            B(u.InCommentSection),
            B(u.RepeatedInSeeds >= 2),
            B(verdicts[k] is not null),
            B(strong > 0),
            B(strong == 0 && weak > 0),
            B(firstProse < 0 || k < firstProse),
            units.Count <= 1 ? 0 : (double)k / (units.Count - 1),
            B(prev is { IsLongProse: true }),
            B(next is { IsLongProse: true }),
            B(k > 0 && verdicts[k - 1] is not null),
            B(k + 1 < units.Count && verdicts[k + 1] is not null),
            B(prev is { EndsSentence: true }),
            B(next is { EndsSentence: true }),
            B(s.Words <= 3),
            B(text.EndsWith(':')),
            B(Separator().IsMatch(text)),
            B(UiVocabulary.AddressesReader(text)),
            B(s.Words <= 8 && !s.EndsSentence),
            distance / 5.0,
            B(u.Position is not null && s.EndsSentence),
            B(u.InTail && s.IsProseLike),
            B(ParagraphShape.IsListItem(text)),
            B(inRun),
            B(runByProse),
            B(inside),
            B(IsShortLine(s) && next is { IsLongProse: true }),
            B(IsShortLine(s) && next is { IsLongProse: true } && prev is { IsLongProse: true }),
            B(u.InTail && !inside),
            B((u.IsHeading || IsShortLine(s)) && prev is { IsLongProse: true } && next is not null && !next.IsLongProse && k + 2 < units.Count && units[k + 2].Signals.IsLongProse),
            B(UiVocabulary.StartsWithCommand(text)),
            B(context.RepeatedInText[k]),
        ];
    }

    /// <summary>
    /// The model's probability that the unit is article text: the boosted trees when training chose them
    /// (<see cref="LineModelWeights.Trees"/> not empty), else the logistic weights.
    /// </summary>
    public static double TextProbability(double[] features) => LineModelWeights.Trees.Length > 0
        ? TreeProbability(LineModelWeights.TreeBase, LineModelWeights.Trees, features)
        : Probability(LineModelWeights.Weights, features);

    /// <summary>The probability under boosted trees: the base score plus every tree's leaf, through the logistic function.</summary>
    public static double TreeProbability(double baseScore, IReadOnlyList<LineModelTree> trees, double[] features)
    {
        var z = baseScore;
        foreach (var tree in trees) z += tree.Value(features);
        return 1 / (1 + Math.Exp(-z));
    }

    public static double Probability(IReadOnlyList<double> weights, double[] features)
    {
        var z = 0.0;
        for (var i = 0; i < features.Length; i++) z += weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The features that pushed the score furthest towards furniture, for the review report ("UI share, after the article's end").</summary>
    public static string StrongestAgainst(double[] features, int count = 3)
    {
        var push = new double[features.Length];
        if (LineModelWeights.Trees.Length > 0)
            // A tree's leaf is shared by the features its path tested.
            foreach (var tree in LineModelWeights.Trees)
            {
                var (first, second, value) = tree.Path(features);
                push[first] += value / 2;
                push[second] += value / 2;
            }
        else
            for (var i = 1; i < features.Length; i++) push[i] = LineModelWeights.Weights[i] * features[i];
        return string.Join(", ", Enumerable.Range(1, features.Length - 1)
            .Where(i => push[i] < 0)
            .OrderBy(i => push[i])
            .Take(count)
            .Select(i => FeatureNames[i]));
    }

    private static double B(bool value) => value ? 1 : 0;

    /// <summary>The unit's words in lower case, spacing and punctuation aside; empty for a unit of fewer than two words.</summary>
    private static string RepetitionKey(string text)
    {
        var words = NonWord().Split(text.ToLowerInvariant()).Where(w => w.Length > 0).ToArray();
        return words.Length < 2 ? "" : string.Join(' ', words);
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    /// <summary>A line of eight words or fewer that is not a sentence: a heading, a label, a list row or a link.</summary>
    private static bool IsShortLine(TextSignals s) => s.Words is > 0 and <= 8 && !s.EndsSentence;

    /// <summary>
    /// Two neighbouring units of one row shape — neither a paragraph of prose, both starting with the same kind of
    /// character, both sentences or neither, both with or without a separator or a number, of like length — as the rows of
    /// a list, a table or a rail of links are.
    /// </summary>
    private static bool SameRowShape(TextSignals a, TextSignals b)
    {
        if (a.IsLongProse || b.IsLongProse || a.Words == 0 || b.Words == 0) return false;
        var x = a.Text.Trim();
        var y = b.Text.Trim();
        return Lead(x) == Lead(y) && a.EndsSentence == b.EndsSentence
            && RowMark().IsMatch(x) == RowMark().IsMatch(y)
            && Math.Abs(a.Words - b.Words) <= Math.Max(3, Math.Min(a.Words, b.Words) / 2);
    }

    private static int Lead(string text) => text.Length == 0 ? 0
        : char.IsDigit(text[0]) ? 1 : char.IsUpper(text[0]) ? 2 : char.IsLower(text[0]) ? 3 : text[0];

    [GeneratedRegex(@"\s[—–-]\s|:\s|\d")]
    private static partial Regex RowMark();

    [GeneratedRegex(@"\s[|·•›»]\s|\s/\s")]
    private static partial Regex Separator();
}

/// <summary>
/// One depth-two regression tree of the boosted line model: a test of one feature against a threshold, then on each side
/// a second test, four leaves of log-odds (a side that found no useful second test tests the bias, always 1, against 2).
/// </summary>
internal readonly record struct LineModelTree(int Feature, double Threshold, int LowFeature, double LowThreshold, double LowLow, double LowHigh,
    int HighFeature, double HighThreshold, double HighLow, double HighHigh)
{
    public double Value(double[] x) => Path(x).Value;

    /// <summary>The two features the unit's path tested, and the leaf it reached.</summary>
    public (int First, int Second, double Value) Path(double[] x) => x[Feature] <= Threshold
        ? (Feature, LowFeature, x[LowFeature] <= LowThreshold ? LowLow : LowHigh)
        : (Feature, HighFeature, x[HighFeature] <= HighThreshold ? HighLow : HighHigh);
}

/// <summary>
/// One unit as the line model saw it, for the corpus harness's training mode: where it came from in the seed, its features
/// and today's rule verdict. Import itself never reads it.
/// </summary>
internal sealed record LineUnitTrace(string SourcePath, IReadOnlyList<int> SeedLines, double[] Features, string? RuleVerdict, bool Eligible, string Text);

/// <summary>
/// Where the training mode of the corpus harness collects <see cref="LineUnitTrace"/>s; null (nothing collected) in every
/// other run.
/// </summary>
internal static class LineModelTrace
{
    private static readonly Lock Gate = new();
    private static List<LineUnitTrace>? collected;

    public static void Start() { lock (Gate) collected = []; }

    public static List<LineUnitTrace> Stop()
    {
        lock (Gate)
        {
            var result = collected ?? [];
            collected = null;
            return result;
        }
    }

    public static bool Active { get { lock (Gate) return collected is not null; } }

    public static void Add(LineUnitTrace unit) { lock (Gate) collected?.Add(unit); }
}
