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
        IsDraft = article.Draft,
        Publication = article.Publication,
        PublicationHref = article.PublicationSlug is { } slug ? links.Href(Permalinks.Publication(slug)) : null,
        Issue = showIssue && article.Issue is { } key ? new Link(IssueLabel(key), links.Href(Permalinks.Issue(key))) : null,
    };

    /// <summary>"Volume 19, Issue 22", with the publication's name in front when the site has several.</summary>
    public string IssueLabel(IssueKey key) =>
        Site.Publications.Count > 1 ? $"{Site.PublicationBySlug[key.Publication].Name}, {Labels.Issue(key)}" : Labels.Issue(key);

    /// <summary>"Volume 19" of the archive, with the publication's name in front when the site has several.</summary>
    public string VolumeLabel(string publication, int volume) =>
        Site.Publications.Count > 1 ? $"{Site.PublicationBySlug[publication].Name}, Volume {volume}" : $"Volume {volume}";

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
            SearchHref = links.Href(Permalinks.Search),
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

    /// <summary>A publication's own feeds for <c>&lt;link rel="alternate"&gt;</c>, before the site's.</summary>
    public IReadOnlyList<AlternateFeed> PublicationFeeds(Publication publication) =>
    [
        new($"{publication.Name} (RSS)", "application/rss+xml", Permalinks.Absolute(Permalinks.PublicationRssFeed(publication.Slug))),
        new($"{publication.Name} (Atom)", "application/atom+xml", Permalinks.Absolute(Permalinks.PublicationAtomFeed(publication.Slug))),
        new($"{publication.Name} (JSON Feed)", "application/feed+json", Permalinks.Absolute(Permalinks.PublicationJsonFeed(publication.Slug))),
        .. SiteFeeds(),
    ];

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

    /// <summary>A publication's volumes with their issues, for its issues index, its landing page and the issues index.</summary>
    public IReadOnlyList<VolumeView> Volumes(Publication publication, LinkContext links) =>
        publication.Volumes.Select(v => new VolumeView(v.Number, v.Year, $"Volume {v.Number} · {v.Year}",
            v.Issues.Select(key => Site.IssueByKey[key])
                .Select(i => new IssueSummary(Labels.Issue(i.Key), links.Href(Permalinks.Issue(i.Key)), Labels.Date(i.Date), Labels.IsoDate(i.Date), i.Articles.Count))
                .ToList())).ToList();

    public IssueView IssueView(Issue issue, LinkContext links)
    {
        var publication = Site.PublicationBySlug[issue.Key.Publication];
        var index = IndexOf(publication.Issues, issue.Key);
        var older = index + 1 < publication.Issues.Count ? publication.Issues[index + 1] : null;
        var newer = index > 0 ? publication.Issues[index - 1] : null;
        var sections = issue.Articles
            .Select(slug => Site.ArticleBySlug[slug])
            .GroupBy(a => a.Kind, StringComparer.Ordinal)
            .Select(g => new IssueSection(Labels.KindSection(g.Key), g.Select(a => Card(a, links, showIssue: false)).ToList()))
            .ToList();
        return new IssueView
        {
            Masthead = $"{publication.Name} — {Labels.Issue(issue.Key)}",
            Label = Labels.Issue(issue.Key),
            Publication = new Link(publication.Name, links.Href(Permalinks.Publication(publication.Slug))),
            Href = links.Href(Permalinks.Issue(issue.Key)),
            Date = Labels.Date(issue.Date),
            IsoDate = Labels.IsoDate(issue.Date),
            Sections = sections,
            ArticleCount = issue.Articles.Count,
            Previous = older is null ? null : new Link(Labels.Issue(older.Key), links.Href(Permalinks.Issue(older.Key))),
            Next = newer is null ? null : new Link(Labels.Issue(newer.Key), links.Href(Permalinks.Issue(newer.Key))),
        };
    }

    private static int IndexOf(IReadOnlyList<Issue> issues, IssueKey key)
    {
        for (var i = 0; i < issues.Count; i++)
            if (issues[i].Key == key) return i;
        return -1;
    }
}
