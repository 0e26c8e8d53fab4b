using Publisher.Core.Build.Views;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>Builds the pieces of view models that many pages share: cards, site header data, pagination.</summary>
/// <param name="summaryOf">An article's summary for lists: its own, or the opening of its text when it has none.</param>
internal sealed class ViewFactory(Site site, Permalinks permalinks, Func<Article, string?> summaryOf)
{
    public Site Site { get; } = site;
    public Permalinks Permalinks { get; } = permalinks;

    /// <param name="showIssue">False inside an issue's own contents, where a link to the issue would point at itself.</param>
    public ArticleCard Card(Article article, LinkContext links, bool showIssue = true) => new()
    {
        Title = article.Title,
        Href = links.Href(Permalinks.Article(article.Slug)),
        Date = Labels.Date(article.Date),
        IsoDate = Labels.IsoDate(article.Date),
        Kind = article.Kind,
        KindLabel = Labels.Kind(article.Kind),
        Summary = summaryOf(article),
        Authors = article.Authors.Select(slug => Person(slug, links)).ToList(),
        Tags = article.Tags.Select(slug => new TagLink(Site.TagBySlug[slug].Name, links.Href(Permalinks.Tag(slug)))).ToList(),
        IsThirdParty = article.IsThirdParty,
        Publication = article.Publication,
        Issue = showIssue && article.Issue is { } key ? new Link(Labels.Issue(key), links.Href(Permalinks.Issue(key))) : null,
    };

    public IReadOnlyList<ArticleCard> Cards(IEnumerable<string> slugs, LinkContext links) =>
        slugs.Select(slug => Card(Site.ArticleBySlug[slug], links)).ToList();

    public IReadOnlyList<ArticleCard> Cards(IEnumerable<Article> articles, LinkContext links) =>
        articles.Select(a => Card(a, links)).ToList();

    public PersonLink Person(string slug, LinkContext links) =>
        new(Site.AuthorBySlug[slug].Name, links.Href(Permalinks.Author(slug)));

    /// <summary>The header and footer data; <paramref name="section"/> is the nav entry's URL this page belongs under.</summary>
    public SiteView SiteView(LinkContext links, string? section)
    {
        NavItem Item(string label, string url) => new(label, links.Href(url),
            links.PageUrl == url ? "page" : section == url ? "true" : null);

        return new SiteView
        {
            Title = Site.Config.Title,
            Description = Site.Config.Description,
            Publication = Site.Config.Publication,
            Language = Site.Config.Language,
            Copyright = Site.Config.Copyright,
            HomeHref = links.Href(Permalinks.Home),
            AssetsHref = links.Href(Permalinks.AssetsFolder).Replace("index.html", "", StringComparison.Ordinal),
            Nav =
            [
                Item("Issues", Permalinks.Issues),
                Item("Archive", Permalinks.Archive),
                Item("Authors", Permalinks.Authors),
                Item("Topics", Permalinks.Tags),
                Item("Press", Permalinks.Press),
            ],
            Feeds = new FeedLinks(links.Href(Permalinks.RssFeed), links.Href(Permalinks.AtomFeed), links.Href(Permalinks.JsonFeed)),
        };
    }

    public IReadOnlyList<AlternateFeed> SiteFeeds() =>
    [
        new($"{Site.Config.Title} (RSS)", "application/rss+xml", Permalinks.Absolute(Permalinks.RssFeed)),
        new($"{Site.Config.Title} (Atom)", "application/atom+xml", Permalinks.Absolute(Permalinks.AtomFeed)),
        new($"{Site.Config.Title} (JSON Feed)", "application/feed+json", Permalinks.Absolute(Permalinks.JsonFeed)),
    ];

    public string DocumentTitle(string heading, int page = 1) =>
        (page > 1 ? $"{heading} (page {page})" : heading) + " — " + Site.Config.Title;

    public ListPage ListPage(IReadOnlyList<Article> items, string listUrl, int number, int count, int total, LinkContext links) => new()
    {
        Items = Cards(items, links),
        Number = number,
        PageCount = count,
        TotalItems = total,
        PreviousHref = number > 1 ? links.Href(Permalinks.Paged(listUrl, number - 1)) : null,
        NextHref = number < count ? links.Href(Permalinks.Paged(listUrl, number + 1)) : null,
        Pages = Enumerable.Range(1, count).Select(n => new PageNumber(n, links.Href(Permalinks.Paged(listUrl, n)), n == number)).ToList(),
    };

    public IssueView IssueView(Issue issue, LinkContext links)
    {
        var index = IndexOf(issue.Key);
        var older = index + 1 < Site.Issues.Count ? Site.Issues[index + 1] : null;
        var newer = index > 0 ? Site.Issues[index - 1] : null;
        var sections = issue.Articles
            .Select(slug => Site.ArticleBySlug[slug])
            .GroupBy(a => a.Kind, StringComparer.Ordinal)
            .Select(g => new IssueSection(Labels.KindSection(g.Key), g.Select(a => Card(a, links, showIssue: false)).ToList()))
            .ToList();
        return new IssueView
        {
            Masthead = $"{Site.Config.Publication} — {Labels.Issue(issue.Key)}",
            Label = Labels.Issue(issue.Key),
            Href = links.Href(Permalinks.Issue(issue.Key)),
            Date = Labels.Date(issue.Date),
            IsoDate = Labels.IsoDate(issue.Date),
            Sections = sections,
            ArticleCount = issue.Articles.Count,
            Previous = older is null ? null : new Link(Labels.Issue(older.Key), links.Href(Permalinks.Issue(older.Key))),
            Next = newer is null ? null : new Link(Labels.Issue(newer.Key), links.Href(Permalinks.Issue(newer.Key))),
        };
    }

    private int IndexOf(IssueKey key)
    {
        for (var i = 0; i < Site.Issues.Count; i++)
            if (Site.Issues[i].Key == key) return i;
        return -1;
    }
}
