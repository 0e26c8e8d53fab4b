using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>How readers and subscribers find their way: pagination, the topics index, feed links, structured data.</summary>
public class SiteNavigationTests
{
    private static readonly HtmlParser Parser = new();

    private static IDocument Page(TempDirectory temp, string path) =>
        Parser.ParseDocument(File.ReadAllText(temp.Combine("output", path)));

    [Fact]
    public void Pagination_is_an_accessible_nav_with_stable_urls_and_every_article_once()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp); // page_size 2; Jacob Zenn has more articles than that

        var first = Page(temp, "authors/jacob-zenn/index.html");
        var second = Page(temp, "authors/jacob-zenn/page/2/index.html");

        foreach (var (doc, current) in new[] { (first, "1"), (second, "2") })
        {
            var nav = doc.QuerySelector("nav.pagination")!;
            Assert.Equal("Pages", nav.GetAttribute("aria-label"));
            Assert.Equal(current, Assert.Single(nav.QuerySelectorAll("[aria-current=page]")).TextContent);
        }
        Assert.Null(first.QuerySelector(".pagination [rel=prev]"));
        Assert.Equal("page/2/index.html", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("../../index.html", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("https://monitor-archive.example.org/authors/jacob-zenn/page/2/", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var listed = first.QuerySelectorAll(".card-title a").Concat(second.QuerySelectorAll(".card-title a"))
            .Select(a => a.TextContent).ToList();
        Assert.Equal(listed.Distinct().Count(), listed.Count);
        Assert.Equal(2, first.QuerySelectorAll(".card").Length);
    }

    [Fact]
    public void A_tag_defined_but_never_used_gets_no_page_and_no_link_from_the_topics_index()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        File.AppendAllText(temp.Combine("input", "tags.yml"), "  - { name: Norway, slug: norway, kind: country }\n");
        Assert.True(Core.Build.SiteBuilder.Build(options).Succeeded);

        Assert.False(File.Exists(temp.Combine("output", "tags", "norway", "index.html")));
        var index = Page(temp, "tags/index.html");
        Assert.DoesNotContain(index.QuerySelectorAll("a"), a => a.TextContent.Contains("Norway", StringComparison.Ordinal));
        Assert.Contains(index.QuerySelectorAll(".tag-cloud a"), a => a.GetAttribute("href") == "iraq/index.html");
        // A tag only articles name (no tags.yml entry) still has its page, listed in the index.
        Assert.Contains(index.QuerySelectorAll(".tag-cloud a"), a => a.GetAttribute("href") == "drone-warfare/index.html");
    }

    [Theory]
    [InlineData("tags/iraq/index.html", "https://monitor-archive.example.org/tags/iraq/feed.xml", "feed.xml")]
    [InlineData("authors/jacob-zenn/index.html", "https://monitor-archive.example.org/authors/jacob-zenn/feed.xml", "feed.xml")]
    public void Tag_and_author_pages_announce_and_link_their_own_feed(string path, string feedUrl, string visibleHref)
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);
        var doc = Page(temp, path);

        var alternate = doc.QuerySelectorAll("link[rel=alternate]").First();
        Assert.Equal(feedUrl, alternate.GetAttribute("href"));
        Assert.Equal("application/rss+xml", alternate.GetAttribute("type"));
        var visible = doc.QuerySelector("main .meta a[href$='feed.xml']")!;
        Assert.Equal(visibleHref, visible.GetAttribute("href"));
        Assert.Contains("RSS", visible.TextContent);
    }

    [Fact]
    public void Home_announces_and_links_every_site_feed()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);
        var home = Page(temp, "index.html");

        Assert.Equal(["application/rss+xml", "application/atom+xml", "application/feed+json"],
            home.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("type")));
        var mainLinks = home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("feed.xml", mainLinks);
        Assert.Contains("atom.xml", mainLinks);
        Assert.Contains("feed.json", mainLinks);
    }

    [Fact]
    public void Json_ld_describes_articles_people_issues_and_the_site()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);

        using var home = JsonLd(temp, "index.html");
        Assert.Equal("WebSite", home.RootElement.GetProperty("@type").GetString());
        Assert.Equal("https://monitor-archive.example.org/", home.RootElement.GetProperty("url").GetString());

        using var article = JsonLd(temp, "articles/iraqs-militias-after-the-elections/index.html");
        var a = article.RootElement;
        Assert.Equal("Article", a.GetProperty("@type").GetString());
        Assert.Equal("Iraq's Militias After the Elections", a.GetProperty("headline").GetString());
        var authors = a.GetProperty("author").EnumerateArray().ToList();
        Assert.All(authors, p => Assert.Equal("Person", p.GetProperty("@type").GetString()));
        Assert.Equal("https://monitor-archive.example.org/authors/jacob-zenn/", authors[0].GetProperty("url").GetString());
        Assert.True(File.Exists(temp.Combine("output", "authors", "jacob-zenn", "index.html")));
        var issue = a.GetProperty("isPartOf");
        Assert.Equal("PublicationIssue", issue.GetProperty("@type").GetString());
        Assert.Equal("https://monitor-archive.example.org/publications/terrorism-monitor/issues/19-21/", issue.GetProperty("url").GetString());
        Assert.Equal(21, issue.GetProperty("issueNumber").GetInt32());
        var volume = issue.GetProperty("isPartOf");
        Assert.Equal("PublicationVolume", volume.GetProperty("@type").GetString());
        Assert.Equal(19, volume.GetProperty("volumeNumber").GetInt32());
        var periodical = volume.GetProperty("isPartOf");
        Assert.Equal("Periodical", periodical.GetProperty("@type").GetString());
        Assert.Equal("https://monitor-archive.example.org/publications/terrorism-monitor/", periodical.GetProperty("url").GetString());

        using var landing = JsonLd(temp, "publications/terrorism-monitor/index.html");
        Assert.Equal("Periodical", landing.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Terrorism Monitor", landing.RootElement.GetProperty("name").GetString());

        using var brief = JsonLd(temp, "articles/togo-suffers-first-al-qaeda-affiliated-jihadist-attack/index.html");
        Assert.Equal("NewsArticle", brief.RootElement.GetProperty("@type").GetString());

        using var author = JsonLd(temp, "authors/jacob-zenn/index.html");
        Assert.Equal("Person", author.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Jacob Zenn", author.RootElement.GetProperty("name").GetString());
        Assert.Equal("https://monitor-archive.example.org/authors/jacob-zenn/", author.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public void Article_pages_link_related_articles_by_shared_topics_and_neighbours_in_the_same_issue()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);
        const string path = "articles/iraqs-militias-after-the-elections/index.html";
        var doc = Page(temp, path);
        var topics = Topics(doc);

        var related = doc.QuerySelectorAll("[aria-labelledby=related-heading] .card-title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(related);
        foreach (var href in related)
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(temp.Combine("output", path))!, href));
            Assert.NotEqual(temp.Combine("output", path), target);
            Assert.True(Topics(Parser.ParseDocument(File.ReadAllText(target))).Overlaps(topics), $"{href} shares no topic");
        }

        var neighbours = doc.QuerySelectorAll("nav.issue-nav a[rel=prev], nav.issue-nav a[rel=next]").ToList();
        Assert.NotEmpty(neighbours);
        var issue = doc.QuerySelector(".kicker a")!.GetAttribute("href");
        foreach (var link in neighbours)
        {
            var target = Path.Combine(Path.GetDirectoryName(temp.Combine("output", path))!, link.GetAttribute("href")!);
            Assert.Equal(issue, Parser.ParseDocument(File.ReadAllText(target)).QuerySelector(".kicker a")!.GetAttribute("href"));
        }
        Assert.Null(doc.QuerySelector(".sources"));
        Assert.DoesNotContain("seeds/", doc.Body!.TextContent, StringComparison.Ordinal);
    }

    private static HashSet<string> Topics(IDocument doc) =>
        doc.QuerySelectorAll(".tag-list a").Select(a => a.TextContent).ToHashSet(StringComparer.Ordinal);

    private static JsonDocument JsonLd(TempDirectory temp, string path) =>
        JsonDocument.Parse(Page(temp, path).QuerySelector("script[type='application/ld+json']")!.TextContent);
}
