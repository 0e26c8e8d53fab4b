using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes found in the thirty-second session's new web cases (cases34-new), after the cases33-new rules: two authors each
/// with a role after a comma; a photographer-writer's credit; a reporter "reports from" a place; a sentence about the
/// page's own history; the site describing itself after a notes list. Invented lines.
/// </summary>
public class WebShapes34Tests
{
    [Theory]
    [InlineData("By Wenna Trask-Oduya, senior fellow, and Idris Pell, research associate", new[] { "Wenna Trask-Oduya", "Idris Pell" })]
    [InlineData("By Wenna Trask, Senior Fellow, and Idris Pell, Research Associate", new[] { "Wenna Trask", "Idris Pell" })]
    [InlineData("By Ann Lee, Bo Ma and Cy Young", new[] { "Ann Lee", "Bo Ma", "Cy Young" })]
    [InlineData("Words and pictures by Saffi Brennock", new[] { "Saffi Brennock" })]
    [InlineData("Text and photos by Kit Aldous-Mbeki", new[] { "Kit Aldous-Mbeki" })]
    [InlineData("Orla Penhaligon reports from Vessby", new[] { "Orla Penhaligon" })]
    [InlineData("Orla Penhaligon and Bram Oyelowo write from the border town of Kessary", new[] { "Orla Penhaligon", "Bram Oyelowo" })]
    public void Bylines_in_less_common_shapes(string line, string[] names) => Assert.Equal(names, Byline.Read(line)?.Names);

    [Theory]
    [InlineData("The minister reports from Brussels on the talks")]
    [InlineData("Our correspondent reports from Vessby")]
    public void A_sentence_that_reports_from_a_place_names_no_author(string line) => Assert.Null(Byline.Read(line));

    [Fact]
    public void A_sentence_about_the_pages_own_history_dates_it_by_its_first_date()
    {
        const string line = "This story was first published on 3 May 2039 and revised on 9 May 2039 to correct the length of the new path.";
        Assert.True(PageHistory.Is(line));
        Assert.Equal(new DateOnly(2039, 5, 3), PageHistory.DateOf(line)?.Date);
        Assert.Equal(DateRole.Published, PageHistory.DateOf(line)?.Role);
    }

    [Fact]
    public void A_long_sentence_that_only_opens_like_the_pages_history_is_none()
    {
        const string line = "This story was first told to me by my grandmother, who heard it from a ferryman at Vessby in the winter of 1962 when the river froze.";
        Assert.False(PageHistory.Is(line));
    }
}
