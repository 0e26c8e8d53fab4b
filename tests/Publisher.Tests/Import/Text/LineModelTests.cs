using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// The line model (<see cref="LineModel"/>) with its committed weights: training is too slow for a unit test (it imports
/// the whole corpus: <c>benchmarks/Publisher.ImportEval --train-lines</c> checks the weights against it), so these pin
/// the scores of a few invented units, and the limits that keep the model away from prose, notes and bios.
/// </summary>
public class LineModelTests
{
    private const string Prose =
        "The harbour board met on Tuesday to decide whether the old slipway should be rebuilt, and after a long debate it agreed to spend the money over two years rather than one.";

    private static BlockFacts Unit(string text, bool tail = false, string? position = null, bool notes = false) =>
        new(TextSignals.Of(text), 0, position, false, false, notes, InTail: tail);

    /// <summary>An invented page: two paragraphs of prose with a short sentence between them, then the page's foot.</summary>
    private static List<BlockFacts> Page(params BlockFacts[] foot) =>
        [Unit(Prose), Unit("Nobody objected."), Unit(Prose + " The work starts in May."), .. foot];

    private static double Score(IReadOnlyList<BlockFacts> units, int k) =>
        LineModel.TextProbability(LineModel.Features(units, units.Select(_ => (BoilerplateVerdict?)null).ToList(), k));

    [Fact]
    public void On_by_default_at_the_cross_validated_point()
    {
        Assert.Equal(LineModelVerdicts.CrossValidatedPoint, LineModelVerdicts.DropBelow);
        Assert.True(LineModelVerdicts.DropBelow > 0);
        Assert.NotEmpty(LineModelWeights.Trees);
    }

    [Fact]
    public void Weights_match_the_features() => Assert.Equal(LineModel.FeatureNames.Length, LineModelWeights.Weights.Length);

    [Fact]
    public void Pinned_scores_of_invented_units()
    {
        var page = Page(Unit("Broadcast 4 June 2030 · 52 min · Episode 7", tail: true), Unit("Filed under: harbours · boats · council", tail: true));
        var scores = string.Join(' ', new[] { 1, 3, 4 }.Select(k => Score(page, k).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("0.918 0.009 0.013", scores);
    }

    [Fact]
    public void A_short_sentence_between_paragraphs_of_prose_is_kept()
    {
        var page = Page(Unit("Broadcast 4 June 2030 · 52 min · Episode 7", tail: true));
        var verdicts = LineModelVerdicts.Apply(page, page.Select(_ => (BoilerplateVerdict?)null).ToList(), page.Select(_ => false).ToList(), _ => [1], "seeds/x.txt", LineModelVerdicts.CrossValidatedPoint);
        Assert.Null(verdicts[1]);
        Assert.True(Score(page, 1) > 0.5);
    }

    [Fact]
    public void Furniture_under_the_operating_point_is_dropped_with_the_features_that_said_so()
    {
        // The page's foot: short lines with separators, outside the span of prose, at the end of the body.
        var page = Page(Unit("Broadcast 4 June 2030 · 52 min · Episode 7", tail: true), Unit("Filed under: harbours · boats · council", tail: true));
        var verdicts = LineModelVerdicts.Apply(page, page.Select(_ => (BoilerplateVerdict?)null).ToList(), page.Select(_ => false).ToList(), _ => [1], "seeds/x.txt", LineModelVerdicts.CrossValidatedPoint);
        Assert.Null(verdicts[1]);
        Assert.Equal("furniture by the line model", verdicts[3]?.What);
        Assert.Equal("furniture by the line model", verdicts[4]?.What);
        Assert.Contains("separators", verdicts[4]!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_notes_and_bios_are_never_the_models_to_judge()
    {
        var page = Page(Unit("Broadcast 4 June 2030 · 52 min · Episode 7", tail: true, notes: true), Unit("Broadcast 5 June 2030 · 48 min · Episode 8", tail: true));
        var bios = page.Select((_, k) => k == 4).ToList();
        var verdicts = LineModelVerdicts.Apply(page, page.Select(_ => (BoilerplateVerdict?)null).ToList(), bios, _ => [1], "seeds/x.txt", LineModelVerdicts.CrossValidatedPoint);
        Assert.All(verdicts, Assert.Null);
        Assert.False(LineModelVerdicts.MayJudge(Unit(Prose), isBio: false));
        // An entry of notes the notes rule did not find (under a heading it did not read) is still not the model's.
        Assert.False(LineModelVerdicts.MayJudge(Unit("(2) Interviews with ferry crews, Porthkell, May 2030."), isBio: false));
    }

    [Theory]
    [InlineData("Download (MP3, 44 MB)", true)]
    [InlineData("Sign the petition", true)]
    [InlineData("Forward to a friend", true)]
    [InlineData("Follow the Committee on social media", true)]
    [InlineData("» Watch the meeting", true)]
    [InlineData("Downloads rose by a third in the spring.", false)]
    [InlineData("Signatures were collected at the market.", false)]
    [InlineData("Read", false)]
    public void An_interface_command_opens_the_line(string line, bool expected) => Assert.Equal(expected, UiVocabulary.StartsWithCommand(line));

    [Fact]
    public void A_unit_printed_twice_in_the_text_is_marked_repeated()
    {
        var page = Page(Unit("Dr Ada Lindqvist, Senior Fellow", tail: true), Unit("dr ada lindqvist senior fellow", tail: true), Unit("Share", tail: true));
        var context = LineModel.ContextOf(page);
        Assert.Equal([false, false, false, true, true, false], context.RepeatedInText);
        var repeated = Array.IndexOf(LineModel.FeatureNames, "repeated in this text");
        Assert.Equal(1, LineModel.Features(page, page.Select(_ => (BoilerplateVerdict?)null).ToList(), 3)[repeated]);
    }
}
