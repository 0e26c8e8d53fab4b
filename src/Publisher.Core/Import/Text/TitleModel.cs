using System.Globalization;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A scorer of a page's title candidates (<see cref="PageTitle.Candidates"/>): a conditional logit over the head's lines,
/// one weight per feature, fitted over every labelled corpus folder by the import harness (<c>--train-head</c>, which
/// prints these weights and the leave-one-set-out cross-validation). Over 299 labelled pages in 51 sets the rules, the
/// model and the hybrid (the model deciding only where the rules are unsure) were right on the same 291. Refitted over 416
/// pages in 66 sets (2 December 2026), a features-only model (<see cref="FeaturesOnlyWeights"/>) deciding only where the
/// rules were unsure and it confident (<see cref="Decides"/>) was right on 397 against the rules' 393: import lets it
/// decide there, and names the rules' line as the runner-up; elsewhere the model speaks only in the review report,
/// beside a runner-up that came close. Pure.
/// </summary>
public static class TitleModel
{
    /// <summary>Fitted weights, in <see cref="PageTitle.FeatureNames"/>' order (written by the harness's <c>--train-head</c>).</summary>
    public static readonly double[] Weights = [1.2546, 1.7004, 1.1899, -0.0561, -0.1671, -0.4732, 0.6332, -0.2279, 0.1263, 0.0318, 0.2012, -0.2328, -0.1352, 0.0001, 0.0007, -0.2739, -0.0074, -0.0153, -0.0799, 0.0526, 0.0082, -0.0608, -0.0356, -0.0006, -0.1394, 0.3330, 0.3722, 0.7249, -0.3658, -0.0315, 0.0062, 0.0009, 0.2928, -0.0212, 0.0239];

    /// <summary>
    /// Weights of the features-only head model (the rules' score, pick, gap and veto held at zero), fitted over every
    /// development set by the harness's <c>--train-head</c>: it decides a page's title where the rules are weak
    /// (<see cref="Decides"/>). Fitted 2 December 2026 over 416 labelled web pages in 66 sets.
    /// </summary>
    public static readonly double[] FeaturesOnlyWeights = [0.0000, 0.0000, 0.0000, 0.0000, -0.4893, -0.8172, 1.4331, -0.8983, -1.0895, 0.1753, 0.3010, -0.4610, -1.2938, 0.0137, -0.0596, -0.6320, -0.6549, -0.0708, -1.2414, 1.0114, 0.3126, -1.3241, -0.4556, 0.0076, 1.0988, 1.5120, 1.8966, 2.3878, -1.3172, -0.6239, 0.0263, 0.2195, 0.3515, -0.5361, -0.9504];

    /// <summary>
    /// The features-only model takes the title from the rules only when the rules' own score for its line is within this
    /// of their pick: the rules were unsure. Chosen by the leave-one-set-out cross-validation of <c>--train-head</c>
    /// (margins 1 to 2 at a lead of 0.4 gave 398 of 416 pages right, the rules alone 393; wider margins lost more than they gained;
    /// with the two guards of <see cref="Decides(IReadOnlyList{TitleCandidate}, int, IReadOnlyList{double}, double, double)"/> 397: 4 pages changed, all right).
    /// </summary>
    public const double ModelMargin = 2.0;

    /// <summary>… and only when the model gives its line at least this much more probability than the rules' line.</summary>
    public const double ModelLead = 0.4;

    /// <summary>
    /// Where the rules chose line <paramref name="rulesPick"/>: the candidate the features-only head model puts first, when
    /// the rules were unsure between the two (their scores within <see cref="ModelMargin"/>) and the model is confident
    /// (<see cref="ModelLead"/>), with the two probabilities; else null and the rules' line stands.
    /// </summary>
    public static (TitleCandidate Line, double Probability, double RulesProbability)? Decides(IReadOnlyList<TitleCandidate> candidates, int rulesPick) =>
        Decides(candidates, rulesPick, FeaturesOnlyWeights, ModelMargin, ModelLead);

    /// <summary>
    /// <see cref="Decides(IReadOnlyList{TitleCandidate}, int)"/> under given weights, margin and lead (the harness's
    /// cross-validation measures the same test). Two shapes the rules know stand whatever the model says: a longer line
    /// right under a rules' line of three words or more is its standfirst (a standfirst is printed under its title, never
    /// over it; under a one- or two-word kicker or section name the longer line is the headline), and a
    /// line the page prints twice in its head is the title over one it prints once.
    /// </summary>
    public static (TitleCandidate Line, double Probability, double RulesProbability)? Decides(IReadOnlyList<TitleCandidate> candidates, int rulesPick,
        IReadOnlyList<double> weights, double margin, double lead)
    {
        var at = -1;
        for (var k = 0; k < candidates.Count; k++) if (candidates[k].Index == rulesPick) at = k;
        if (at < 0) return null;
        var p = Probabilities(candidates, weights);
        var best = 0;
        for (var k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
        if (best == at || candidates[best].RuleScore == double.NegativeInfinity) return null;
        var (rules, model) = (candidates[at], candidates[best]);
        if (model.Index == rules.Index + 1 && rules.Features[UnderThreeWords] == 0 && model.Features[LogWords] > rules.Features[LogWords]) return null;
        if (rules.Features[PrintedTwice] > 0 && model.Features[PrintedTwice] == 0) return null;
        return rules.RuleScore - model.RuleScore < margin && p[best] - p[at] >= lead ? (model, p[best], p[at]) : null;
    }

    private static readonly int LogWords = Array.IndexOf(PageTitle.FeatureNames, "log words");
    private static readonly int UnderThreeWords = Array.IndexOf(PageTitle.FeatureNames, "under 3 words");
    private static readonly int PrintedTwice = Array.IndexOf(PageTitle.FeatureNames, "printed twice");

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
