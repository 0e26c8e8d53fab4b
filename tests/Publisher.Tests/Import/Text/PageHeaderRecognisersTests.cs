using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class PageHeaderRecognisersTests
{
    [Theory]
    [InlineData("World | Africa | Opinion | Video", true)]
    [InlineData("About · Programmes · Events", true)]
    [InlineData("Home › Security › Militants strike a depot near the border crossing", true)]
    [InlineData("Home / Research / Report / The cost of the delta gates", true)]
    [InlineData("Accept all cookies and continue | Manage my preferences now please.", false)]
    [InlineData("Flood gates open to mixed reviews from delta farmers", false)]
    [InlineData("News  Analysis  Video  Podcasts  Contact us", true)]
    [InlineData("Home\tWorld\tBusiness\tSport", true)]
    [InlineData("Leaders\tOlga Brenner (2011–2019)", false)]
    [InlineData("The  river  rose  quickly.", false)]
    [InlineData("Flood Gates  Open to Farmers", false)]
    public void Menu_bars_and_breadcrumbs_are_navigation(string line, bool expected) =>
        Assert.Equal(expected, NavigationBar.IsNavigation(line));

    [Theory]
    [InlineData("© 2023 The Harbour Gazette Ltd. All rights reserved.", "The Harbour Gazette")]
    [InlineData("Copyright © 2019–2024 Valley Notes | Privacy", "Valley Notes")]
    [InlineData("(c) 2021 Lakeside Press Inc.", "Lakeside Press")]
    [InlineData("All rights reserved.", null)]
    [InlineData("© 2024 All rights reserved. Terms | Privacy", null)]
    [InlineData("Copyright 2024. All Rights Reserved.", null)]
    public void The_copyright_line_names_its_holder(string line, string? holder) =>
        Assert.Equal(holder, SiteName.CopyrightHolder(line));

    [Fact]
    public void A_top_name_line_that_matches_the_address_is_the_site_name()
    {
        var site = SiteName.Find(["Skip to content", "Lowland Courier", "A headline about the river gates"], null, "https://www.lowland-courier.example/x", []);
        Assert.Equal("Lowland Courier", site?.Name);
    }

    [Theory]
    [InlineData("Lowland Courier", true)]
    [InlineData("The Lowland Courier", true)]
    [InlineData("lowland-courier.example", true)]
    [InlineData("www.lowlandcourier.com", true)]
    [InlineData("Harbour Gazette", true)]
    [InlineData("harbourgazette.org", false)]
    [InlineData("Lowland Courier reporters met the mayor.", false)]
    public void A_line_that_is_only_the_site_name(string line, bool expected) =>
        Assert.Equal(expected, SiteName.IsSiteName(line, ["Harbour Gazette"], "https://www.lowland-courier.example/news/1"));

    [Fact]
    public void A_copyright_holder_who_is_the_author_is_no_site_name() =>
        Assert.Null(SiteName.Find(["A headline", "© 2022 Greta Holm · Privacy"], null, null, ["Greta Holm"]));

    [Theory]
    [InlineData("March 12, 2024 | Pieter Van Aalst and Greta Holm | 5 min read", "Pieter Van Aalst; Greta Holm")]
    [InlineData("Ines Carvalho · 2 June 2022", "Ines Carvalho")]
    [InlineData("March 12, 2024 | Politics | 5 min read", null)]
    public void Names_beside_a_date_are_a_byline(string line, string? names) =>
        Assert.Equal(names, Byline.Read(line) is { } b ? string.Join("; ", b.Names) : null);
}
