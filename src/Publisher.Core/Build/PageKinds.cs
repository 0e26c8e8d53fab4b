using Publisher.Core.Build.Views;
using Publisher.Core.Diagnostics;
using Publisher.Core.Feeds;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// The catalogue of page kinds: every kind of page the site has, with how to find its pages in the <see cref="Site"/>
/// (URLs from <see cref="Permalinks"/>), its layout, its view model builder, its feeds and its sitemap data.
/// Planning (<see cref="PageFactory.Plan"/>), the article link check (<see cref="Urls"/>), the feeds and the sitemap
/// are all read from <see cref="All"/>, so adding a page kind is one entry here (its model builder a method of
/// <see cref="PageFactory"/>) plus one layout in theme/layouts/.
/// </summary>
public static class PageKinds
{
    // The kind's name is its layout's name (theme/layouts/<name>, extension left to the theme) and page.kind.
    public const string Home = "home";
    public const string Article = "article";
    public const string Issues = "issues";
    public const string Issue = "issue";
    public const string IssueRedirect = "redirect";
    /// <summary>An article's earlier address (front matter <c>aliases</c>); rendered with the <see cref="IssueRedirect"/> layout.</summary>
    public const string ArticleAlias = "article-alias";
    public const string Publication = "publication";
    public const string PublicationIssues = "publication-issues";
    public const string Authors = "authors";
    public const string Author = "author";
    public const string Tags = "tags";
    public const string Tag = "tag";
    public const string Archive = "archive";
    public const string Press = "press";
    public const string Search = "search";
    public const string NotFound = "404";

    /// <summary>Every page kind, in the order pages are planned.</summary>
    public static IReadOnlyList<PageKind> All { get; } =
    [
        PageKind.One(Home, Permalinks.Home, f => f.Home()) with
        {
            Feeds = _ =>
            [
                new(Permalinks.RssFeed, FeedFormat.Rss, m => m.SiteFeed(Permalinks.RssFeed)),
                new(Permalinks.AtomFeed, FeedFormat.Atom, m => m.SiteFeed(Permalinks.AtomFeed)),
                new(Permalinks.JsonFeed, FeedFormat.Json, m => m.SiteFeed(Permalinks.JsonFeed)),
            ],
        },
        PageKind.Each(Article, site => site.Articles, a => Permalinks.Article(a.Slug), (f, a) => f.Article(a),
            a => DateOnly.FromDateTime(FeedMapping.LastChanged(a).UtcDateTime), (f, a, keyModel) => f.ArticleFromKey(a, keyModel),
            (f, a) => f.ArticleInputKey(a)) with { RendersMarkdown = true },
        PageKind.One(Issues, Permalinks.Issues, f => f.IssuesIndex()),
        PageKind.Each(Publication, site => site.Publications, p => Permalinks.Publication(p.Slug), (f, p) => f.Publication(p)) with
        {
            Feeds = site => site.Publications.SelectMany(p => new FeedEntry[]
            {
                new(Permalinks.PublicationRssFeed(p.Slug), FeedFormat.Rss, m => m.PublicationFeed(p, Permalinks.PublicationRssFeed(p.Slug))),
                new(Permalinks.PublicationAtomFeed(p.Slug), FeedFormat.Atom, m => m.PublicationFeed(p, Permalinks.PublicationAtomFeed(p.Slug))),
                new(Permalinks.PublicationJsonFeed(p.Slug), FeedFormat.Json, m => m.PublicationFeed(p, Permalinks.PublicationJsonFeed(p.Slug))),
            }),
        },
        PageKind.Each(PublicationIssues, site => site.Publications, p => Permalinks.PublicationIssues(p.Slug), (f, p) => f.PublicationIssues(p)),
        PageKind.Each(Issue, site => site.Issues, i => Permalinks.Issue(i.Key), (f, i) => f.Issue(i), i => i.Date, inputKey: (f, i) => f.IssueInputKey(i)),
        // The main publication's issues had these addresses before the archive had several publications; subscribers
        // and search engines still have them. A redirect is not a page to index.
        PageKind.Each(IssueRedirect, site => site.Publications.Where(p => p.IsMain).SelectMany(p => p.Issues), i => Permalinks.LegacyIssue(i.Key),
            (f, i) => f.IssueRedirect(i), inputKey: (f, i) => f.IssueRedirectInputKey(i)) with { InSitemap = false },
        PageKind.One(Authors, Permalinks.Authors, f => f.AuthorsIndex()),
        PageKind.EachPaged(Author, site => site.Authors, a => Permalinks.Author(a.Slug), a => a.Articles.Count, (f, a, url, n) => f.Author(a, url, n),
            (f, a, url, n) => f.AuthorInputKey(a, url, n)) with
        {
            RendersMarkdown = true,
            Feeds = site => site.Authors.Select(a => new FeedEntry(Permalinks.AuthorFeed(a.Slug), FeedFormat.Rss, m => m.AuthorFeed(a))),
        },
        PageKind.One(Tags, Permalinks.Tags, f => f.TagsIndex()),
        PageKind.EachPaged(Tag, site => site.Tags, t => Permalinks.Tag(t.Slug), t => t.Articles.Count, (f, t, url, n) => f.Tag(t, url, n),
            (f, t, url, n) => f.TagInputKey(t, url, n)) with
        {
            RendersMarkdown = true,
            Feeds = site => site.Tags.Select(t => new FeedEntry(Permalinks.TagFeed(t.Slug), FeedFormat.Rss, m => m.TagFeed(t))),
        },
        PageKind.One(Archive, Permalinks.Archive, f => f.Archive(), f => f.ArchiveInputKey()),
        PageKind.Paged(Press, Permalinks.Press, site => site.Press.Count(), (f, url, n) => f.Press(url, n)),
        // Its results are made in the reader's browser from the index under search/ (Search/SearchIndex.cs): an empty
        // form is nothing to send search engines to.
        PageKind.One(Search, Permalinks.Search, f => f.Search()) with { InSitemap = false },
        // An article's earlier addresses (front matter 'aliases', e.g. before an editor changed its slug): redirect
        // pages with the same layout as the old issue addresses. Planned after every real page, so a collision names the alias.
        new PageKind(ArticleAlias, site => site.Articles.SelectMany(a => a.Aliases.Select(alias =>
            new KindPage(alias.Url, f => f.ArticleRedirect(a, alias.Url)) { Source = alias.Location }))) { Layout = IssueRedirect, InSitemap = false },
        // Served by the web server for any missing address: not a page of the site to index.
        PageKind.One(NotFound, Permalinks.NotFound, f => f.NotFound()) with { InSitemap = false },
    ];

