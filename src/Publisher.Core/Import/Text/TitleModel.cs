using System.Globalization;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A scorer of a page's title candidates (<see cref="PageTitle.Candidates"/>): a conditional logit over the head's lines,
/// one weight per feature, fitted over every labelled corpus folder by the import harness (<c>--train-head</c>, which
/// prints these weights and the leave-one-set-out cross-validation). Over 299 labelled pages in 51 sets the rules, the
/// model and the hybrid (the model deciding only where the rules are unsure) were right on the same 291: the rules keep
/// the decision, and the model speaks only in the review report, beside a runner-up that came close. Pure.
/// </summary>
public static class TitleModel
{
    /// <summary>Fitted weights, in <see cref="PageTitle.FeatureNames"/>' order (written by the harness's <c>--train-head</c>).</summary>
    public static readonly double[] Weights = [1.2546, 1.7004, 1.1899, -0.0561, -0.1671, -0.4732, 0.6332, -0.2279, 0.1263, 0.0318, 0.2012, -0.2328, -0.1352, 0.0001, 0.0007, -0.2739, -0.0074, -0.0153, -0.0799, 0.0526, 0.0082, -0.0608, -0.0356, -0.0006, -0.1394, 0.3330, 0.3722, 0.7249, -0.3658, -0.0315, 0.0062, 0.0009, 0.2928, -0.0212, 0.0239];

    private static readonly Lock Gate = new();
    private static double[]? measuringWeights;

    /// <summary>
    /// For the corpus harness only (<c>--titles-by-model FILE</c>): weights of a features-only head model (the rules'
    /// score, pick, gap and veto at zero weight) by which <see cref="PageTitle.Choose"/> then picks the title instead of
    /// the rules, to compare the two on folders neither was fitted to; null (the rules decide) in import.
    /// </summary>
    public static double[]? MeasuringWeights { get { lock (Gate) return measuringWeights; } }

    public static void UseForMeasuring(double[]? weights) { lock (Gate) measuringWeights = weights; }

    /// <summary>Rule scores this close to the rules' pick leave the rules unsure between the two lines.</summary>
    public const double UnsureMargin = 2.0;

    /// <summary>The model overrides the rules only when its line is this much more probable than theirs.</summary>
    public const double ConfidentLead = 0.3;

    /// <summary>The runner-up is named in the report when its rule score is this close to the chosen line's.</summary>
    private const double ReportMargin = 1.0;

    /// <summary>The probability of each candidate being the title under <paramref name="weights"/> (softmax over the page).</summary>
    public static double[] Probabilities(IReadOnlyList<TitleCandidate> candidates, IReadOnlyList<double> weights)
    {
        var logits = candidates.Select(c => Dot(c.Features, weights)).ToArray();
        if (logits.Length == 0) return [];
        var max = logits.Max();
        var exp = logits.Select(l => Math.Exp(l - max)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }

    /// <summary>
    /// The line the hybrid would choose where the rules chose <paramref name="rulesPick"/>: the model's most probable line
    /// when the rules are unsure between the two and the model confident (<see cref="Overrides"/>), else the rules' line.
    /// Measured by the harness's cross-validation; import does not use it, for it changed no page there (see the class).
    /// </summary>
    public static int Hybrid(IReadOnlyList<TitleCandidate> candidates, int rulesPick, IReadOnlyList<double> weights)
    {
        var at = candidates.ToList().FindIndex(c => c.Index == rulesPick);
        if (at < 0) return rulesPick;
        var p = Probabilities(candidates, weights);
        var best = 0;
        for (var k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
        return best != at && Overrides(candidates[at].RuleScore, candidates[best].RuleScore, p[at], p[best]) ? candidates[best].Index : rulesPick;
    }

    /// <summary>
    /// Where the rules chose line <paramref name="rulesPick"/> and another line came within <see cref="ReportMargin"/> of
    /// it: a note naming that runner-up, with what the head model thinks of both, for the editor; else null.
    /// </summary>
    public static string? RunnerUp(IReadOnlyList<TitleCandidate> candidates, int rulesPick)
    {
        var at = candidates.ToList().FindIndex(c => c.Index == rulesPick);
        if (at < 0) return null;
        var rules = candidates[at];
        var runnerUp = candidates.Where(c => c.Index != rulesPick && c.RuleScore > double.NegativeInfinity).MaxBy(c => c.RuleScore);
        if (runnerUp is null || rules.RuleScore - runnerUp.RuleScore >= ReportMargin) return null;
        var p = Probabilities(candidates, Weights);
        return string.Create(CultureInfo.InvariantCulture,
            $"runner-up '{TextLines.Excerpt(runnerUp.Text)}', {rules.RuleScore - runnerUp.RuleScore:0.0} lower by the rules (head model: {p[at]:0.00} for the title, {p[candidates.ToList().IndexOf(runnerUp)]:0.00} for the runner-up)");
    }

    /// <summary>The hybrid's test: the rules unsure between the two lines and the model confident of its own.</summary>
    public static bool Overrides(double rulesScore, double modelScore, double rulesProbability, double modelProbability) =>
        modelScore > double.NegativeInfinity && rulesScore - modelScore < UnsureMargin && modelProbability - rulesProbability >= ConfidentLead;

    private static double Dot(double[] features, IReadOnlyList<double> weights)
    {
        var sum = 0.0;
        for (var k = 0; k < features.Length; k++) sum += features[k] * weights[k];
        return sum;
    }
}
