using Publisher.Core.Build.Reading;
using Publisher.Core.Build.Search;
using Publisher.Core.Build.Views;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>One page to render: its URL, the layout (theme/layouts/&lt;Layout&gt;.sbn-html) and the model for it.</summary>
public sealed record PageToRender(string Url, string Layout, PageModel Model);

/// <summary>
/// A page the site will have, before its view model is built. URL and layout are known up front (for the theme
/// and the sitemap); the model is built only when the page is rendered, so models build in parallel too.
/// </summary>
public sealed record PagePlan(string Url, PageKind Kind, Func<PageModel> Model, DateOnly? LastModified = null)
{
    /// <summary>
    /// The model the render cache keys the page on (<see cref="PageFactory.ForKeys"/>): the page's model with every
    /// Markdown text standing in for its HTML, so keying an unchanged page renders no Markdown. Null: key on <see cref="Model"/>.
    /// </summary>
    public Func<PageModel>? KeyModel { get; init; }

    /// <summary>
    /// The page's model made from its key model (<see cref="KeyModel"/>): the same model with each Markdown text's HTML
    /// in place of its stand-in, so a page the cache cannot reuse does not build its model a second time. Null: build
    /// <see cref="Model"/>.
    /// </summary>
    public Func<PageModel, PageModel>? ModelFromKey { get; init; }

    /// <summary>The render cache's key made from the model's inputs (<see cref="KindPage.InputKey"/>); null: key on <see cref="KeyModel"/> or <see cref="Model"/>.</summary>
    public Func<byte[]>? InputKey { get; init; }

    public string Layout => Kind.Layout;

    /// <summary>The file the page is written to, relative to the output folder.</summary>
    public string OutputPath => Permalinks.OutputPath(Url);

    public PageToRender Build() => new(Url, Layout, Model());
}

/// <summary>
/// Plans every page of the site and builds its view model. Pure: the same site gives the same pages in the
/// same order. Article bodies come pre-parsed so each is parsed once however often it is shown.
/// </summary>
public sealed class PageFactory
{
    private const int RecentOnHome = 10;
    private const int PressOnHome = 5;
    private const int RelatedCount = 4;

    private readonly Site _site;
    private readonly Permalinks _permalinks;
    private readonly IReadOnlyDictionary<string, ParsedBody> _bodies;
    private readonly ViewFactory _views;
    private readonly JsonLd _jsonLd;
    private readonly RelatedArticles _related;
    private readonly IReadOnlyList<string> _press;
    private readonly PageInputKeys _inputKeys;

    // True in the factory of key models (ForKeys): Markdown is not rendered, its source stands in for its HTML.
    private readonly bool _standIns;
    private PageFactory? _keys;

    public PageFactory(Site site, Permalinks permalinks, IReadOnlyDictionary<string, ParsedBody> bodies)
    {
        _site = site;
        _permalinks = permalinks;
        _bodies = bodies;
        _views = new ViewFactory(site, permalinks, SummaryOf);
        _jsonLd = new JsonLd(site, permalinks);
        _related = new RelatedArticles(site);
        _press = site.Press.Select(a => a.Slug).ToList();
        _inputKeys = new PageInputKeys(site, _related, SummaryOf, RelatedCount);
    }

    private PageFactory(PageFactory pages)
    {
        _site = pages._site;
        _permalinks = pages._permalinks;
        _bodies = pages._bodies;
        _views = pages._views;
        _jsonLd = pages._jsonLd;
        _related = pages._related;
        _press = pages._press;
        _inputKeys = pages._inputKeys;
        _standIns = true;
    }

    /// <summary>
    /// The same pages' models for the render cache's keys: every article body, bio and tag description is the
    /// <see cref="RenderCache.SourceStandIn"/> of its Markdown instead of its HTML. The HTML is a pure function of the
    /// Markdown, the page's URL (the cache entry's name) and the code and base URL (the cache's build key), so two
    /// builds' key models are equal only when their models are, and keying a page renders no Markdown.
    /// </summary>
    public PageFactory ForKeys() => _standIns ? this : _keys ??= new PageFactory(this);