    /// <summary>Files the site has beside its pages and feeds (written by <see cref="SiteExtras"/>).</summary>
    public static IReadOnlyList<string> OtherFiles { get; } = [Permalinks.Sitemap, Permalinks.Robots];

    /// <summary>Every URL the site will have (pages, feeds, other files), for checking links before anything is rendered.</summary>
    public static IReadOnlySet<string> Urls(Site site)
    {
        var urls = new HashSet<string>(OtherFiles, StringComparer.Ordinal);
        foreach (var kind in All)
        {
            foreach (var page in kind.Pages(site)) urls.Add(page.Url);
            foreach (var feed in kind.Feeds(site)) urls.Add(feed.Url);
        }
        return urls;
    }

    /// <summary>
    /// One error for each page or file that would be written where another already is (e.g. a new kind whose URLs
    /// overlap another kind's): the later one would silently replace the earlier.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Collisions(Site site) => Collisions(site, All);

    internal static IReadOnlyList<Diagnostic> Collisions(Site site, IReadOnlyList<PageKind> kinds)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in OtherFiles) owners[Permalinks.OutputPath(file)] = file;
        var collisions = new List<Diagnostic>();
        foreach (var kind in kinds)
        {
            var entries = kind.Pages(site).Select(p => (p.Url, What: p.Source is null ? $"the {kind.Name} page {p.Url}" : $"the alias {p.Url}", p.Source))
                .Concat(kind.Feeds(site).Select(f => (f.Url, What: $"the {kind.Name} feed {f.Url}", Source: (SourceLocation?)null)));
            foreach (var (url, what, source) in entries)
            {
                var path = Permalinks.OutputPath(url);
                if (owners.TryAdd(path, what)) continue;
                var fix = source is null ? "give one of them another slug" : "remove the alias or change it";
                collisions.Add(Diagnostic.Error(DiagnosticCodes.OutputPathCollision,
                    $"{what} would be written to '{path}', where {owners[path]} is already written; {fix}", source));
            }
        }
        return collisions;
    }

    /// <summary>Every feed the site has, in catalogue order; each channel is built when asked for.</summary>
    public static IReadOnlyList<FeedEntry> Feeds(Site site) => All.SelectMany(kind => kind.Feeds(site)).ToList();

    /// <summary>How many pages a list of <paramref name="items"/> takes at site.yml's page size (at least one).</summary>
    public static int PageCount(int items, int pageSize) => Math.Max(1, (items + Math.Max(1, pageSize) - 1) / Math.Max(1, pageSize));
}

/// <summary>
/// One kind of page. <see cref="Pages"/> lists the kind's pages for a site, each with its URL (the output path follows
/// from it: <see cref="Permalinks.OutputPath"/>) and how to build its model; <see cref="Feeds"/> the feeds whose home
/// page is one of this kind's pages.
/// </summary>
/// <param name="Name">The kind's name (a <see cref="PageKinds"/> constant): its layout's name and <c>page.kind</c>.</param>
public sealed record PageKind(string Name, Func<Site, IEnumerable<KindPage>> Pages)
{
    /// <summary>The layout that renders this kind: theme/layouts/&lt;Layout&gt;, named without its extension; by default the kind's name.</summary>
    public string Layout { get => _layout ?? Name; init => _layout = value; }

