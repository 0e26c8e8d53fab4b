using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Hard-wrapped prose in a page's head, a player label over its clip's caption, a role line naming a broadcaster, and an
/// aggregator's posted and original dates. All text invented.
/// </summary>
public class WrappedHeadShapesTests
{
    [Theory]
    [InlineData("Since March, flooding has cut the road between", "the two towns for weeks at a time.", true)]
    [InlineData("Teams have registered", "4,200 newly displaced people.", true)]
    [InlineData("Flooding cuts the coast road,", "officials say", true)]
    [InlineData("Flooding has cut the coast road.", "the ferry still runs", false)]
    [InlineData("Harbour Report", "by Lena Ostrova", true)]
    [InlineData("SITUATION OVERVIEW", "Since March, flooding has cut the road", false)]
    [InlineData("Food security:", "rations were distributed", false)]
    [InlineData("A survey of river pilots tracked four hundred crossings over two years", "3rd December 2026", false)]
    [InlineData("The harbour board's review of night pilotage and its costs for owners", "14 March 2027, 09:30", false)]
    public void A_line_is_continued_by_a_line_that_starts_in_lower_case_or_with_a_figure(string before, string after, bool continues) =>
        Assert.Equal(continues, WrappedLines.Continues(before, after));

    [Fact]
    public void Wrapped_lines_join_until_a_line_does_not_carry_on()
    {
        string[] lines = ["Since March, flooding has cut the road between", "the two towns and the ferry has stopped", "for the winter.", "Shelter: kits are short."];
        Assert.Equal("Since March, flooding has cut the road between the two towns and the ferry has stopped for the winter.", WrappedLines.Joined(lines, 0));
        Assert.Equal("Shelter: kits are short.", WrappedLines.Joined(lines, 3));
    }

    [Theory]
    [InlineData("[Video: 2:14]  Ferry crews walk out over winter rota")]
    [InlineData("[Audio 4:05] Interview with the harbour master")]
    [InlineData("[Watch] Storm damage on the pier")]
    [InlineData("(Video) Storm damage on the pier")]
    public void A_player_left_as_a_bracketed_label_is_a_page_widget(string line)
    {
        Assert.True(MediaEmbed.Is(line));
        Assert.True(HeaderWidget.Is(line));
    }

    [Theory]
    [InlineData("[1] Interviews with ferry crews, March 2027.")]
    [InlineData("Video shows the pier collapsing into the harbour")]
    [InlineData("(Reuters) Ferry crews walked out on Monday")]
    public void A_note_or_a_sentence_about_a_video_is_no_player(string line) => Assert.False(MediaEmbed.Is(line));

    [Theory]
    [InlineData("Video Journalist, Harbour 7 News", true)]
    [InlineData("Reporter, Channel 4 Coast", true)]
    [InlineData("Staff writer, 12 March 2027", false)]
    [InlineData("Reporter 2, Harbour News", false)]
    public void A_figure_may_name_the_employer_after_the_role_but_not_a_date(string line, bool isRole) =>
        Assert.Equal(isRole, AuthorRoleLine.Is(line));

    [Theory]
    [InlineData("Tides and Tolls: Why Ferry Fares Rose - Journal of Island Transport - Volume 4, Issue 2", "Tides and Tolls: Why Ferry Fares Rose", "Journal of Island Transport")]
    [InlineData("Tides and Tolls - Harbour Review - Vol. 4, No. 2", "Tides and Tolls", "Harbour Review")]
    public void A_journal_page_title_ends_with_the_journal_and_its_issue(string crawler, string title, string site)
    {
        var split = CrawlerFrontMatter.SplitSiteSuffix(crawler);
        Assert.Equal(title, split.Title);
        Assert.Equal(site, split.Site);
    }

    [Fact]
    public void A_relief_page_with_hard_wrapped_text_keeps_its_title_highlights_and_original_date()
    {
        var page = string.Join('\n',
            "AidWire - field reports for relief workers", "",
            "Home   Countries   Emergencies   Jobs", "",
            "Lakeland", "",
            "Lakeland: Delta Floods - Flash Update No. 2 (as of 3 May 2027)", "",
            "Format: Situation Report", "Source: Delta Relief Forum", "Posted: 5 May 2027", "Originally published: 3 May 2027", "",
            "KEY POINTS", "",
            "- Flooding along the lower delta has cut off an estimated",
            "  9,000 people since 28 April.",
            "- Boats are the only way into three of the villages.", "",
            "OVERVIEW", "",
            "Since 28 April 2027, the river has broken its banks in four places along",
            "the lower delta, flooding fields and homes and washing out the only road",
            "into the district, according to the district office and village heads.", "",
            "Relief teams have counted 9,000 people who left their homes, most of them",
            "now staying in schools on higher ground near the district town.", "");
        // The editor's minimal sidecar gives the page's address, which names the aggregator at the top.
        var draft = new WebScrapeFormat().Read(page, new RawSource("seeds/x.txt") { Url = "https://aidwire.example/report/lakeland/delta-floods-2" }).Drafts.Single();
        Assert.Equal("Lakeland: Delta Floods - Flash Update No. 2 (as of 3 May 2027)", draft.Title);
        Assert.Equal(new DateOnly(2027, 5, 3), draft.Date);
        Assert.Contains("Boats are the only way into three of the villages.", draft.Body, StringComparison.Ordinal);
        Assert.Contains("Since 28 April 2027, the river has broken its banks", draft.Body, StringComparison.Ordinal);
        Assert.Equal("Delta Relief Forum", draft.Publication);
    }