    private string BodyHtml(ParsedBody body, LinkContext links) =>
        _standIns ? RenderCache.SourceStandIn(body.Article.BodyText) : ArticleMarkdown.Render(body, links);

    private string Snippet(string markdown, LinkContext links) =>
        _standIns ? RenderCache.SourceStandIn(System.Text.Encoding.UTF8.GetBytes(markdown)) : ArticleMarkdown.RenderSnippet(markdown, links);

    /// <summary>Every page with its view model, in the order of <see cref="Plan"/>.</summary>
    public IEnumerable<PageToRender> All() => Plan().Select(plan => plan.Build());

    /// <summary>Every page of the site, in the catalogue's order (<see cref="PageKinds.All"/>); building a plan's model touches nothing shared.</summary>
    public IReadOnlyList<PagePlan> Plan()
    {
        var keys = ForKeys();
        return PageKinds.All
            .SelectMany(kind => kind.Pages(_site).Select(page => new PagePlan(page.Url, kind, () => page.Model(this), page.LastModified)
            {
                KeyModel = kind.RendersMarkdown ? () => page.Model(keys) : null,
                ModelFromKey = kind.RendersMarkdown && page.FromKey is { } fromKey ? keyModel => fromKey(this, keyModel) : null,
                InputKey = page.InputKey is { } inputKey ? () => inputKey(this) : null,
            }))
            .ToList();
    }

    internal PageModel Home()
    {
        var links = LinkContext.From(_permalinks, Permalinks.Home);
        var latest = _site.Publications.Where(p => p.Issues.Count > 0).Select(p => p.Issues[0]).ToList();
        var inLatest = latest.SelectMany(i => i.Articles).ToHashSet(StringComparer.Ordinal);
        var content = new HomeContent
        {
            LatestIssues = latest.Select(i => _views.IssueView(i, links)).ToList(),
            Recent = _views.Cards(_site.Articles.Where(a => !a.IsThirdParty && !inLatest.Contains(a.Slug)).Take(RecentOnHome), links),
            Press = _views.Cards(_site.Press.Take(PressOnHome), links),
            IssueCount = _site.Issues.Count,
            ArticleCount = _site.Articles.Count,
            AuthorCount = _site.Authors.Count,
            TagCount = _site.Tags.Count,
            IssuesHref = links.Href(Permalinks.Issues),
            ArchiveHref = links.Href(Permalinks.Archive),
            AuthorsHref = links.Href(Permalinks.Authors),
            TagsHref = links.Href(Permalinks.Tags),
            PressHref = links.Href(Permalinks.Press),
        };
        var meta = new PageMeta
        {
            Kind = PageKinds.Home,
            Title = _site.Config.Title,
            Heading = _site.Config.Title,
            Description = _site.Config.Description,
            Canonical = _permalinks.Absolute(Permalinks.Home),
            OgType = "website",
            JsonLd = _jsonLd.WebSite(),
            AlternateFeeds = _views.SiteFeeds(),
        };
        return Page(links, null, meta, content);
    }