    private readonly string? _layout;

    public Func<Site, IEnumerable<FeedEntry>> Feeds { get; init; } = _ => [];

    /// <summary>
    /// True for kinds whose model holds rendered Markdown (an article's body, a bio, a tag's description): the render
    /// cache keys them on a model with the Markdown's source in its place (<see cref="PageFactory.ForKeys"/>); other
    /// kinds are keyed on their model itself, so a page to render builds its model once.
    /// </summary>
    public bool RendersMarkdown { get; init; }

    /// <summary>False for pages search engines should not be sent to (the 404 page).</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>A kind with one page at a fixed URL.</summary>
    /// <param name="inputKey">The page's key made from its model's inputs (see <see cref="KindPage.InputKey"/>); null keys it on its model.</param>
    public static PageKind One(string name, string url, Func<PageFactory, PageModel> model, Func<PageFactory, byte[]>? inputKey = null) =>
        new(name, _ => [new KindPage(url, model) { InputKey = inputKey }]);

    /// <summary>A kind with one page per item (an article, an issue); <paramref name="lastModified"/> dates it in the sitemap.</summary>
    /// <param name="fromKey">Makes an item's model from its key model (see <see cref="KindPage.FromKey"/>); null builds it again.</param>
    /// <param name="inputKey">The item's page key made from its model's inputs (see <see cref="KindPage.InputKey"/>); null keys it on its model.</param>
    public static PageKind Each<T>(string name, Func<Site, IEnumerable<T>> items, Func<T, string> url, Func<PageFactory, T, PageModel> model,
        Func<T, DateOnly?>? lastModified = null, Func<PageFactory, T, PageModel, PageModel>? fromKey = null, Func<PageFactory, T, byte[]>? inputKey = null) =>
        new(name, site => items(site).Select(item => new KindPage(url(item), f => model(f, item), lastModified?.Invoke(item))
        {
            FromKey = fromKey is null ? null : (f, keyModel) => fromKey(f, item, keyModel),
            InputKey = inputKey is null ? null : f => inputKey(f, item),
        }));

    /// <summary>A kind that is one paginated list (press coverage): page 1 at <paramref name="listUrl"/>, then <c>page/2/</c>, ….</summary>
    public static PageKind Paged(string name, string listUrl, Func<Site, int> count, Func<PageFactory, string, int, PageModel> model) =>
        EachPaged(name, site => [site], _ => listUrl, count, (f, _, url, number) => model(f, url, number));

    /// <summary>
    /// A kind with a paginated list per item (an author's articles): page 1 at the item's list URL, then <c>page/2/</c>, …,
    /// cut at site.yml's page_size. The model builder receives the item, the page's URL and its number.
    /// </summary>
    /// <param name="inputKey">A page's key made from its model's inputs (see <see cref="KindPage.InputKey"/>); null keys it on its model.</param>
    public static PageKind EachPaged<T>(string name, Func<Site, IEnumerable<T>> items, Func<T, string> listUrl, Func<T, int> count,
        Func<PageFactory, T, string, int, PageModel> model, Func<PageFactory, T, string, int, byte[]>? inputKey = null) =>
        new(name, site => items(site).SelectMany(item =>
            Enumerable.Range(1, PageKinds.PageCount(count(item), site.Config.PageSize)).Select(number =>
            {
                var url = Permalinks.Paged(listUrl(item), number);
                return new KindPage(url, f => model(f, item, url, number)) { InputKey = inputKey is null ? null : f => inputKey(f, item, url, number) };
            })));
}

/// <summary>One page of a kind: its URL, its model builder and, when its content has one, the date it last changed.</summary>
public sealed record KindPage(string Url, Func<PageFactory, PageModel> Model, DateOnly? LastModified = null)
{
    /// <summary>Where an editor asked for the page (an alias in front matter), for diagnostics about its URL.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>
    /// For a kind that renders Markdown: the page's model made by the factory from the page's key model (the model with
    /// each Markdown text's stand-in, <see cref="PageFactory.ForKeys"/>), equal to what <see cref="Model"/> builds.
    /// </summary>
    public Func<PageFactory, PageModel, PageModel>? FromKey { get; init; }

    /// <summary>
    /// For a kind whose model's inputs are enumerated (<see cref="PageInputKeys"/>): the render cache's key
    /// for the page made from those inputs, equal between two builds only when the page's model is; the model is then
    /// built only for a page the cache cannot reuse. Null: the page is keyed on its (key) model.
    /// </summary>
    public Func<PageFactory, byte[]>? InputKey { get; init; }
}

/// <summary>A feed file: its URL, its format and the channel it carries.</summary>
public sealed record FeedEntry(string Url, FeedFormat Format, Func<FeedMapping, FeedChannel> Channel);

public enum FeedFormat { Rss, Atom, Json }