    [Fact]
    public void A_news_page_with_a_player_between_standfirst_and_byline_keeps_its_headline_and_author()
    {
        var page = string.Join('\n',
            "Skip to content", "Harbour 7 News", "News | Weather | Sports",
            "LOCAL NEWS",
            "Ferry crews walk out over winter rota, union says",
            "The strike leaves two islands without a crossing for at least three days",
            "[Video: 1:48]  Ferry crews strike in Port Selby",
            "Ines Marlow",
            "Video Journalist, Harbour 7 News",
            "Published Monday, March 1, 2027 5:10PM",
            "Share  Email",
            "Ferry crews in Port Selby walked off the job on Monday after talks over the winter rota broke down, their union said.",
            "The operator said it would run a reduced timetable from Wednesday if the strike continued into a third day.");
        var draft = new WebScrapeFormat().Read(page, new RawSource("seeds/x.txt")).Drafts.Single();
        Assert.Equal("Ferry crews walk out over winter rota, union says", draft.Title);
        Assert.Equal(["Ines Marlow"], draft.Authors);
        Assert.Equal(new DateOnly(2027, 3, 1), draft.Date);
        Assert.DoesNotContain("Video Journalist", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crawler_author_that_is_the_site_gives_way_to_the_translated_writers_bare_name()
    {
        var page = string.Join('\n',
            "---", "title: \"Harbour guards detain two over warehouse fire | Portvale Daily English\"", "author: Portvale Daily",
            "source: https://en.portvale-daily.example/society/20270304/harbour-fire", "---",
            "Portvale Daily", "Society",
            "Harbour guards detain two over warehouse fire",
            "04.03.2027 · 09:15",
            "Nika Beridze",
            "Translated from Georgian by Tamar Lomidze",
            "Harbour guards in Portvale have detained two men on suspicion of setting fire to a customs warehouse, the port authority said on Monday.",
            "The fire destroyed part of the roof, and nobody was hurt.");
        var (crawler, text) = CrawlerFrontMatter.Read(page);
        var result = new WebScrapeFormat().Read(text, new RawSource("seeds/x.txt") { Crawler = crawler, Url = crawler!.Url?.Value });
        var diagnostics = new List<Diagnostic>();
        var draft = CrawlerMetadataApplier.Apply(result.Drafts, crawler, "seeds/x.txt", diagnostics).Single();
        Assert.Equal(["Nika Beridze"], draft.Authors);

        var siteOnly = CrawlerMetadataApplier.Apply([draft with { Authors = [] }], crawler, "seeds/x.txt", diagnostics).Single();
        Assert.Empty(siteOnly.Authors);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ImportCrawlerAuthorIsSite);
    }

    [Fact]
    public void A_standfirst_wrapped_over_lines_under_the_title_is_the_summary_and_the_byline_under_it_is_read()
    {
        var page = string.Join('\n',
            "SALTLINE", "a magazine of coastal life", "",
            "Features    Portraits    Shop", "",
            "PORTRAIT  /  COASTS", "",
            "The Net Mender of Vardholm", "",
            "For forty years, Ola Brekstad mended the nets of a whole harbour, long",
            "after the trawlers stopped coming. His grandson tells how the work ended.", "",
            "Words by Sigrun Aasheim-Lyng",
            "Photography by Erik Tveit", "",
            "3 August 2027  ·  Reading time 9 minutes", "",
            "The winter after the last trawler was sold, my grandfather still walked down",
            "to the net loft every morning at six and sat with his needles until noon.", "");
        var draft = new WebScrapeFormat().Read(page, new RawSource("seeds/x.txt")).Drafts.Single();
        Assert.Equal("The Net Mender of Vardholm", draft.Title);
        Assert.Equal(["Sigrun Aasheim-Lyng"], draft.Authors);
        Assert.Equal(new DateOnly(2027, 8, 3), draft.Date);
        Assert.StartsWith("For forty years, Ola Brekstad mended the nets", draft.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Words by", draft.Body, StringComparison.Ordinal);
    }
}
