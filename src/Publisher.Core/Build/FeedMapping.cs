using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Feeds;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// Maps the site onto the feed contract: the site feed, one per own publication, one per tag and one per author, newest first.
/// Item ids are <c>tag:</c> URIs from the base URL's host, the article's date and its slug (or, when the
/// slug is derived from the title, its file under articles/), so they survive rebuilds, title edits and a
/// change of base URL path.
/// </summary>
/// <param name="absoluteContentHtml">An article's body as feed HTML (absolute URLs). Called at most once per article, whichever
/// feeds (site, publication, tags, authors; written in parallel) carry it.</param>
/// <param name="summaryOf">The item summary; by default the front matter's (PageFactory.SummaryOf falls back to the opening text).</param>
public sealed class FeedMapping(Site site, Permalinks permalinks, Func<Article, string> absoluteContentHtml, Func<Article, string?>? summaryOf = null)
{
    // Lazy makes each article's item (and renders its HTML) exactly once, on one thread, however many feeds ask for it at
    // the same time: an item is a function of its article alone, the same in every feed that carries it.
    // Sized for every article, with fixed stripes: a table grown from empty locks every worker out at each step.
    private readonly ConcurrentDictionary<string, Lazy<FeedItem>> _items = PerCore.Table<Lazy<FeedItem>>(site.Articles.Count);

    // The base URL's host, for the item ids: parsed once, not once per item.
    private string? _idHost;

    // How many more feeds will carry each article's item (see ExpectItems); at none, the item and its HTML are let go. Null: kept to the end.
    private ConcurrentDictionary<string, int>? _itemsLeft;

    // Set on the counting mapping (see ExpectItems): counts items instead of rendering them.
    private ConcurrentDictionary<string, int>? _counting;

    /// <summary>
    /// Declares the feeds about to be built: each article's HTML is then let go as soon as the last of their items
    /// that carries it is made, instead of being held until every feed is written (thousands of article bodies).
    /// An article carried more often than declared is only rendered again; the feeds are the same.
    /// </summary>
    public void ExpectItems(IEnumerable<Func<FeedMapping, FeedChannel>> channels)
    {
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var counting = new FeedMapping(site, permalinks, _ => "", summaryOf) { _counting = counts };
        foreach (var channel in channels) channel(counting);
        _itemsLeft = counts;
    }

    /// <summary>
    /// Whether a channel carries one of <paramref name="slugs"/>, learnt without making any item: the channel is built
    /// with a mapping whose items are two placeholders, one for those articles and one for the rest. Thread-safe.
    /// </summary>
    public Func<Func<FeedMapping, FeedChannel>, bool> Carrying(IReadOnlySet<string> slugs)
    {
        var probe = new FeedMapping(site, permalinks, _ => "", summaryOf) { _probe = slugs };
        return channel => channel(probe).Items.Any(item => ReferenceEquals(item, ProbeHit));
    }

    // Set on a probing mapping (see Carrying): the articles whose items are ProbeHit; every other item is ProbeMiss.
    private IReadOnlySet<string>? _probe;
    private static readonly FeedItem ProbeHit = new() { Id = "", Title = "", Url = "", Published = default, ContentHtml = "" };
    private static readonly FeedItem ProbeMiss = new() { Id = "", Title = "", Url = "", Published = default, ContentHtml = "" };

    /// <summary>
    /// The same feeds for the render cache's keys: each item's HTML is replaced by the SHA-256 of the article's Markdown
    /// body, which with the item's URL and the base URL (in the cache's build key) is all the rendered HTML depends on,
    /// so keying every feed renders no article.
    /// </summary>
    public FeedMapping ForKeys() => new(site, permalinks, article => RenderCache.SourceStandIn(article.BodyText), summaryOf);

    public FeedChannel SiteFeed(string feedUrl) => Channel(
        site.Config.Title, site.Config.Description, Permalinks.Home, feedUrl, site.Articles, site.Config.FeedLimits.Site);

    public FeedChannel PublicationFeed(Publication publication, string feedUrl) => Channel(
        $"{publication.Name} — {site.Config.Title}",
        publication.Config.Description.Length > 0 ? publication.Config.Description : $"Every article of {publication.Name}.",
        Permalinks.Publication(publication.Slug), feedUrl,
        publication.Articles.Select(s => site.ArticleBySlug[s]), site.Config.FeedLimits.Site);

    public FeedChannel TagFeed(Tag tag) => Channel(
        $"{tag.Name} — {site.Config.Title}",
        tag.Description ?? $"Articles about {tag.Name} in the {site.Config.Title}.",
        Permalinks.Tag(tag.Slug), Permalinks.TagFeed(tag.Slug),
        tag.Articles.Select(s => site.ArticleBySlug[s]), site.Config.FeedLimits.TagAndAuthor);

