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
    ];

    /// <summary>The features of unit <paramref name="k"/>: the rules' verdicts are today's, before the model.</summary>
    public static double[] Features(IReadOnlyList<BlockFacts> units, IReadOnlyList<BoilerplateVerdict?> verdicts, int k)
    {
        var u = units[k];
        var s = u.Signals;
        var firstProse = -1;
        for (var j = 0; j < units.Count && firstProse < 0; j++) if (units[j].Signals.IsLongProse) firstProse = j;
        var distance = 5;
        for (var j = 0; j < units.Count; j++)
            if (units[j].Signals.IsLongProse && j != k) distance = Math.Min(distance, Math.Abs(j - k));
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
        ];
    }

    /// <summary>The model's probability that the unit is article text.</summary>
    public static double TextProbability(double[] features) => Probability(LineModelWeights.Weights, features);

    public static double Probability(IReadOnlyList<double> weights, double[] features)
    {
        var z = 0.0;
        for (var i = 0; i < features.Length; i++) z += weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The features that pushed the score furthest towards furniture, for the review report ("UI share, after the article's end").</summary>
    public static string StrongestAgainst(double[] features, int count = 3) =>
        string.Join(", ", Enumerable.Range(1, features.Length - 1)
            .Select(i => (Name: FeatureNames[i], Push: LineModelWeights.Weights[i] * features[i]))
            .Where(p => p.Push < 0)
            .OrderBy(p => p.Push)
            .Take(count)
            .Select(p => p.Name));

    private static double B(bool value) => value ? 1 : 0;

    [GeneratedRegex(@"\s[|·•›»]\s|\s/\s")]
    private static partial Regex Separator();
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
