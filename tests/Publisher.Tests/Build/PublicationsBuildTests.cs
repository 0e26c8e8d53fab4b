using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Tests.Feeds;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// An inline archive of two own publications whose volume and issue numbers collide (issue 4 of volume 12 of both),
/// a press piece that names the same volume and issue, and an article of the second publication outside any issue.
/// </summary>
public sealed class PublicationsBuildTests(FeedReader reader) : IClassFixture<FeedReader>
{
    private const string BaseUrl = "https://archive.example.org/";
    private const string Harbour = "publications/harbour-monitor/";
    private const string Steppe = "publications/steppe-brief/";
    private static readonly HtmlParser Parser = new();

    private const string SiteYml = """
        title: Two Monitors Archive
        base_url: https://archive.example.org/
        publications:
          - name: Harbour Monitor
            slug: harbour-monitor
            aliases: [HM]
            first_volume_year: 2010
            description: Ports, shipping and the people who run them.
          - name: Steppe Brief
            slug: steppe-brief
            aliases: [SB]
            first_volume_year: 2012
            description: Short analysis of the grasslands' politics.
          - name: Quiet Quarterly
            slug: quiet-quarterly
        """;

    private static string Article(string frontMatter) => $"---\n{frontMatter}\n---\n\nInvented text for a test.\n";

