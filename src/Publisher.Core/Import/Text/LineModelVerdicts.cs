namespace Publisher.Core.Import.Text;

/// <summary>
/// The line model's say beside the rules' (<see cref="LineModel"/>): a unit the rules keep is dropped when the model is
/// sure it is not article text, within limits that keep it away from prose. Notes and bios are never its to judge (notes
/// become footnotes, bios move to the author's profile).
/// </summary>
internal static class LineModelVerdicts
{
    /// <summary>
    /// Below this probability of article text a unit the rules keep is dropped; 0 leaves the model out. Cross-validation
    /// on the fitting folders chose 0.12 (11 of 217 furniture units removed, no text lost), but on the validation split it
    /// lost one article line (heldout11) while removing 4 furniture lines (heldout17), so it is off until the model is
    /// conservative out of sample (see <c>--train-lines</c>).
    /// </summary>
    public const double DropBelow = 0.0;

    /// <summary>The operating point cross-validation chose, for measuring with <c>--train-lines</c> and the tests.</summary>
    public const double CrossValidatedPoint = 0.12;

    /// <summary>The model judges only what is not a paragraph of prose: a sentence of the article must never be its loss.</summary>
    public static bool MayJudge(BlockFacts unit, bool isBio) =>
        !unit.IsNotes && !isBio && !unit.Signals.IsLongProse && unit.Signals.Words > 0;

    public static IReadOnlyList<BoilerplateVerdict?> Apply(IReadOnlyList<BlockFacts> units, IReadOnlyList<BoilerplateVerdict?> rules,
        IReadOnlyList<bool> bios, Func<int, IReadOnlyList<int>> seedLines, string sourcePath, double dropBelow = DropBelow)
    {
        var result = rules.ToArray();
        var tracing = LineModelTrace.Active;
        if (dropBelow <= 0 && !tracing) return result;
        for (var k = 0; k < units.Count; k++)
        {
            if (units[k].IsNotes || bios[k]) continue;
            var features = LineModel.Features(units, rules, k);
            var eligible = MayJudge(units[k], bios[k]);
            if (tracing) LineModelTrace.Add(new LineUnitTrace(sourcePath, seedLines(k), features, rules[k]?.What, eligible, units[k].Signals.Text));
            if (rules[k] is not null || !eligible) continue;
            var p = LineModel.TextProbability(features);
            if (p < dropBelow)
                result[k] = new BoilerplateVerdict("furniture by the line model",
                    $"the line model gives it {p:P0} of being article text ({LineModel.StrongestAgainst(features)})");
        }
        return result;
    }
}
