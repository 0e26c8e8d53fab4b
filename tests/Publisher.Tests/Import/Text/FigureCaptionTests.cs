using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class FigureCaptionTests
{
    private static IReadOnlyList<int> At(string text, int at = 0, bool broken = false) => FigureCaption.At(text.Split('\n'), at, broken);

    [Theory]
    [InlineData("Figure 2: Boardings reported near the outer anchorage, by month, 2027–2029")]
    [InlineData("Fig. 3. Checkpoints on the coast road in May 2030")]
    [InlineData("Chart: Ferry fares on the lake route, in shillings, 2025–2030. Source: operators' timetables")]
    [InlineData("Map 1 – Districts where the militia collects a levy")]
    [InlineData("[Image: A ferry at the landing stage in Ostvik at dusk. Credit: Harbour Archive]")]
    [InlineData("[Map: Reported attacks on pylons, January–June 2030]")]
    [InlineData("Image caption, Fishing boats tied up at the quay after the curfew")]
    [InlineData("Image source, Lakeshore Radio")]
    [InlineData("Item 2 of 4 Traders wait at the closed crossing near Vessmark, June 3, 2030. Alder Wire/Staff")]
    [InlineData("[1/3] Traders wait at the closed crossing near Vessmark, June 3, 2030. Alder Wire/Staff")]
    public void One_line_captions(string line) => Assert.Equal([0], At(line));

    [Fact]
    public void A_figure_caption_takes_its_source_line()
        => Assert.Equal([0, 1], At("Figure 1: Ransom payments reported in the delta, 2024–2029\nSource: insurers' data compiled by the author.\nThe figures show a steady rise."));

    [Fact]
    public void A_caption_broken_after_a_comma_takes_its_short_continuation()
        => Assert.Equal([0, 1], At("Figure 4. Convoys stopped on the ridge road, by week,\nMarch–May 2030.\nThe levy rose in April."));

    [Fact]
    public void Bracketed_alternative_text_runs_to_its_closing_bracket()
        => Assert.Equal([0, 1], At("[Image: Nets drying on the shore at Kessmark.\nPhotograph: Ilse Varga for The Lantern]\nThe boats went out at dawn."));

    [Fact]
    public void Bracketed_text_without_its_closing_bracket_nearby_is_not_a_caption()
        => Assert.Empty(At("[Image: Nets drying on the shore at Kessmark.\nThe boats went out at dawn.\nNobody spoke of the fire.\nThe harbour was quiet."));

    [Theory]
    [InlineData("Figures from the ministry show a steady rise in arrests since 2027.")]
    [InlineData("Mapping the networks took the team two years.")]
    [InlineData("Source of the quotes: interviews in Kessmark.")]
    [InlineData("Table talk in the ministry turned to the ferries.")]
    [InlineData("Items seized included two rifles and a radio.")]
    [InlineData("Figure: A dry canal near the village in August.")]
    public void Prose_is_not_a_caption(string line) => Assert.Empty(At(line));

    [Fact]
    public void After_a_broken_sentence_only_the_colon_form_is_a_caption()
    {
        Assert.Empty(At("Figure 2. The smugglers then moved east.", broken: true));
        Assert.Equal([0], At("Figure 2: Routes east of the lake", broken: true));
    }
}
