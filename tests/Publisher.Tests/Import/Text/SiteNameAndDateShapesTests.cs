using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Site names and page dates in the shapes scraped pages print them (meta17): the issuer over a portal's crawler suffix,
/// the full name the short suffix stands for, a show over the body that makes it, a platform's publication, and dates
/// as timestamps, beside a report's details, or day/month order settled by the site's other dates. Invented lines.
/// </summary>
public class SiteNameAndDateShapesTests
{
    [Fact]
    public void A_from_field_outranks_the_portals_crawler_suffix()
    {
        string[] page = ["GOV.ARLAND", "Menu", "Press release", "Why the border posts move north", "The posts move on Monday.", "From:",
            "Department for Border Affairs and Minister Ines Varga", "Published", "3 March 2030", "The posts move north on Monday, the department said.", "© Republic of Arland"];
        var found = SiteName.Find(page, "GOV.ARLAND", "https://www.gov.arland.example/news/border-posts", [], title: "Why the border posts move north");
        Assert.Equal("Department for Border Affairs", found?.Name);
    }

    [Fact]
    public void An_issuer_in_short_form_takes_the_full_name_the_page_prints()
    {
        string[] page = ["REPUBLIC OF ARLAND | MINISTRY OF LAKES", "Why the ferry service stops in March", "Issued by: Press Office of the Ministry of Lakes",
            "The ferry service will stop for two weeks while the quays are repaired.", "© Ministry of Lakes of the Republic of Arland"];
        var found = SiteName.Find(page, "Ministry of Lakes of the Republic of Arland", null, [], title: "Why the ferry service stops in March");
        Assert.Equal("Ministry of Lakes of the Republic of Arland", found?.Name);
    }

    [Fact]
    public void A_short_crawler_suffix_gives_way_to_the_masthead_printed_in_full()
    {
        string[] page = ["Accept all", "Brennmoor Institute for Water Policy", "Research", "Experts", "Why the canal tolls went up", "By Ines Morrow",
            "The tolls rose twice this year, and the barges are carrying less.", "© Brennmoor Institute 2030"];
        var found = SiteName.Find(page, "Brennmoor Institute", null, ["Ines Morrow"], title: "Why the canal tolls went up");
        Assert.Equal("Brennmoor Institute for Water Policy", found?.Name);
    }

    [Fact]
    public void A_show_named_at_the_top_is_the_publication_not_the_body_that_produces_it()
    {
        string[] page = ["Harwick Policy Forum", "Podcasts", "Low Tide", "All episodes", "Why the estuary towns are emptying", "Hosts: Ana Brell & Tom Osei",
            "Ana and Tom talk to two harbour masters about the towns the fishing fleet left behind, and what might bring people back.",
            "Low Tide is produced by the Harwick Policy Forum. Music by The Reed Cutters.", "© 2030 Harwick Policy Forum"];
        var found = SiteName.Find(page, null, "https://harwickpolicyforum.example/podcasts/low-tide/12", [], title: "Why the estuary towns are emptying");
        Assert.Equal("Low Tide", found?.Name);
    }

    [Fact]
    public void A_show_keeps_the_article_its_logo_and_credits_print()
    {
        string[] page = ["Menu", "Episodes", "THE TIDEWAY HOUR", "Episode 12", "Why the estuary towns are emptying", "Hosted by Ana Brell",
            "Ana talks to two harbour masters about the towns the fishing fleet left behind, and what might bring people back.",
            "The Tideway Hour is produced by Saltgrass Audio. Music by The Reed Cutters."];
        var found = SiteName.Find(page, null, "https://thetidewayhour.example/episodes/12", [], title: "Why the estuary towns are emptying");
        Assert.Equal("The Tideway Hour", found?.Name);
    }

    [Fact]
    public void A_post_published_in_a_platforms_publication_belongs_to_it()
    {
        string[] page = ["Open in app", "Sign in", "Harbour Ledgers", "Why the quays went quiet", "Lena Morrow-Abiodun", "Follow", "Published in",
            "Harbour Ledgers", "6 min read", "Mar 9, 2030", "The quays of the inner harbour went quiet in February, and nobody at the port authority could say why."];
        var found = SiteName.Find(page, "Postwell", "https://postwell.example/harbour-ledgers/why-the-quays-went-quiet-4b1", ["Lena Morrow-Abiodun"], title: "Why the quays went quiet");
        Assert.Equal("Harbour Ledgers", found?.Name);
    }

    [Fact]
    public void A_name_whose_address_leaves_out_its_joining_words_matches_it()
    {
        string[] page = ["Letters from the Delta", "Rivers, boats and the people who work them", "Home   About   Contact", "Why the ferries stopped",
            "Posted on March 2, 2030 by deltaletters", "The ferries stopped running in January, and nobody has said when they will start again."];
        var found = SiteName.Find(page, null, "https://lettersdelta.blogplatform.example/2030/03/02/why-the-ferries-stopped/", [], title: "Why the ferries stopped");
        Assert.Equal("Letters from the Delta", found?.Name);
    }

