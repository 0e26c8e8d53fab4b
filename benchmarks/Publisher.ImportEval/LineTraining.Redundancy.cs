using Publisher.Core.Import.Text;

namespace Publisher.ImportEval;

internal static partial class LineTraining
{
    /// <summary>The features that carry the rules' own verdicts: masked to ask what the model knows without them.</summary>
    private static readonly HashSet<string> RuleFeatures = ["rules drop it", "strong rule evidence", "weak rule evidence only", "dropped before", "dropped after"];

    /// <summary>
    /// Which named recognisers the model makes redundant: a model without the rules' verdicts among its features, fitted
    /// leave-one-set-out on every unit the model may judge (dropped by the rules or not), scores each unit a recogniser
    /// drops; a recogniser whose units it would all drop at the operating point, with no article text among them, adds
    /// nothing the model lacks.
    /// </summary>
    private static void Redundancy(List<Row> rows, double point)
    {
        var masked = LineModel.FeatureNames.Select(n => RuleFeatures.Contains(n)).ToArray();
        var blind = rows.Select(r => r with { Features = r.Features.Select((f, i) => masked[i] ? 0 : f).ToArray() }).ToList();
        var scores = new Dictionary<Row, double>(ReferenceEqualityComparer.Instance);
        foreach (var set in blind.Select(r => r.Set).Distinct())
        {
            var w = Fit(blind.Where(r => r.Set != set).ToList());
            foreach (var r in blind.Where(r => r.Set == set)) scores[r] = LineModel.Probability(w, r.Features);
        }
        Console.WriteLine($"\nRecognisers against a model without the rules' verdicts (leave-one-set-out, drop below {point:0.00}):");
        Console.WriteLine("  verdict                          units  model drops too  text among units");
        foreach (var g in blind.Where(r => r.Verdict.Length > 0).GroupBy(r => r.Verdict).OrderByDescending(g => g.Count()))
            Console.WriteLine($"  {g.Key,-32} {g.Count(),5}  {g.Count(r => scores[r] < point),15}  {g.Count(r => r.IsText),16}");
    }
}