    /// <summary>Writes the archive into <paramref name="temp"/>, builds it and returns the result (asserting it succeeded).</summary>
    private static BuildResult Build(TempDirectory temp)
    {
        temp.Write("input/site.yml", SiteYml);
        // Harbour Monitor 12-4: one article naming no publication (the main one), one naming it in capitals.
        temp.Write("input/articles/hm-quays.md", Article("title: Quays Reopen\nslug: quays-reopen\ndate: 2021-03-01\nvolume: 12\nissue: 4\nauthors: [Odile Brandt]\ntags: [Shipping]"));
        temp.Write("input/articles/hm-cranes.md", Article("title: Crane Strike\nslug: crane-strike\ndate: 2021-03-01\npublication: HARBOUR MONITOR\nvolume: 12\nissue: 4\nkind: brief"));
        // Steppe Brief 12-4 and 12-3 (by alias), and one article outside any issue.
        temp.Write("input/articles/sb-wells.md", Article("title: Wells Run Dry\nslug: wells-run-dry\ndate: 2023-06-10\npublication: Steppe Brief\nvolume: 12\nissue: 4\nauthors: [Timur Oskenbay]\ntags: [Water]"));
        temp.Write("input/articles/sb-herds.md", Article("title: Herds Move North\nslug: herds-move-north\ndate: 2023-05-27\npublication: SB\nvolume: 12\nissue: 3"));
        temp.Write("input/articles/sb-note.md", Article("title: Editors' Note\nslug: editors-note\ndate: 2023-07-01\npublication: steppe brief"));
        // Press naming the same volume and issue: never part of an own issue.
        temp.Write("input/articles/press-gazette.md", Article("title: Gazette Quotes the Monitor\nslug: gazette-quotes\ndate: 2021-03-05\npublication: Coastal Gazette\nvolume: 12\nissue: 4\nurl: https://gazette.example.com/x"));

        var result = SiteBuilder.Build(new BuildOptions { InputDir = temp.Combine("input"), ThemeDir = RepoPaths.Theme, OutputDir = temp.Combine("output") });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // The output link check (PUB3xx) found nothing, and nothing else warned.
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != Severity.Info && !LikelyMistakes.Is(d));
        return result;
    }

    private static IDocument Page(TempDirectory temp, string path) => Parser.ParseDocument(File.ReadAllText(temp.Combine(["output", .. path.Split('/')])));

    private static List<string> CardLinks(IDocument page) =>
        page.QuerySelectorAll("main .card-title a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public void Colliding_volume_and_issue_numbers_make_two_issues_each_with_only_its_own_articles()
    {
        using var temp = new TempDirectory();
        Build(temp);
        var site = SiteLoader.Load(temp.Combine("input"), new DiagnosticBag())!;

        Assert.Equal(["harbour-monitor", "steppe-brief"], site.Publications.Select(p => p.Slug));
        Assert.True(site.Publications[0].IsMain);
        Assert.Equal(["crane-strike", "quays-reopen"], site.IssueByKey[new IssueKey("harbour-monitor", 12, 4)].Articles);
        Assert.Equal(["wells-run-dry"], site.IssueByKey[new IssueKey("steppe-brief", 12, 4)].Articles);
        Assert.Equal([new IssueKey("steppe-brief", 12, 4), new IssueKey("steppe-brief", 12, 3)], site.Publications[1].Issues.Select(i => i.Key));
        Assert.Equal(2021, site.Publications[0].Volumes.Single().Year);
        Assert.Equal(2023, site.Publications[1].Volumes.Single().Year);
        Assert.Equal(["editors-note", "wells-run-dry", "herds-move-north"], site.Publications[1].Articles);
        Assert.Equal("Steppe Brief", site.ArticleBySlug["herds-move-north"].Publication);
        Assert.Equal("Harbour Monitor", site.ArticleBySlug["crane-strike"].Publication);
        var press = site.ArticleBySlug["gazette-quotes"];
        Assert.True(press.IsThirdParty);
        Assert.Null(press.Issue);
        Assert.Equal(["gazette-quotes"], site.Press.Select(a => a.Slug));

        var harbourIssue = Page(temp, Harbour + "issues/12-4/index.html");
        var steppeIssue = Page(temp, Steppe + "issues/12-4/index.html");
        Assert.Equal("Harbour Monitor — Volume 12, Issue 4", harbourIssue.QuerySelector("h1")!.TextContent);
        Assert.Equal("Steppe Brief — Volume 12, Issue 4", steppeIssue.QuerySelector("h1")!.TextContent);
        Assert.Equal(["../../../../articles/crane-strike/index.html", "../../../../articles/quays-reopen/index.html"], CardLinks(harbourIssue));
        Assert.Equal(["../../../../articles/wells-run-dry/index.html"], CardLinks(steppeIssue));
        // Neighbours stay inside the publication.
        Assert.Equal("../12-3/index.html", steppeIssue.QuerySelector(".issue-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(harbourIssue.QuerySelector(".issue-nav"));
        Assert.False(File.Exists(temp.Combine("output", "publications", "quiet-quarterly", "index.html")), "a publication without articles gets no pages");
    }

    [Fact]
    public void Articles_name_their_publication_in_breadcrumbs_kicker_and_structured_data()
    {
        using var temp = new TempDirectory();
        Build(temp);

        var article = Page(temp, "articles/wells-run-dry/index.html");
        var crumbs = article.QuerySelectorAll(".breadcrumbs a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Home", "../../index.html"), ("Steppe Brief", "../../" + Steppe + "index.html"), ("Volume 12, Issue 4", "../../" + Steppe + "issues/12-4/index.html")], crumbs);
        Assert.Equal("Steppe Brief, Volume 12, Issue 4", article.QuerySelector(".kicker a")!.TextContent);

        using var json = JsonDocument.Parse(article.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var issue = json.RootElement.GetProperty("isPartOf");
        Assert.Equal("PublicationIssue", issue.GetProperty("@type").GetString());
        Assert.Equal(4, issue.GetProperty("issueNumber").GetInt32());
        Assert.Equal(BaseUrl + Steppe + "issues/12-4/", issue.GetProperty("url").GetString());
        var volume = issue.GetProperty("isPartOf");
        Assert.Equal("PublicationVolume", volume.GetProperty("@type").GetString());
        Assert.Equal(12, volume.GetProperty("volumeNumber").GetInt32());
        Assert.Equal("Periodical", volume.GetProperty("isPartOf").GetProperty("@type").GetString());
        Assert.Equal("Steppe Brief", volume.GetProperty("isPartOf").GetProperty("name").GetString());

        var note = Page(temp, "articles/editors-note/index.html");
        Assert.Equal(["Home", "Steppe Brief"], note.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
        Assert.Equal("../../" + Steppe + "index.html", note.QuerySelector(".kicker a")!.GetAttribute("href"));

        var press = Page(temp, "articles/gazette-quotes/index.html");
        Assert.Equal(["Home", "Press"], press.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
        Assert.Equal("Coastal Gazette", press.QuerySelector(".kicker .badge-press")!.TextContent);
        var pressPage = Page(temp, "press/index.html");
        Assert.Equal(["../articles/gazette-quotes/index.html"], CardLinks(pressPage));
        Assert.Contains("about Harbour Monitor and Steppe Brief and their authors", pressPage.QuerySelector(".lede")!.TextContent);
    }

    [Fact]
    public void Landing_pages_home_and_the_issues_index_cover_every_publication()
    {
        using var temp = new TempDirectory();
        Build(temp);

        var landing = Page(temp, Steppe + "index.html");
        Assert.Equal("Steppe Brief", landing.QuerySelector("h1")!.TextContent);
        Assert.Contains("grasslands", landing.QuerySelector(".lede")!.TextContent);
        Assert.Equal("issues/12-4/index.html", landing.QuerySelector(".latest-issue h2 a")!.GetAttribute("href"));
        Assert.Equal(["issues/12-4/index.html", "issues/12-3/index.html"], landing.QuerySelectorAll(".issue-list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("../../articles/editors-note/index.html", CardLinks(landing));
        Assert.Equal(["Timur Oskenbay"], landing.QuerySelectorAll(".explore a").Select(a => a.TextContent));
        Assert.Equal(["Water"], landing.QuerySelectorAll(".tag-list a").Select(a => a.TextContent));
        Assert.Equal("feed.xml", landing.QuerySelector(".subscribe a")!.GetAttribute("href"));
        using (var json = JsonDocument.Parse(landing.QuerySelector("script[type='application/ld+json']")!.TextContent))
            Assert.Equal("Periodical", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(BaseUrl + Steppe + "feed.xml", landing.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));

        var home = Page(temp, "index.html");
        Assert.Equal(["Harbour Monitor — Volume 12, Issue 4", "Steppe Brief — Volume 12, Issue 4"],
            home.QuerySelectorAll(".latest-issue h2 a").Select(a => a.TextContent));

        var issues = Page(temp, "issues/index.html");
        Assert.Equal(["Harbour Monitor", "Steppe Brief"], issues.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal(["../" + Harbour + "issues/12-4/index.html", "../" + Steppe + "issues/12-4/index.html", "../" + Steppe + "issues/12-3/index.html"],
            issues.QuerySelectorAll(".issue-list a").Select(a => a.GetAttribute("href")));

        var steppeIssues = Page(temp, Steppe + "issues/index.html");
        Assert.Equal(["12-4/index.html", "12-3/index.html"], steppeIssues.QuerySelectorAll(".issue-list a").Select(a => a.GetAttribute("href")));

        // Lists across publications say whose issue a card's is.
        var tag = Page(temp, "tags/water/index.html");
        Assert.Equal("Steppe Brief, Volume 12, Issue 4", tag.QuerySelector(".card-issue")!.TextContent);
        var archive = Page(temp, "archive/index.html");
        Assert.Contains("Steppe Brief, Volume 12", archive.QuerySelector("main")!.TextContent);
        Assert.Contains("Harbour Monitor, Volume 12", archive.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Old_issue_addresses_of_the_main_publication_redirect_and_stay_out_of_the_sitemap()
    {
        using var temp = new TempDirectory();
        Build(temp);

        var redirect = Page(temp, "issues/12-4/index.html");
        Assert.Equal("0; url=../../" + Harbour + "issues/12-4/index.html", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(BaseUrl + Harbour + "issues/12-4/", redirect.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("noindex", redirect.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("../../" + Harbour + "issues/12-4/index.html", redirect.QuerySelector("main .lede a")!.GetAttribute("href"));
        // Only the main publication had the old addresses.
        Assert.False(File.Exists(temp.Combine("output", "issues", "12-3", "index.html")));

        var sitemap = File.ReadAllText(temp.Combine("output", "sitemap.xml"));
        Assert.DoesNotContain(BaseUrl + "issues/12-4/", sitemap, StringComparison.Ordinal);
        Assert.Contains(BaseUrl + Harbour + "issues/12-4/", sitemap, StringComparison.Ordinal);
        Assert.Contains(BaseUrl + Steppe + "issues/12-4/", sitemap, StringComparison.Ordinal);
        Assert.Contains(BaseUrl + Steppe, sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rss", "feed.xml")]
    [InlineData("atom", "atom.xml")]
    public void Each_publication_has_feeds_a_feed_reader_reads_with_exactly_its_articles(string format, string file)
    {
        using var temp = new TempDirectory();
        Build(temp);

        var steppe = reader.Parse(File.ReadAllText(temp.Combine("output", "publications", "steppe-brief", file)));
        Assert.Equal(format, steppe.Type);
        Assert.Equal("Steppe Brief — Two Monitors Archive", steppe.Title);
        Assert.Equal(BaseUrl + Steppe, steppe.Link);
        Assert.Equal(BaseUrl + Steppe + file, steppe.SelfLink);
        Assert.Equal([BaseUrl + "articles/editors-note/", BaseUrl + "articles/wells-run-dry/", BaseUrl + "articles/herds-move-north/"], steppe.Items.Select(i => i.Link));

        var harbour = reader.Parse(File.ReadAllText(temp.Combine("output", "publications", "harbour-monitor", file)));
        Assert.Equal([BaseUrl + "articles/crane-strike/", BaseUrl + "articles/quays-reopen/"], harbour.Items.Select(i => i.Link));
    }

    [Fact]
    public void Each_publication_has_a_json_feed_with_exactly_its_articles()
    {
        using var temp = new TempDirectory();
        Build(temp);

        using var json = JsonDocument.Parse(File.ReadAllText(temp.Combine("output", "publications", "steppe-brief", "feed.json")));
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(BaseUrl + Steppe + "feed.json", json.RootElement.GetProperty("feed_url").GetString());
        Assert.Equal([BaseUrl + "articles/editors-note/", BaseUrl + "articles/wells-run-dry/", BaseUrl + "articles/herds-move-north/"],
            json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()));
    }

    [Fact]
    public void Every_page_of_a_two_publication_site_has_one_h1_and_headings_in_order()
    {
        using var temp = new TempDirectory();
        Build(temp);

        foreach (var file in FixtureSite.Files(temp.Combine("output")).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var doc = Page(temp, file);
            Assert.True(doc.QuerySelectorAll("h1").Length == 1, $"{file} should have exactly one h1");
            var previous = 0;
            foreach (var heading in doc.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                Assert.True(level <= previous + 1, $"{file}: <{heading.LocalName}> '{heading.TextContent.Trim()}' skips a level after h{previous}");
                previous = level;
            }
        }
    }
}