    internal PageModel Article(Article article)
    {
        var url = Permalinks.Article(article.Slug);
        var links = LinkContext.From(_permalinks, url);
        var body = _bodies[article.Slug];
        var description = Labels.Truncate(article.Summary ?? body.Description);
        var card = _views.Card(article, links);

        Link? previous = null, next = null;
        if (article.Issue is { } key)
        {
            var contents = _site.IssueByKey[key].Articles;
            var index = contents.ToList().IndexOf(article.Slug);
            if (index > 0) previous = ArticleLink(contents[index - 1], links);
            if (index + 1 < contents.Count) next = ArticleLink(contents[index + 1], links);
        }

        var content = new ArticleContent
        {
            Article = card,
            BodyHtml = BodyHtml(body, links),
            IssueTitle = article.Issue is { } titleKey ? $"{article.Publication}, {Labels.Issue(titleKey)}" : null,
            ShowSummary = article.Summary is { } summary && !Labels.RepeatsOpening(summary, body.Description),
            Updated = article.Updated is { } updated ? Labels.Date(DateOnly.FromDateTime(updated.UtcDateTime)) : null,
            UpdatedIso = article.Updated is { } updatedAt ? Labels.IsoMoment(updatedAt) : null,
            AuthorBoxes = AuthorBoxes(article, links),
            Previous = previous,
            Next = next,
            Related = _views.Cards(_related.For(article, RelatedCount), links),
            OriginalUrl = article.Url,
            ReadingTime = ReadingTime.Label(body.Words),
            Contents = TableOfContents.Listed(body.Headings) is var listed && TableOfContents.Shows(listed.Count, body.Words) ? listed : [],
            Citation = CitationView(article, links),
        };

        // Own articles sit under their publication (and its issue); press under Press.
        var breadcrumbs = new List<Link> { new("Home", links.Href(Permalinks.Home)) };
        if (article.PublicationSlug is { } publicationSlug)
            breadcrumbs.Add(new Link(article.Publication, links.Href(Permalinks.Publication(publicationSlug))));
        else
            breadcrumbs.Add(new Link("Press", links.Href(Permalinks.Press)));
        if (article.Issue is { } issueKey)
            breadcrumbs.Add(new Link(Labels.Issue(issueKey), links.Href(Permalinks.Issue(issueKey))));

        var meta = new PageMeta
        {
            Kind = PageKinds.Article,
            Title = _views.DocumentTitle(article.Title),
            Heading = article.Title,
            Description = description,
            Canonical = _permalinks.Absolute(url),
            OgType = "article",
            PublishedTime = Labels.IsoDate(article.Date),
            OgAuthors = article.Authors.Select(slug => _permalinks.Absolute(Permalinks.Author(slug))).ToList(),
            OgTags = article.Tags.Select(slug => _site.TagBySlug[slug].Name).ToList(),
            JsonLd = _jsonLd.Article(article, description),
            AlternateFeeds = _views.SiteFeeds(),
            Breadcrumbs = breadcrumbs,
            // A draft is shown only in a --drafts build (a preview): never to be indexed.
            NoIndex = article.Draft,
        };
        var section = article.Issue is not null ? Permalinks.Issues : article.IsThirdParty ? Permalinks.Press : Permalinks.Archive;
        return Page(links, section, meta, content);
    }

    /// <summary>
    /// The article page's model from its key model (<see cref="Article"/> built by <see cref="ForKeys"/>): the Markdown
    /// texts (the body, the author boxes' bios) are the only parts of it the two factories build differently, so they
    /// are rendered in place of their stand-ins and the rest is shared.
    /// </summary>
    internal PageModel ArticleFromKey(Article article, PageModel keyModel)
    {
        if (_standIns) throw new InvalidOperationException("a key model is made from the key factory, never finished by it");
        var links = LinkContext.From(_permalinks, Permalinks.Article(article.Slug));
        var content = (ArticleContent)keyModel.Content;
        return keyModel with
        {
            Content = content with { BodyHtml = BodyHtml(_bodies[article.Slug], links), AuthorBoxes = AuthorBoxes(article, links) },
        };
    }

    /// <summary>The article page's render-cache key from its model's inputs (<see cref="PageInputKeys"/>): what <see cref="Article"/> reads.</summary>
    internal byte[] ArticleInputKey(Article article) => _inputKeys.OfArticle(article);

    /// <summary>What other pages show of the article and where it stands in the site (<see cref="PageInputKeys.PlacementOf"/>).</summary>
    internal UInt128 PlacementOf(Article article) => _inputKeys.PlacementOf(article);

    /// <summary>A tag's list page's render-cache key from what <see cref="Tag"/> reads (<see cref="PageInputKeys"/>).</summary>
    internal byte[] TagInputKey(Tag tag, string url, int number) => _inputKeys.OfTagPage(tag, url, number);

    /// <summary>An author's list page's render-cache key from what <see cref="Author"/> reads (<see cref="PageInputKeys"/>).</summary>
    internal byte[] AuthorInputKey(Author author, string url, int number) => _inputKeys.OfAuthorPage(author, url, number);

