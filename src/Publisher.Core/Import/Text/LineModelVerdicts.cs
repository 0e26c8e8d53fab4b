namespace Publisher.Core.Import.Text;

/// <summary>
/// The line model's say beside the rules' (<see cref="LineModel"/>): a unit the rules keep is dropped when the model is
/// sure it is not article text, within limits that keep it away from prose. Notes and bios are never its to judge (notes
/// become footnotes, bios move to the author's profile).
/// </summary>
internal static class LineModelVerdicts
{
    /// <summary>
    /// Below this probability of article text a unit the rules keep is dropped; 0 leaves the model out. The model is boosted
    /// depth-two trees (<see cref="LineModelWeights.Trees"/>). Round furn17 (83 fitting folders, heldout17–20 among them,
    /// with the interface-command and repeated-in-this-text features): leave-one-set-out cross-validation kept 374 → 358
    /// furniture units at 0.01 with no article text lost, 374 → 337 at 0.02 with one list item of a podcast's show notes
    /// lost (the same item the former features lost there, 378 → 347); on the development sets in sample 0.02 lost no line
    /// and 0.01 kept more furniture than the former model in three sets, so 0.02 stays. The logistic form lost an article
    /// line out of sample at 0.03 and removed nothing at 0.02.
    /// </summary>
    public const double DropBelow = 0.02;

    /// <summary>The operating point cross-validation chose, for measuring with <c>--train-lines</c> and the tests.</summary>
    public const double CrossValidatedPoint = 0.02;

    private static readonly Lock Gate = new();
    private static double? harnessPoint;

    /// <summary>
    /// The operating point import uses: <see cref="DropBelow"/>, or the corpus harness's <c>--line-model P</c> while it
    /// measures the model switched on (never set by import itself).
    /// </summary>
    public static double Current { get { lock (Gate) return harnessPoint ?? DropBelow; } }

    /// <summary>For the corpus harness only: import with the model at <paramref name="point"/> (null: back to <see cref="DropBelow"/>).</summary>
    public static void UseForMeasuring(double? point) { lock (Gate) harnessPoint = point; }

    /// <summary>
    /// The model judges only what is not a paragraph of prose: a sentence of the article must never be its loss. Nor a
    /// unit shaped as the notes' heading or an entry ("(1) …", "[2] …") where the notes were not found as such (a
    /// bilingual heading the notes rule did not read): notes are the editor's, whatever the model thinks.
    /// </summary>
    public static bool MayJudge(BlockFacts unit, bool isBio) =>
        !unit.IsNotes && !isBio && !unit.Signals.IsLongProse && unit.Signals.Words > 0 && !NotesParagraph.IsNotes(unit.Signals.Text);

    public static IReadOnlyList<BoilerplateVerdict?> Apply(IReadOnlyList<BlockFacts> units, IReadOnlyList<BoilerplateVerdict?> rules,
        IReadOnlyList<bool> bios, Func<int, IReadOnlyList<int>> seedLines, string sourcePath, double? dropBelowOrCurrent = null)
    {
        var dropBelow = dropBelowOrCurrent ?? Current;
        var result = rules.ToArray();
        var tracing = LineModelTrace.Active;
        if (dropBelow <= 0 && !tracing) return result;
        var context = LineModel.ContextOf(units);
        for (var k = 0; k < units.Count; k++)
        {
            if (units[k].IsNotes || bios[k]) continue;
            var eligible = MayJudge(units[k], bios[k]);
            if (!tracing && (rules[k] is not null || !eligible)) continue;
            var features = LineModel.Features(units, rules, k, context);
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