    [Fact]
    public void A_cookie_banner_over_the_masthead_does_not_push_it_out_of_the_top_lines()
    {
        string[] page = ["Cookies on the Lakeside Council website", "We use some essential cookies to make this website work.", "Accept additional cookies",
            "Reject additional cookies", "View cookies", "Skip to main content", "Lakeside Borough Council", "Home   Services   News   Contact",
            "Why the ferry stops in March", "The ferry will stop for two weeks.", "© Council copyright 2030"];
        var found = SiteName.Find(page, null, null, [], title: "Why the ferry stops in March");
        Assert.Equal("Lakeside Borough Council", found?.Name);
    }

    [Theory]
    [InlineData("© Crown copyright")]
    [InlineData("© Assembly copyright 2030")]
    public void A_kind_of_copyright_names_no_holder(string line) => Assert.Null(SiteName.CopyrightHolder(line));

    [Theory]
    [InlineData("2030-10-02T10:14:00+01:00", "2030-10-02")]
    [InlineData("Published: 2030-10-02T09:14:00Z", "2030-10-02")]
    [InlineData("7 October 2029   |   42 pages   |   ISBN 978-1-7394-2210-6", "2029-10-07")]
    [InlineData("Oct. 2, 2030", "2030-10-02")]
    [InlineData("2 October 2030 10:14 GMT", "2030-10-02")]
    [InlineData("Updated 3 October 2030 08:05 GMT | Published 2 October 2030 10:14 GMT", "2030-10-02")]
    public void Reads_the_date_shapes_pages_print(string line, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateLine.Read(line)?.Date);

    [Fact]
    public void An_ambiguous_date_is_read_by_the_sites_other_dates()
    {
        var found = DateLine.ResolveBySite("02/10/2030", ["Bridge repairs delayed again", "14/09/2030", "School roof to be replaced"]);
        Assert.Equal(new DateOnly(2030, 10, 2), found?.Reading.Date);
        Assert.Equal(new DateOnly(2030, 2, 10), DateLine.ResolveBySite("02/10/2030", ["09/28/2030"])?.Reading.Date);
    }

    [Fact]
    public void An_ambiguous_date_the_page_does_not_settle_is_left_unset()
    {
        Assert.Null(DateLine.ResolveBySite("02/10/2030", ["No other dates here"]));
        Assert.Null(DateLine.ResolveBySite("02/10/2030", ["14/09/2030", "09/28/2030"]));
        Assert.Null(DateLine.ResolveBySite("02/10/2030", ["14.09.2030"]));
    }

    [Fact]
    public void The_standfirst_under_the_title_does_not_stop_the_search_for_the_head_date()
    {
        const string standfirst = "I worked eleven years on the ferries. For four of them, I took money from smugglers. Here is how it worked, and why the reform will not stop it.";
        string[] page = ["Why the quays went quiet", standfirst, "Lena Morrow-Abiodun", "Follow", "6 min read", "·", "Jun 18, 2030", "The first time I was handed an envelope I was twenty-six."];
        Assert.Null(HeadDate.Find(page, 0));
        Assert.Equal(new DateOnly(2030, 6, 18), HeadDate.Find(page, 0, [standfirst])?.Reading.Date);
    }

    [Theory]
    [InlineData("KESSEL HARBOUR, 14 March (Coastline Wire) – Dockers walked out on Monday over a new shift rota.", 3, 14)]
    [InlineData("KESSEL HARBOUR, 14th March – Dockers walked out on Monday over a new shift rota.", 3, 14)]
    [InlineData("KESSEL HARBOUR, March 14 (Coastline Wire) – Dockers walked out on Monday over a new shift rota.", 3, 14)]
    public void A_wire_dateline_gives_day_and_month_in_either_order(string paragraph, int month, int day)
    {
        var found = WireDateline.Read(paragraph);
        Assert.Equal((month, day), (found?.Month, found?.Day));
    }

    [Theory]
    [InlineData("https://harbourhub.example/2031-03-14/quay-closed", "2031-03-14")]
    public void A_folder_of_the_address_that_is_an_iso_date_dates_the_page(string url, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), HeadDate.FromUrl(url));

    [Fact]
    public void A_number_in_the_address_that_is_no_date_dates_nothing() =>
        Assert.Null(HeadDate.FromUrl("https://harbourhub.example/notices/2031-93-14/quay-closed"));

    [Theory]
    [InlineData("Chief Inspector, Lakeside Water Authority", "Lakeside Water Authority")]
    [InlineData("Ministry of Lakes and Deputy Minister Ana Brell", "Ministry of Lakes")]
    [InlineData("Ana Brell, Press Officer", null)]
    public void An_issuing_field_names_the_body_after_an_officers_role(string value, string? body) =>
        Assert.Equal(body, IssuingBody.Body(value));
}