    /// <summary>An issue page's render-cache key from what <see cref="Issue"/> reads (<see cref="PageInputKeys"/>).</summary>
    internal byte[] IssueInputKey(Issue issue) => _inputKeys.OfIssuePage(issue);

    /// <summary>The archive page's render-cache key from what <see cref="Archive"/> reads (<see cref="PageInputKeys"/>).</summary>
    internal byte[] ArchiveInputKey() => _inputKeys.OfArchivePage();

    /// <summary>An issue's old address, keyed on its inputs (<see cref="PageInputKeys.OfIssueRedirect"/>).</summary>
    internal byte[] IssueRedirectInputKey(Issue issue) => _inputKeys.OfIssueRedirect(issue);

    private List<AuthorBox> AuthorBoxes(Article article, LinkContext links) =>
        article.Authors.Select(slug => _site.AuthorBySlug[slug])
            .Select(a => new AuthorBox(a.Name, links.Href(Permalinks.Author(a.Slug)), a.Bio.Length > 0 ? Snippet(a.Bio, links) : null))
            .ToList();

    private CitationView CitationView(Article article, LinkContext links)
    {
        var chicago = ChicagoCitation.Of(Citation.For(article, _site, _permalinks));
        return new CitationView(chicago.Lead, chicago.Container, chicago.Tail, chicago.Url, chicago.Text,
            links.Href(Permalinks.ArticleBibTeX(article.Slug)), links.Href(Permalinks.ArticleRis(article.Slug)));
    }

    /// <summary>
    /// The summary lists and feeds show: the front matter's, else the body's first paragraph, shortened.
    /// Issue contents promise each article's summary, and imported issue articles rarely come with one.
    /// </summary>
    public string? SummaryOf(Article article) =>
        article.Summary ?? (_bodies.TryGetValue(article.Slug, out var body) && body.Description.Length > 0 ? Labels.Truncate(body.Description) : null);

    private Link ArticleLink(string slug, LinkContext links) =>
        new(_site.ArticleBySlug[slug].Title, links.Href(Permalinks.Article(slug)));

    internal PageModel IssuesIndex()
    {
        var links = LinkContext.From(_permalinks, Permalinks.Issues);
        var groups = _site.Publications.Where(p => p.Issues.Count > 0)
            .Select(p => new PublicationIssuesGroup(p.Slug, p.Name, links.Href(Permalinks.Publication(p.Slug)), links.Href(Permalinks.PublicationIssues(p.Slug)),
                _views.Volumes(p, links)))
            .ToList();
        var names = groups.Count > 0 ? string.Join(", ", groups.Select(g => g.Name)) : _site.Config.Publication;
        var description = groups.Count > 1 ? $"Every issue of {names}, by publication, newest first." : $"Every issue of {names}, newest first.";
        return Page(links, Permalinks.Issues, ListMeta(PageKinds.Issues, "Issues", description, Permalinks.Issues, links),
            new IssuesContent(description, groups));
    }

