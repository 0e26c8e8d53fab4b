using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Tests.Build;

public class FeedMappingTests
{
    private static (Site Site, FeedMapping Mapping) Fixture()
    {
        var bag = new DiagnosticBag();
        var site = SiteLoader.Load(FixtureSite.FixtureInput, bag)!;
        var permalinks = new Permalinks(site.Config.BaseUrl);
        var mapping = new FeedMapping(site, permalinks,
            a => ArticleMarkdown.Render(ArticleMarkdown.Parse(a), LinkContext.AbsoluteFor(permalinks)));
        return (site, mapping);
    }

    [Fact]
    public void Site_feed_lists_every_article_newest_first_with_absolute_urls()
    {
        var (site, mapping) = Fixture();

        var channel = mapping.SiteFeed(Permalinks.RssFeed);

        Assert.Equal("https://monitor-archive.example.org/feed.xml", channel.FeedUrl);
        Assert.Equal("https://monitor-archive.example.org/", channel.HomePageUrl);
        Assert.Equal(site.Articles.Count, channel.Items.Count);
        Assert.Equal(channel.Items.OrderByDescending(i => i.Published).Select(i => i.Published), channel.Items.Select(i => i.Published));
        // The feed changed last when any of its articles did: the fixture's garage-extremists has 'updated' after the newest date.
        Assert.Equal(channel.Items.Max(i => i.Updated), channel.Updated);
        Assert.Equal(new DateTimeOffset(2021, 12, 2, 0, 0, 0, TimeSpan.Zero), channel.Updated);
        Assert.All(channel.Items, i => Assert.StartsWith("https://monitor-archive.example.org/articles/", i.Url));
    }

    [Fact]
    public void Item_id_survives_title_edits_and_rebuilds()
    {
        var (site, mapping) = Fixture();
        var article = site.ArticleBySlug["pakistans-deal-with-tlp"];

        var id = mapping.ItemId(article);

        Assert.Equal("tag:monitor-archive.example.org,2021-11-19:articles/pakistans-deal-with-tlp", id);
        Assert.Equal(id, mapping.ItemId(article with { Title = "A New Title" }));
    }

    [Fact]
    public void Items_carry_full_html_with_absolute_links_authors_and_tag_names()
    {
        var (_, mapping) = Fixture();
        var (site, _) = Fixture();

        var item = mapping.Item(site.ArticleBySlug["togo-suffers-first-al-qaeda-affiliated-jihadist-attack"]);

        Assert.Contains("href=\"https://monitor-archive.example.org/articles/pakistans-deal-with-tlp/\"", item.ContentHtml);
        Assert.Contains("id=\"fn-togo-suffers-first-al-qaeda-affiliated-jihadist-attack-1\"", item.ContentHtml);
        Assert.Equal(new DateTimeOffset(2021, 11, 19, 0, 0, 0, TimeSpan.Zero), item.Published);
        var author = Assert.Single(item.Authors);
        Assert.Equal("Jacob Zenn", author.Name);
        Assert.Equal("https://monitor-archive.example.org/authors/jacob-zenn/", author.Url);
        Assert.Equal(["Togo", "al-Qaeda"], item.Categories);
    }

    [Fact]
    public void Tag_and_author_feeds_hold_only_their_articles()
    {
        var (site, mapping) = Fixture();

        var tag = mapping.TagFeed(site.TagBySlug["iraq"]);
        var author = mapping.AuthorFeed(site.AuthorBySlug["rami-jameel"]);

        Assert.Equal("https://monitor-archive.example.org/tags/iraq/feed.xml", tag.FeedUrl);
        Assert.Equal("https://monitor-archive.example.org/tags/iraq/", tag.HomePageUrl);
        Assert.Equal(site.TagBySlug["iraq"].Articles.Count, tag.Items.Count);
        Assert.All(tag.Items, i => Assert.Contains("Iraq", i.Categories));
        Assert.All(author.Items, i => Assert.Contains(i.Authors, p => p.Name == "Rami Jameel"));
        Assert.Equal(2, author.Items.Count);
    }

    [Fact]
    public void Feeds_carry_only_the_newest_articles_up_to_their_limits()
    {
        var (site, _) = Fixture();
        var limited = site with { Config = site.Config with { FeedLimits = new FeedLimits(Site: 2, TagAndAuthor: 1) } };
        var permalinks = new Permalinks(site.Config.BaseUrl);
        var mapping = new FeedMapping(limited, permalinks, _ => "<p>text</p>");

        var channel = mapping.SiteFeed(Permalinks.RssFeed);
        var tag = mapping.TagFeed(site.TagBySlug["iraq"]);
        var author = mapping.AuthorFeed(site.AuthorBySlug["rami-jameel"]);

        var newest = site.Articles.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).Take(2).Select(a => a.Title);
        Assert.Equal(newest, channel.Items.Select(i => i.Title));
        Assert.All(channel.Items, i => Assert.Equal("<p>text</p>", i.ContentHtml));
        Assert.Single(tag.Items);
        Assert.Single(author.Items);
        // The channel's own date still follows its newest change, even of an article left out.
        Assert.Equal(new DateTimeOffset(2021, 12, 2, 0, 0, 0, TimeSpan.Zero), channel.Updated);
    }

    [Fact]
    public void Each_article_is_rendered_once_however_many_feeds_carry_it()
    {
        var (site, _) = Fixture();
        var renders = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var mapping = new FeedMapping(site, new Permalinks(site.Config.BaseUrl), a =>
        {
            renders.AddOrUpdate(a.Slug, 1, (_, n) => n + 1);
            return "<p>text</p>";
        });

        Parallel.ForEach(PageKinds.Feeds(site), feed => feed.Channel(mapping));

        Assert.Equal(site.Articles.Count, renders.Count);
        Assert.All(renders.Values, n => Assert.Equal(1, n));
    }
}
