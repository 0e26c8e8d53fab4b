using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Invented heads (pages21): a sentence-case headline wrapped mid-phrase over two lines is one title.</summary>
public class TitleWrapTests
{
    private const string Prose =
        "The office of the harbour master is a wooden hut at the end of the eastern pier, heated by a stove and lit, most of the winter, by a single lamp.";

    [Theory]
    [InlineData("The harbour master who", "counts the boats twice", true)]
    [InlineData("Why the ferry crews lost", "patience with the port authority", true)]
    [InlineData("The harbour master counts the boats twice", "For thirty years she has kept a ledger", false)]
    [InlineData("The harbour master counts the boats twice.", "and nobody asked why", false)]
    [InlineData("The harbour master", "the long version of a short story that runs on and on past any headline's length", false)]
    public void A_line_opening_in_lower_case_continues_the_headline_above(string above, string below, bool expected) =>
        Assert.Equal(expected, TitleContinuation.ContinuesInLowerCase(above, below));

    [Theory]
    [InlineData("The harbour master who")]
    [InlineData("A fleet run by their")]
    public void A_relative_or_possessive_word_leaves_a_title_open(string line) => Assert.True(TitleContinuation.EndsOpen(line));

    [Fact]
    public void A_headline_wrapped_mid_phrase_is_read_whole()
    {
        string[] lines = ["THE LONG TIDE", "Current issue   Archive   Subscribe", "PROFILE", "The harbour master who", "counts the boats twice", "Words: Tobias Wennerlund", "21 July 2032", Prose];

        var choice = PageTitle.Choose(lines, PageTitleHints.None);

        Assert.NotNull(choice);
        Assert.Equal("The harbour master who counts the boats twice", choice.Text);
        Assert.Equal(2, choice.LineCount);
    }

    [Theory]
    [InlineData("7. Small harbours and the limits of port security", "Small harbours and the limits of port security")]
    [InlineData("87 · A new emir on the lake", "A new emir on the lake")]
    [InlineData("40 Wells in a Dry Valley", "40 Wells in a Dry Valley")]
    [InlineData("Ep. 112: Drones on the Lake", "Ep. 112: Drones on the Lake")]
    [InlineData("2031. The year the ports closed", "2031. The year the ports closed")]
    [InlineData("3. and then the rain", "3. and then the rain")]
    public void A_bare_number_opening_a_headline_is_its_place_in_a_series(string title, string expected) =>
        Assert.Equal(expected, TitleLine.WithoutSeriesPosition(title));

    [Fact]
    public void The_work_holding_a_chapter_is_a_page_field_not_its_title()
    {
        string[] lines = ["Harrowgate University Press Online", "Browse  Subjects  Series  Journals  For librarians", "Access provided by Kaunhof University", "Chapter",
            "7. Small harbours and the limits of port security", "Lena Marsh-Otieno¹ and Karel Dvorak²", "¹ University of Sorhamn; ² Institute for Coastal Studies, Rostrup",
            "In: Maritime Insecurity in Northern Europe, edited by Anselm Vukovic and Ottilie Brandvold", "Published online: 2 September 2032", "DOI: 10.5555/hup.2032.0714", "Abstract", Prose];

        var choice = PageTitle.Choose(lines, PageTitleHints.None);

        Assert.Equal(new PageFieldReading("in", "Maritime Insecurity in Northern Europe, edited by Anselm Vukovic and Ottilie Brandvold"), PageField.Read(lines[7]));
        Assert.NotNull(choice);
        Assert.Equal("Small harbours and the limits of port security", choice.Text);
    }
}
