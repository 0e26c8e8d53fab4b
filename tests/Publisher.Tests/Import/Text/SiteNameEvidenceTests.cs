using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class SiteNameEvidenceTests
{
    [Theory]
    [InlineData("Brightwell — the archive of river law", "Brightwell")]
    [InlineData("Assembly of Lowmere — Petitions, debates and committee papers", "Assembly of Lowmere")]
    [InlineData("FRCA | Federation of River Cities Associations", "Federation of River Cities Associations")]
    [InlineData("Federation of River Cities Associations (FRCA)", "Federation of River Cities Associations")]
    [InlineData("Home | About", null)]
    [InlineData("Marrow Institute for Dryland Studies | Data Portal", "Marrow Institute for Dryland Studies")]
    [InlineData("Events | The Salt Road Review", "The Salt Road Review")]
    [InlineData("Harbour Review | Tollhaven Institute", null)]
    [InlineData("Harbour Gazette — Sport & Weather", null)]
    [InlineData("tidewater.example — official news of the Tidewater Council", null)]
    [InlineData("The Lantern Review", null)]
    public void A_logo_line_is_read_for_its_name(string line, string? name) =>
        Assert.Equal(name, SiteNameLine.Name(line));

    [Theory]
    [InlineData("Riverside Studies Blog", "Riverside Studies")]
    [InlineData("Kestrel Institute News & Events", "Kestrel Institute")]
    [InlineData("Kestrel Institute", null)]
    public void A_section_word_closes_a_site_suffix(string name, string? rest) =>
        Assert.Equal(rest, SiteNameLine.WithoutSectionWord(name));

    [Theory]
    [InlineData("Accessibility | Privacy | © Tidewater Council", "Tidewater Council")]
    [InlineData("Registered charity. © Open Hands Clinics 2026. Cookies | Contact", "Open Hands Clinics")]
    [InlineData("© PLMR 2026  Terms of use  Privacy", "PLMR")]
    [InlineData("Photo © Jana Lindqvist", null)]
    public void A_copyright_notice_after_a_separator_names_its_holder(string line, string? holder) =>
        Assert.Equal(holder, SiteName.CopyrightHolder(line));

    [Theory]
    [InlineData("© 2027 Quayside Ledger Media Ltd")]
    [InlineData("© 2027 Quayside Ledger")]
    public void A_logo_in_capitals_keeps_its_article_when_the_copyright_holder_drops_it(string copyright)
    {
        string[] page = ["THE QUAYSIDE LEDGER", "Courts · Crime · Justice", "Harbour pilot fined over night collision", "Ines Marrow-Tal",
            "Mon 3 May 2027", "A harbour pilot was fined on Monday after a collision in the night channel.", copyright];
        var site = SiteName.Find(page, null, null, ["Ines Marrow-Tal"], title: "Harbour pilot fined over night collision");
        Assert.Equal("The Quayside Ledger", site?.Name);
    }

    [Fact]
    public void A_top_name_printed_again_in_a_credit_below_is_the_site_name()
    {
        string[] page = ["THE SALTMARSH ALMANAC", "Subscribe | Log in", "ESSAYS", "Walking the Dykes", "Marit Olsson", "5 June 2025",
            "The tide came in early that year.", "Photographs by Ivo Brandt for The Saltmarsh Almanac", "Privacy · Terms"];
        var site = SiteName.Find(page, null, null, ["Marit Olsson"], title: "Walking the Dykes");
        Assert.Equal("The Saltmarsh Almanac", site?.Name);
    }

    [Theory]
    [InlineData("Sign in")]
    [InlineData("Subscribe")]
    [InlineData("View this email in your browser")]
    public void A_control_at_the_top_of_the_page_is_no_site_name(string control)
    {
        Assert.True(SiteName.IsControl(control));
        string[] page = [control, "Ferry fares rise again", "By Tilde Amsel-Orr", "Fares rose on Monday for the third time this year.", "Unsubscribe"];
        Assert.NotEqual(control, SiteName.Find(page, null, null, ["Tilde Amsel-Orr"], title: "Ferry fares rise again")?.Name);
    }

    [Theory]
    [InlineData("The Harbour Ledger")]
    [InlineData("Riverkeepers of the Amsel")]
    public void A_masthead_is_no_control(string name) => Assert.False(SiteName.IsControl(name));

    [Fact]
    public void A_menu_word_printed_again_in_lower_case_is_no_site_name()
    {
        string[] page = ["Skip to content", "Local News", "Bridge closed after flood", "By Anna Fenwick", "The bridge shut on Monday.", "More local news"];
        Assert.Null(SiteName.Find(page, null, null, ["Anna Fenwick"], title: "Bridge closed after flood"));
    }

    [Fact]
    public void A_closing_line_that_says_who_publishes_the_page_confirms_the_logo_line()
    {
        string[] page = ["KILN TRADE WEEKLY", "Login | Register", "Features", "Kiln prices climb", "Ola Brandt | 2-Mar-2026", "Prices rose again.",
            "Kiln Trade Weekly is published by Farrow Trade Media. © 2026."];
        Assert.Equal("Kiln Trade Weekly", SiteName.Find(page, null, null, ["Ola Brandt"], title: "Kiln prices climb")?.Name);
    }

    [Fact]
    public void A_logo_in_capitals_keeps_its_article_when_the_closing_line_leaves_it_out()
    {
        string[] page = ["THE SALTMARSH ALMANAC", "Log in", "Walking the Dykes", "The tide came in early.", "The Saltmarsh Almanac is published by Reedbed Press."];
        Assert.Equal("The Saltmarsh Almanac", SiteName.Find(page, null, null, [], title: "Walking the Dykes")?.Name);
    }

    [Fact]
    public void An_organisation_named_in_a_busy_top_line_and_described_below_is_the_site_name()
    {
        string[] page = ["▶ ON AIR  Radio Fenholm 98.1 FM — Now: Morning Drive", "News  Sport", "Ferry strike ends", "Ferry staff went back to work.",
            "Radio Fenholm is part of the Coastline Radio Group. © 2026"];
        Assert.Equal("Radio Fenholm", SiteName.Find(page, null, null, [], title: "Ferry strike ends")?.Name);
    }

    [Fact]
    public void An_acronym_spelt_out_at_the_top_is_confirmed_by_the_copyright_holder()
    {
        string[] page = ["PLMR | Pan-Lakes Maritime Registry", "About  Newsroom", "Statement on inland ports", "The registry welcomes the report.", "© PLMR 2026  Terms"];
        Assert.Equal("Pan-Lakes Maritime Registry", SiteName.Find(page, null, null, [], title: "Statement on inland ports")?.Name);
    }

    [Fact]
    public void A_crawler_suffix_of_a_section_gives_way_to_the_organisation_holding_its_words()
    {
        string[] page = ["Northfield University", "Northfield Centre for Water and Conflict Research", "Blog home | People", "Wells and wars"];
        var site = SiteName.Find(page, "Water Centre Blog", null, [], title: "Wells and wars");
        Assert.Equal("Northfield Centre for Water and Conflict Research", site?.Name);
    }

    [Theory]
    [InlineData(new[] { "HARBOUR", "WATCH", "QUARTERLY", "Volume 3" }, 3)]
    [InlineData(new[] { "TERRORISM MONITOR", "IN-DEPTH ANALYSIS OF THE WAR", "Volume 3" }, 1)]
    [InlineData(new[] { "Harbour", "Watch" }, 1)]
    [InlineData(new[] { "CASPIAN & VOLGA", "BORDERLANDS MONITOR", "Volume III" }, 2)]
    [InlineData(new[] { "THE KESTREL FOUNDATION", "HARBOUR MONITOR", "Volume 3" }, 1)]
    public void A_masthead_name_set_one_word_a_line_is_one_name(string[] lines, int length) =>
        Assert.Equal(length, StackedMastheadName.Length(lines, 0));

    [Fact]
    public void A_name_over_the_site_menu_is_the_masthead_even_when_a_parent_holds_the_copyright()
    {
        string[] page = ["Consulate General of Varnia in Port Sellis", "Consular services   Visas   News   About us", "Travel notice for the north",
            "6 June 2027", "The Consulate General advises citizens to avoid the coast road.", "© Ministry of External Affairs of Varnia"];
        var site = SiteName.Find(page, null, null, [], title: "Travel notice for the north");
        Assert.Equal("Consulate General of Varnia in Port Sellis", site?.Name);
        Assert.Contains("menu", site!.Evidence, StringComparison.Ordinal);
        Assert.Contains("chosen over the copyright line's holder 'Ministry of External Affairs of Varnia'", site.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_periodical_name_above_the_title_is_the_masthead()
    {
        string[] page = ["Tollbridge Evening Herald", "Lorry park plan rejected", "Nell Oduya-Strand", "4 March 2027", "Councillors rejected the plan on Tuesday."];
        Assert.Equal("Tollbridge Evening Herald", SiteName.Find(page, null, null, [], title: "Lorry park plan rejected")?.Name);
    }

    [Fact]
    public void A_person_under_the_title_is_never_the_site_even_when_printed_again()
    {
        string[] page = ["Saltings Quarterly", "Books", "A life on the tide line", "Ysolde Brannigan-Tuor",
            "Ysolde Brannigan-Tuor spent a decade on the mudflats, and her memoir shows it.", "More reviews by Ysolde Brannigan-Tuor"];
        Assert.Equal("Saltings Quarterly", SiteName.Find(page, null, null, [], title: "A life on the tide line")?.Name);
    }

    [Fact]
    public void A_copyright_holder_that_adds_a_company_word_to_the_masthead_gives_the_masthead()
    {
        string[] page = ["Tidewise", "Talk about the estuary, every other week", "A conversation with a lock keeper", "Episode 12", "Transcript follows.", "© 2027 Tidewise Productions"];
        Assert.Equal("Tidewise", SiteName.Find(page, null, null, [], title: "A conversation with a lock keeper")?.Name);
    }

    [Fact]
    public void A_station_masthead_under_its_call_sign_copyright_drops_the_newsroom_word()
    {
        string[] page = ["KQRL 4 News", "Watch Now", "Barn fire closes county road", "The road was closed overnight.", "Copyright 2027 KQRL. All rights reserved."];
        Assert.Equal("KQRL 4", SiteName.Find(page, null, null, [], title: "Barn fire closes county road")?.Name);
    }

    [Theory]
    [InlineData("QUELLMAR NATIONAL CSIRT", "The national CSIRT has seen a rise in fake invoices.", "Quellmar National CSIRT")]
    [InlineData("QUELLMAR NATIONAL CSIRT", "No acronym in this sentence.", "QUELLMAR NATIONAL CSIRT")]
    [InlineData("Quellmar Review", "The REVIEW is out.", "Quellmar Review")]
    public void A_name_in_capitals_keeps_the_words_its_page_writes_as_acronyms(string name, string sentence, string expected) =>
        Assert.Equal(expected, SiteName.WithPrintedAcronyms(name, [name, sentence]));

    [Theory]
    [InlineData("The Kelp Road Letter — Archive", "The Kelp Road Letter")]
    [InlineData("QFF 2028 | Quellmar Ferry Forum", "Quellmar Ferry Forum")]
    public void A_logo_line_loses_a_section_word_or_an_events_year(string line, string name) =>
        Assert.Equal(name, SiteNameLine.Name(line));
}
