using System.Collections.Concurrent;
using Publisher.Core.Feeds;
using Publisher.Core.Text;

namespace Publisher.Core.Build;

/// <summary>
/// Each article's feed HTML (absolute links, <see cref="HtmlUrls.MakeAbsolute"/>), made from the same parse as its page's
/// HTML when the page is rendered and held (UTF-8) until its feed item takes it: the article's Markdown is then parsed
/// once for its page and its feed item instead of twice. Only for the articles declared with <see cref="Carry"/> (those
/// some feed carries: the newest of each, so what is held is bounded by the feed limits, not by the archive); any other
/// article, and one whose page was not rendered, is rendered for its feed on its own. Either way the HTML is the same.
/// </summary>
internal sealed class FeedBodies(Permalinks permalinks)
{
    private readonly LinkContext _absolute = LinkContext.AbsoluteFor(permalinks);
    private IReadOnlySet<string> _carried = new HashSet<string>();
    private ConcurrentDictionary<string, CompactText> _made = new(StringComparer.Ordinal);

    /// <summary>Declares the articles whose feed HTML is to be made with their page; before any page is rendered.</summary>
    public void Carry(IReadOnlySet<string> slugs)
    {
        _carried = slugs;
        _made = PerCore.Table<CompactText>(slugs.Count);
    }

    /// <summary>The body's HTML for its page; its feed HTML made from the same parse and held when a feed carries it.</summary>
    public string PageHtml(ParsedBody body, LinkContext pageLinks)
    {
        if (!_carried.Contains(body.Article.Slug)) return ArticleMarkdown.Render(body, pageLinks);
        var (page, feed) = ArticleMarkdown.RenderTwice(body, pageLinks, _absolute);
        _made[body.Article.Slug] = new CompactText(Absolute(feed, body.Article.Slug));
        return page;
    }

    /// <summary>The body's feed HTML: the one made with its page (and let go), or rendered now.</summary>
    public string FeedHtml(ParsedBody body) =>
        _made.TryRemove(body.Article.Slug, out var made)
            ? made.ToString()
            : Absolute(ArticleMarkdown.Render(body, _absolute), body.Article.Slug);

    private string Absolute(string html, string slug) => HtmlUrls.MakeAbsolute(html, permalinks.Absolute(Permalinks.Article(slug)));
}