    internal PageModel Publication(Publication publication)
    {
        var url = Permalinks.Publication(publication.Slug);
        var links = LinkContext.From(_permalinks, url);
        var description = publication.Config.Description.Length > 0 ? publication.Config.Description : $"Every issue and article of {publication.Name}.";
        var content = new PublicationContent
        {
            Name = publication.Name,
            Description = description,
            LatestIssue = publication.Issues.Count > 0 ? _views.IssueView(publication.Issues[0], links) : null,
            Volumes = _views.Volumes(publication, links),
            IssueCount = publication.Issues.Count,
            ArticleCount = publication.Articles.Count,
            Other = _views.Cards(publication.Articles.Select(_site.ArticleFor).Where(a => a.Issue is null).Take(RecentOnHome), links),
            Authors = publication.Authors.Select(slug => _site.AuthorBySlug[slug])
                .Select(a => new AuthorSummary(a.Name, links.Href(Permalinks.Author(a.Slug)), a.Articles.Count(s => _site.ArticleBySlug[s].PublicationSlug == publication.Slug), a.HasProfile))
                .ToList(),
            Tags = publication.Tags.Select(slug => _site.TagBySlug[slug])
                .Select(t => new TagSummary(t.Name, links.Href(Permalinks.Tag(t.Slug)), t.Articles.Count(s => _site.ArticleBySlug[s].PublicationSlug == publication.Slug)))
                .ToList(),
            IssuesHref = links.Href(Permalinks.PublicationIssues(publication.Slug)),
            Feeds = new FeedLinks(links.Href(Permalinks.PublicationRssFeed(publication.Slug)), links.Href(Permalinks.PublicationAtomFeed(publication.Slug)),
                links.Href(Permalinks.PublicationJsonFeed(publication.Slug))),
        };
        var meta = new PageMeta
        {
            Kind = PageKinds.Publication,
            Title = _views.DocumentTitle(publication.Name),
            Heading = publication.Name,
            Description = Labels.Truncate(description),
            Canonical = _permalinks.Absolute(url),
            OgType = "website",
            JsonLd = _jsonLd.Periodical(publication, description),
            AlternateFeeds = _views.PublicationFeeds(publication),
            Breadcrumbs = [new Link("Home", links.Href(Permalinks.Home)), new Link("Issues", links.Href(Permalinks.Issues))],
        };
        return Page(links, Permalinks.Issues, meta, content);
    }

    internal PageModel PublicationIssues(Publication publication)
    {
        var url = Permalinks.PublicationIssues(publication.Slug);
        var links = LinkContext.From(_permalinks, url);
        var heading = $"{publication.Name}: issues";
        var description = $"Every issue of {publication.Name}, newest first.";
        var meta = ListMeta(PageKinds.PublicationIssues, heading, description, url, links) with
        {
            AlternateFeeds = _views.PublicationFeeds(publication),
            Breadcrumbs = [new Link("Home", links.Href(Permalinks.Home)), new Link(publication.Name, links.Href(Permalinks.Publication(publication.Slug)))],
        };
        return Page(links, Permalinks.Issues, meta,
            new PublicationIssuesContent(new Link(publication.Name, links.Href(Permalinks.Publication(publication.Slug))), _views.Volumes(publication, links)));
    }

    /// <summary>The old address of a main-publication issue page: sends browsers and search engines to the issue's page.</summary>
    internal PageModel IssueRedirect(Issue issue)
    {
        var url = Permalinks.LegacyIssue(issue.Key);
        var links = LinkContext.From(_permalinks, url);
        var target = Permalinks.Issue(issue.Key);
        var masthead = $"{_site.PublicationBySlug[issue.Key.Publication].Name} — {Labels.Issue(issue.Key)}";
        var meta = new PageMeta
        {
            Kind = PageKinds.IssueRedirect,
            Title = _views.DocumentTitle(masthead),
            Heading = "This issue has moved",
            Description = $"{masthead} is now at {_permalinks.Absolute(target)}.",
            Canonical = _permalinks.Absolute(target),
            OgType = "website",
            JsonLd = _jsonLd.WebPage(masthead),
            NoIndex = true,
            RedirectHref = links.Href(target),
        };
        return Page(links, Permalinks.Issues, meta, new RedirectContent(masthead, links.Href(target)));
    }

    /// <summary>An earlier address of an article (front matter <c>aliases</c>): sends browsers and search engines to the article.</summary>
    internal PageModel ArticleRedirect(Article article, string aliasUrl)
    {
        var links = LinkContext.From(_permalinks, aliasUrl);
        var target = Permalinks.Article(article.Slug);
        var meta = new PageMeta
        {
            Kind = PageKinds.ArticleAlias,
            Title = _views.DocumentTitle(article.Title),
            Heading = "This article has moved",
            Description = $"“{article.Title}” is now at {_permalinks.Absolute(target)}.",
            Canonical = _permalinks.Absolute(target),
            OgType = "website",
            JsonLd = _jsonLd.WebPage(article.Title),
            NoIndex = true,
            RedirectHref = links.Href(target),
        };
        return Page(links, Permalinks.Archive, meta, new RedirectContent($"“{article.Title}”", links.Href(target)));
    }

