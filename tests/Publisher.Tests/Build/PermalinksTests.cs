using Publisher.Core.Build;
using Publisher.Core.Model;

namespace Publisher.Tests.Build;

public class PermalinksTests
{
    [Theory]
    [InlineData("/articles/a/", "/tags/iraq/", "../../tags/iraq/index.html")]
    [InlineData("/articles/a/", "/articles/b/", "../b/index.html")]
    [InlineData("/articles/a/", "/articles/a/#fn-a-1", "index.html#fn-a-1")]
    [InlineData("/", "/issues/19-22/", "issues/19-22/index.html")]
    [InlineData("/", "/", "index.html")]
    [InlineData("/tags/iraq/page/2/", "/tags/iraq/", "../../index.html")]
    [InlineData("/tags/iraq/", "/tags/iraq/page/2/", "page/2/index.html")]
    [InlineData("/issues/", "/feed.xml", "../feed.xml")]
    [InlineData("/authors/x/", "/assets/style.css", "../../assets/style.css")]
    [InlineData("/tags/iraq/page/2/", "/tags/iran/", "../../../iran/index.html")]
    [InlineData("/404.html", "/tags/x/", "tags/x/index.html")]
    [InlineData("/articles/a/", "/articles/a/?q=1#x", "index.html#x")]
    [InlineData("/a/b/c/d/e/f/g/h/i/", "/", "../../../../../../../../../index.html")]
    public void Relative_links_point_at_files(string from, string to, string expected) =>
        Assert.Equal(expected, Permalinks.Relative(from, to));

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/articles/x/", "articles/x/index.html")]
    [InlineData("/404.html", "404.html")]
    [InlineData("/tags/x/feed.xml", "tags/x/feed.xml")]
    public void Output_paths_put_pages_in_index_html(string url, string expected) =>
        Assert.Equal(expected, Permalinks.OutputPath(url));

    [Fact]
    public void The_url_scheme_is_fixed()
    {
        Assert.Equal("/publications/terrorism-monitor/issues/19-22/", Permalinks.Issue(new IssueKey("terrorism-monitor", 19, 22)));
        Assert.Equal("/issues/19-22/", Permalinks.LegacyIssue(new IssueKey("terrorism-monitor", 19, 22)));
        Assert.Equal("/publications/china-brief/", Permalinks.Publication("china-brief"));
        Assert.Equal("/publications/china-brief/issues/", Permalinks.PublicationIssues("china-brief"));
        Assert.Equal("/publications/china-brief/feed.xml", Permalinks.PublicationRssFeed("china-brief"));
        Assert.Equal("/publications/china-brief/atom.xml", Permalinks.PublicationAtomFeed("china-brief"));
        Assert.Equal("/publications/china-brief/feed.json", Permalinks.PublicationJsonFeed("china-brief"));
        Assert.Equal("/tags/iraq/", Permalinks.Paged(Permalinks.Tag("iraq"), 1));
        Assert.Equal("/tags/iraq/page/2/", Permalinks.Paged(Permalinks.Tag("iraq"), 2));
        Assert.Equal("/authors/jacob-zenn/feed.xml", Permalinks.AuthorFeed("jacob-zenn"));
        Assert.Equal("https://example.org/x/articles/a/", new Permalinks("https://example.org/x").Absolute("/articles/a/"));
    }

    [Theory]
    [InlineData("/articles/x", "/articles/x/")]
    [InlineData("/articles/x/index.html", "/articles/x/")]
    [InlineData("/articles/x#a", "/articles/x/#a")]
    [InlineData("/feed.xml", "/feed.xml")]
    public void Links_written_in_markdown_are_normalised(string written, string expected) =>
        Assert.Equal(expected, Permalinks.Normalize(written));

    [Fact]
    public void Absolute_context_links_on_the_base_url()
    {
        var links = LinkContext.AbsoluteFor(new Permalinks("https://example.org/"));
        Assert.Equal("https://example.org/tags/iraq/", links.Href("/tags/iraq/"));
    }
}
