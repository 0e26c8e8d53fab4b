using Publisher.Core.Build;
using Publisher.Core.Feeds;
using Publisher.Core.Model;

namespace Publisher.Tests.Build;

public class FeedBodiesTests
{
    private static readonly Permalinks Links = new("https://example.org/");

    // Every kind of URL the two renderings treat differently: root-relative, fragment (footnotes), relative, absolute.
    private const string Body = "## Heading\n\nSee [the other](/articles/other/#part), [a file](notes.pdf) and [out](https://x.example/).[^1]\n\n[^1]: The note, [again](/tags/iraq).\n";

    private static ParsedBody Parsed(string slug) => ArticleMarkdown.Parse(new Article
    {
        Slug = slug,
        Title = "Togo",
        Date = new DateOnly(2021, 11, 19),
        Publication = "Terrorism Monitor",
        PublicationSlug = "monitor",
        Kind = "brief",
        Body = Body,
        SourcePath = $"input/articles/{slug}.md",
        BodyStartLine = 5,
    });

    private static string Alone(ParsedBody body) =>
        HtmlUrls.MakeAbsolute(ArticleMarkdown.Render(body, LinkContext.AbsoluteFor(Links)), Links.Absolute(Permalinks.Article(body.Article.Slug)));

    [Fact]
    public void A_carried_article_gets_from_one_parse_the_page_html_and_the_feed_html_each_rendered_alone_gives()
    {
        var body = Parsed("togo");
        var pageLinks = LinkContext.From(Links, Permalinks.Article("togo"));
        var feeds = new FeedBodies(Links);
        feeds.Carry(new HashSet<string> { "togo" });

        var page = feeds.PageHtml(body, pageLinks);
        var feed = feeds.FeedHtml(body);

        Assert.Equal(ArticleMarkdown.Render(body, pageLinks), page);
        Assert.Equal(Alone(body), feed);
        Assert.Contains("href=\"https://example.org/articles/other/#part\"", feed);
        Assert.Contains("href=\"https://example.org/articles/togo/#fn-togo-1\"", feed);
        // Taken once: asked again (a feed carrying it more often than declared), it is rendered again, the same.
        Assert.Equal(feed, feeds.FeedHtml(body));
    }

    [Fact]
    public void An_article_no_feed_carries_or_whose_page_was_not_rendered_is_rendered_for_its_feed_alone()
    {
        var togo = Parsed("togo");
        var iraq = Parsed("iraq");
        var feeds = new FeedBodies(Links);
        feeds.Carry(new HashSet<string> { "iraq" });

        feeds.PageHtml(togo, LinkContext.From(Links, Permalinks.Article("togo")));

        Assert.Equal(Alone(togo), feeds.FeedHtml(togo));
        Assert.Equal(Alone(iraq), feeds.FeedHtml(iraq));
    }
}