    internal PageModel Issue(Issue issue)
    {
        var url = Permalinks.Issue(issue.Key);
        var links = LinkContext.From(_permalinks, url);
        var publication = _site.PublicationBySlug[issue.Key.Publication];
        var view = _views.IssueView(issue, links);
        var titles = string.Join("; ", issue.Articles.Select(s => _site.ArticleBySlug[s].Title));
        var meta = new PageMeta
        {
            Kind = PageKinds.Issue,
            Title = _views.DocumentTitle(view.Masthead),
            Heading = view.Masthead,
            Description = Labels.Truncate($"{view.Masthead}, {view.Date}: {titles}"),
            Canonical = _permalinks.Absolute(url),
            OgType = "website",
            JsonLd = _jsonLd.Issue(issue),
            AlternateFeeds = _views.PublicationFeeds(publication),
            Breadcrumbs =
            [
                new Link("Home", links.Href(Permalinks.Home)),
                new Link(publication.Name, links.Href(Permalinks.Publication(publication.Slug))),
                new Link("Issues", links.Href(Permalinks.PublicationIssues(publication.Slug))),
            ],
        };
        return Page(links, Permalinks.Issues, meta, new IssueContent(view));
    }

    internal PageModel AuthorsIndex()
    {
        var links = LinkContext.From(_permalinks, Permalinks.Authors);
        var authors = _site.Authors
            .Select(a => new AuthorSummary(a.Name, links.Href(Permalinks.Author(a.Slug)), a.Articles.Count, a.HasProfile))
            .ToList();
        var description = $"The {authors.Count} authors of the {_site.Config.Title}, with their articles.";
        return Page(links, Permalinks.Authors,
            ListMeta(PageKinds.Authors, "Authors", description, Permalinks.Authors, links), new AuthorsContent(authors));
    }

    internal PageModel Author(Author author, string url, int number)
    {
        var listUrl = Permalinks.Author(author.Slug);
        var bioSummary = author.Bio.Length > 0 ? Labels.Truncate(PlainText(author.Bio)) : "";
        var description = bioSummary.Length > 0 ? bioSummary : $"Articles by {author.Name} in the {_site.Config.Title}.";
        var feed = new AlternateFeed($"{author.Name} — {_site.Config.Title}", "application/rss+xml", _permalinks.Absolute(Permalinks.AuthorFeed(author.Slug)));
        var links = LinkContext.From(_permalinks, url);
        var view = new AuthorView(author.Name, author.Bio.Length > 0 ? Snippet(author.Bio, links) : null,
            author.HasProfile, author.Articles.Count, links.Href(Permalinks.AuthorFeed(author.Slug)));
        var meta = new PageMeta
        {
            Kind = PageKinds.Author,
            Title = _views.DocumentTitle(author.Name, number),
            Heading = author.Name,
            Description = description,
            Canonical = _permalinks.Absolute(url),
            OgType = "profile",
            JsonLd = _jsonLd.Author(author, bioSummary),
            AlternateFeeds = [feed, .. _views.SiteFeeds()],
            Breadcrumbs = [new Link("Home", links.Href(Permalinks.Home)), new Link("Authors", links.Href(Permalinks.Authors))],
        };
        return Page(links, Permalinks.Authors, meta, new AuthorContent(view, ListPage(author.Articles, listUrl, number, links)));
    }

