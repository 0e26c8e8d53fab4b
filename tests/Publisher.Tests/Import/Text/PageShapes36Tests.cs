using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes fitted in the thirty-fifth session (cases36-new read without sidecars): a reference sheet whose one-sentence
/// definition under its term ends on a year, so that the term stays the title and nothing above a later heading is
/// lost. Invented lines.
/// </summary>
public class PageShapes36Tests
{
    [Theory]
    [InlineData("The Marl Ridge Collective was a small group of quarry workers that blocked the valley road on six occasions between 2024 and 2029.")]
    [InlineData("A harbour bond is a sum a shipowner lodges with the port before unloading, a practice the port of Eskel began in 1911.")]
    public void A_long_sentence_ending_on_a_year_is_prose_though_not_by_the_strict_test(string line)
    {
        Assert.NotNull(ProseParagraph.WhyNot(line));
        Assert.True(ProseParagraph.IsLongEndingOnYear(line));
    }

    [Theory]
    [InlineData("Dock workers at the southern gate, 2031.")]
    [InlineData("Ann Lee was born in Kessin in 1961.")]
    [InlineData("Photo: dock workers gather at the southern gate before the vote on the new rota in 2031.")]
    public void Captions_and_short_lines_ending_on_a_year_are_not(string line) => Assert.False(ProseParagraph.IsLongEndingOnYear(line));

    [Fact]
    public void A_labelled_term_over_its_definition_ending_on_a_year_is_the_title_not_the_first_heading_below()
    {
        string[] lines = ["Orrin Open Records", "Groups   Places   Methods   About", "Short facts about banned groups, checked against court records",
            "DATA SHEET", "Marl Ridge Collective",
            "The Marl Ridge Collective was a small group of quarry workers that blocked the valley road on six occasions between 2024 and 2029.",
            "Key facts", "Active: 2024–2029", "Members: about 20", "Background",
            "The group formed after the quarry company cut the night shift and closed the workers' hostel."];
        Assert.Equal("Marl Ridge Collective", PageTitle.Choose(lines, PageTitleHints.None)?.Text);
    }

    [Theory]
    [InlineData("FACT SHEET", "fact sheet")]
    [InlineData("DATA SHEET", "data sheet")]
    [InlineData("PORTRAIT", "portrait")]
    public void Reference_sheets_and_portraits_are_genres(string label, string kind) => Assert.Equal(kind, Genres.OwnLabel(label));

    [Fact]
    public void A_sheet_alone_names_no_genre() => Assert.Null(Genres.OwnLabel("SHEET"));
}