    public FeedChannel AuthorFeed(Author author) => Channel(
        $"{author.Name} — {site.Config.Title}",
        $"Articles by {author.Name} in the {site.Config.Title}.",
        Permalinks.Author(author.Slug), Permalinks.AuthorFeed(author.Slug),
        author.Articles.Select(s => site.ArticleBySlug[s]), site.Config.FeedLimits.TagAndAuthor);

    /// <summary>
    /// A mapping whose channels carry this mapping's items for <paramref name="slugs"/> and <paramref name="rest"/>'s for
    /// every other article (<see cref="ForKeys"/>: no HTML rendered): a feed made from its previous file with only those
    /// articles' items replaced (<see cref="FeedLayouts"/>) needs the others' ids and places, never their content.
    /// </summary>
    public FeedMapping Only(IReadOnlySet<string> slugs, FeedMapping rest) =>
        new(site, permalinks, absoluteContentHtml, summaryOf) { _only = (slugs, this, rest) };

    // Set on a mapping made by Only: whose items it takes from which mapping.
    private (IReadOnlySet<string> Slugs, FeedMapping Real, FeedMapping Others)? _only;

    /// <summary>The article's item; the same instance for every feed that carries it (made once, see <see cref="ExpectItems"/>).</summary>
    public FeedItem Item(Article article)
    {
        if (_probe is not null) return _probe.Contains(article.Slug) ? ProbeHit : ProbeMiss;
        if (_only is { } only) return only.Slugs.Contains(article.Slug) ? only.Real.Item(article) : only.Others.Item(article);
        _counting?.AddOrUpdate(article.Slug, 1, (_, n) => n + 1);
        var item = _items.GetOrAdd(article.Slug, _ => new Lazy<FeedItem>(() => NewItem(article, absoluteContentHtml(article)))).Value;
        if (_itemsLeft is not null && _itemsLeft.AddOrUpdate(article.Slug, 0, (_, n) => n - 1) <= 0)
            _items.TryRemove(article.Slug, out _);
        return item;
    }

    private FeedItem NewItem(Article article, string contentHtml) => new()
    {
        Id = ItemId(article),
        Title = article.Title,
        Url = permalinks.Absolute(Permalinks.Article(article.Slug)),
        Published = AtMidnightUtc(article.Date),
        Updated = LastChanged(article),
        Summary = summaryOf is null ? article.Summary : summaryOf(article),
        ContentHtml = contentHtml,
        Authors = article.Authors
            .Select(slug => new FeedPerson(site.AuthorBySlug[slug].Name, permalinks.Absolute(Permalinks.Author(slug))))
            .ToList(),
        Categories = article.Tags.Select(slug => site.TagBySlug[slug].Name).ToList(),
    };

    /// <summary><c>tag:example.org,2021-11-19:articles/slug</c>, or <c>…:files/2021/x</c> for a title-derived slug (RFC 4151).</summary>
    public string ItemId(Article article) =>
        $"tag:{_idHost ??= new Uri(permalinks.BaseUrl).Host},{Labels.IsoDate(article.Date)}:" +
        (article.DerivedSlugFile is { } file ? "files/" + string.Join('/', file.Split('/').Select(Uri.EscapeDataString)) : "articles/" + article.Slug);

    /// <summary>When the article last changed: its <c>updated</c>, else its date.</summary>
    public static DateTimeOffset LastChanged(Article article) => article.Updated ?? AtMidnightUtc(article.Date);

    /// <param name="limit">How many of the newest articles the feed carries (null: all); only those are rendered.</param>
    private FeedChannel Channel(string title, string description, string pageUrl, string feedUrl, IEnumerable<Article> articles, int? limit)
    {
        var all = articles.ToList();
        // Articles lists are already newest first; sort again so any caller's order gives the same feed.
        var items = all
            .OrderByDescending(a => a.Date)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .Take(limit ?? int.MaxValue)
            .Select(Item)
            .ToList();
        return new FeedChannel
        {
            Title = title,
            Description = description,
            HomePageUrl = permalinks.Absolute(pageUrl),
            FeedUrl = permalinks.Absolute(feedUrl),
            Language = site.Config.Language,
            // The last change to any of the channel's articles, even one too old to be among the items.
            Updated = all.Count > 0 ? all.Max(LastChanged) : null,
            Copyright = site.Config.Copyright,
            IconUrl = permalinks.Absolute(Permalinks.Asset("favicon.svg")),
            Items = items,
        };
    }

    private static DateTimeOffset AtMidnightUtc(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