    internal PageModel TagsIndex()
    {
        var links = LinkContext.From(_permalinks, Permalinks.Tags);
        var groups = _site.Tags
            .GroupBy(t => Labels.TagGroup(t.Kind), StringComparer.Ordinal)
            .OrderBy(g => Labels.TagGroupRank(g.First().Kind))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TagGroup(g.Key, g.Select(t => new TagSummary(t.Name, links.Href(Permalinks.Tag(t.Slug)), t.Articles.Count)).ToList()))
            .ToList();
        var description = $"Countries, organisations and themes covered by the {_site.Config.Title}.";
        return Page(links, Permalinks.Tags,
            ListMeta(PageKinds.Tags, "Topics", description, Permalinks.Tags, links), new TagsContent(groups, _site.Tags.Count));
    }

    internal PageModel Tag(Tag tag, string url, int number)
    {
        var listUrl = Permalinks.Tag(tag.Slug);
        var description = tag.Description is { Length: > 0 } d ? Labels.Truncate(PlainText(d)) : $"Articles about {tag.Name} in the {_site.Config.Title}.";
        var feed = new AlternateFeed($"{tag.Name} — {_site.Config.Title}", "application/rss+xml", _permalinks.Absolute(Permalinks.TagFeed(tag.Slug)));
        var links = LinkContext.From(_permalinks, url);
        var view = new TagView(tag.Name, tag.Kind is null ? null : Labels.Kind(tag.Kind),
            tag.Description is { Length: > 0 } md ? Snippet(md, links) : null,
            tag.Articles.Count, links.Href(Permalinks.TagFeed(tag.Slug)));
        var meta = new PageMeta
        {
            Kind = PageKinds.Tag,
            Title = _views.DocumentTitle(tag.Name, number),
            Heading = tag.Name,
            Description = description,
            Canonical = _permalinks.Absolute(url),
            OgType = "website",
            JsonLd = _jsonLd.Collection(tag.Name, url, description),
            AlternateFeeds = [feed, .. _views.SiteFeeds()],
            Breadcrumbs = [new Link("Home", links.Href(Permalinks.Home)), new Link("Topics", links.Href(Permalinks.Tags))],
        };
        return Page(links, Permalinks.Tags, meta, new TagContent(view, ListPage(tag.Articles, listUrl, number, links)));
    }

    internal PageModel Archive()
    {
        var links = LinkContext.From(_permalinks, Permalinks.Archive);
        var years = _site.Years.Select(year =>
        {
            var volumes = _site.Issues
                .Where(i => i.Date.Year == year)
                .GroupBy(i => (i.Key.Publication, i.Key.Volume))
                .Select(g => new ArchiveVolume(_views.VolumeLabel(g.Key.Publication, g.Key.Volume), g.Select(i => new ArchiveIssue(
                    Labels.Issue(i.Key), links.Href(Permalinks.Issue(i.Key)), Labels.Date(i.Date), Labels.IsoDate(i.Date),
                    _views.Cards(i.Articles, links))).ToList()))
                .ToList();
            var other = _views.Cards(_site.Articles.Where(a => a.Date.Year == year && a.Issue is null), links);
            return new ArchiveYear(year, volumes, other);
        }).ToList();
        var description = $"Everything in the {_site.Config.Title} by year and volume.";
        return Page(links, Permalinks.Archive,
            ListMeta(PageKinds.Archive, "Archive", description, Permalinks.Archive, links), new ArchiveContent(years));
    }

    internal PageModel Press(string url, int number)
    {
        var names = OwnNames();
        var description = $"Coverage of {(names.Count == 1 ? "the " + names[0] : Joined(names))} in other publications.";
        var links = LinkContext.From(_permalinks, url);
        var meta = ListMeta(PageKinds.Press, "Press coverage", description, url, links) with { Title = _views.DocumentTitle("Press coverage", number) };
        return Page(links, Permalinks.Press, meta, new PressContent(ListPage(_press, Permalinks.Press, number, links),
            $"{Joined(names)} and {(names.Count == 1 ? "its" : "their")} authors"));
    }

    internal PageModel Search()
    {
        var links = LinkContext.From(_permalinks, Permalinks.Search);
        static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var content = new SearchContent(
            _site.Articles.GroupBy(SearchFacets.PublicationValue, StringComparer.Ordinal)
                .Select(g => Choice(SearchFacets.Publication, g.Key, g.First().Publication, g.Count()))
                .OrderBy(o => o.Label, StringComparer.Ordinal).ToList(),
            _site.Authors.Select(a => Choice(SearchFacets.Author, a.Slug, a.Name, a.Articles.Count)).OrderBy(o => o.Label, StringComparer.Ordinal).ToList(),
            _site.Tags.Select(t => Choice(SearchFacets.Tag, t.Slug, t.Name, t.Articles.Count)).OrderBy(o => o.Label, StringComparer.Ordinal).ToList(),
            _site.Years.Select(y => Choice(SearchFacets.Year, Year(y), Year(y), _site.Articles.Count(a => a.Date.Year == y))).ToList(),
            Folder(links.Href(Permalinks.Search)), Folder(links.Href(Permalinks.Home)),
            links.Href(Permalinks.Archive), links.Href(Permalinks.Tags), links.Href(Permalinks.Authors));
        var description = $"Search the full text of the {_site.Config.Title}: titles, authors, summaries and articles.";
        var meta = ListMeta(PageKinds.Search, "Search", description, Permalinks.Search, links);
        return Page(links, null, meta, content);
    }

    private static SearchChoice Choice(string kind, string value, string label, int count) =>
        new(value, label, count, SearchFacets.FileName(kind, value));

    /// <summary>A folder's link ("../index.html" → "../", "index.html" → "./").</summary>
    private static string Folder(string href) => href.Replace("index.html", "", StringComparison.Ordinal) is { Length: > 0 } folder ? folder : "./";

    /// <summary>The names of the own publications with articles; the main one's when none has.</summary>
    private List<string> OwnNames() => _site.Publications.Select(p => p.Name).DefaultIfEmpty(_site.Config.Publication).ToList();

    /// <summary>"A", "A and B", "A, B and C".</summary>
    private static string Joined(List<string> names) => names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];

    /// <summary>Page <paramref name="number"/> of a list of articles, by slug, cut into pages of site.yml's page_size.</summary>
    private ListPage ListPage(IReadOnlyList<string> slugs, string listUrl, int number, LinkContext links)
    {
        var size = Math.Max(1, _site.Config.PageSize);
        var items = slugs.Skip((number - 1) * size).Take(size).Select(slug => _site.ArticleBySlug[slug]).ToList();
        return _views.ListPage(items, listUrl, number, PageKinds.PageCount(slugs.Count, size), slugs.Count, links);
    }

    /// <summary>
    /// The 404 page is served by the web server at whatever depth the missing address had, so relative links
    /// cannot work there: it links with absolute URLs on the base URL instead.
    /// </summary>
    internal PageModel NotFound()
    {
        var links = LinkContext.AbsoluteFor(_permalinks);
        var meta = new PageMeta
        {
            Kind = PageKinds.NotFound,
            Title = _views.DocumentTitle("Page not found"),
            Heading = "Page not found",
            Description = "There is no page at this address.",
            Canonical = _permalinks.Absolute(Permalinks.NotFound),
            OgType = "website",
            JsonLd = _jsonLd.WebPage("Page not found"),
            NoIndex = true,
            SelfContained = true,
        };
        var content = new NotFoundContent(links.Href(Permalinks.Home), links.Href(Permalinks.Archive), links.Href(Permalinks.Issues), links.Href(Permalinks.Tags));
        return Page(links, null, meta, content);
    }

    private PageMeta ListMeta(string kind, string heading, string description, string url, LinkContext links) => new()
    {
        Kind = kind,
        Title = _views.DocumentTitle(heading),
        Heading = heading,
        Description = description,
        Canonical = _permalinks.Absolute(url),
        OgType = "website",
        JsonLd = _jsonLd.Collection(heading, url, description),
        AlternateFeeds = _views.SiteFeeds(),
        Breadcrumbs = [new Link("Home", links.Href(Permalinks.Home))],
    };

    private PageModel Page(LinkContext links, string? section, PageMeta meta, object content) =>
        new() { Site = _views.SiteView(links, section), Page = meta, Content = content };

    private static string PlainText(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(Markdig.Markdown.ToPlainText(markdown, ArticleMarkdown.Pipeline), @"\s+", " ").Trim();
}
