using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class SiteUnitAndIssuerTests
{
    private static SiteNameReading? Site(params string[] page) =>
        SiteName.Find(page, crawlerSite: null, url: null, authors: [], title: page.First(l => l.StartsWith("Why", StringComparison.Ordinal)));

    [Fact]
    public void A_centre_with_its_own_menu_under_its_university_publishes()
    {
        var found = Site("Marrowby University", "Study   Research   Alumni   Give", "", "Centre for Lake Studies", "About   People   Projects   Blog",
            "Why the lake keeps rising", "Ilse Varga-Okoye", "The lake rose again this spring, for the fourth year running.", "© Marrowby University 2030");
        Assert.Equal("Centre for Lake Studies", found?.Name);
    }

    [Fact]
    public void A_programme_over_the_title_is_a_section_of_its_parent()
    {
        var found = Site("Harwick Policy Forum", "Topics  Regions  Experts  About", "Water and Food Programme",
            "Why the canal tolls went up", "Ines Morrow", "The tolls rose twice this year.", "© Harwick Policy Forum 2030");
        Assert.Equal("Harwick Policy Forum", found?.Name);
    }

    [Fact]
    public void A_press_office_under_its_ministry_speaks_for_it()
    {
        var found = Site("MINISTRY OF LAKES", "Press Office", "Home | Ministry | Press centre | Contacts",
            "Why the ferry service stops in March", "The ferry service will stop for two weeks.", "© Ministry of Lakes 2030");
        Assert.NotEqual("Press Office", found?.Name);
    }

    [Fact]
    public void A_from_field_names_the_issuer_over_the_governments_copyright()
    {
        var found = Site("GOV.ARLAND", "Home > News", "Press release", "Why the border posts move north", "From:",
            "Department for Border Affairs and Arland Coast Police", "Published 3 March 2030", "The posts move on Monday.", "© Republic of Arland");
        Assert.Equal("Department for Border Affairs", found?.Name);
    }

    [Fact]
    public void A_news_word_the_closing_lines_leave_out_is_the_stations_newsroom()
    {
        var found = Site("Radio Orrin News", "", "Why the harbour bridge is closed", "", "The bridge closed on Tuesday for repairs.", "",
            "Radio Orrin is part of the Western Shore Broadcasting group.");
        Assert.Equal("Radio Orrin", found?.Name);
    }

    [Theory]
    [InlineData("Press Office of the Ministry of Fisheries", "Ministry of Fisheries")]
    [InlineData("Coastal Safety Agency and National Harbour Police", "Coastal Safety Agency")]
    [InlineData("Lena Hart <lena@example.org>", null)]
    [InlineData("Lena Hart", null)]
    public void An_issuer_field_names_its_first_body(string value, string? body) =>
        Assert.Equal(body, IssuingBody.Body(value));
}
