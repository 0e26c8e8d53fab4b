using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// A page's render-cache key made from the inputs of its model instead of from the model itself, for the kinds that are
/// most of a site's pages: articles, tags' and authors' lists, issues and their old addresses. An unchanged page whose neighbours did not change
/// is recognised without building its model (cards, JSON-LD, author boxes, citation) or serialising it. Each other page
/// shown (a related article, a list's item) stands by its <see cref="CardHash"/>, computed once per build; site-wide
/// settings by <see cref="SiteHash"/>, once per build. Each key names its kind and scheme in its first bytes, so it
/// never equals another kind's key or a model-hash key. For an article page (<see cref="PageFactory.Article"/>), the
/// key is the SHA-256 of exactly what
/// <see cref="PageFactory.Article"/> (and the <see cref="ViewFactory"/>, <see cref="JsonLd"/> and
/// <see cref="Reading.Citation"/> code it calls) reads from the site; the rest a page's bytes depend on (the theme, the
/// code, the base URL, the output folder) is the render cache's build key, and the page's URL is the cache entry's name.
/// Each input of the model, and where the key holds it:
/// <list type="bullet">
/// <item>The article itself (title, slug, dates, kind, summary, publication, volume and issue, original URL, sources,
/// author and tag slugs, draft, aliases, source path, body start line, and the body's SHA-256, made once per body): <see cref="AddArticle"/>
/// hashes <em>every</em> property of <see cref="Model.Article"/> (a test pins the property list, so a new property must
/// be added here). The parsed body (opening text, word count, headings) and the body's HTML are functions of the body,
/// the article (footnote prefix) and the page's URL.</item>
/// <item>Site-wide settings: the page chrome (<see cref="ViewFactory.SiteView"/>: title, description, publication,
/// language, copyright), the document title, JSON-LD's language, the issue labels (how many publications, their names):
/// <see cref="SiteHash"/> hashes all of <c>site.yml</c> as loaded (<see cref="SiteConfig"/> as JSON, every property) and
/// each publication's slug, name and whether it is the main one, once per build.</item>
/// <item>Its authors (card, author boxes with bios, JSON-LD, citation, OpenGraph): each one's slug, name and bio.</item>
/// <item>Its tags (card, OpenGraph, JSON-LD keywords): each one's slug and name.</item>
/// <item>Previous and next in its issue: their slugs and titles, found in the issue's contents as the model finds them.</item>
/// <item>Related articles: the choice is made here by the same <see cref="RelatedArticles"/> the model uses (it reads the
/// tags' article lists, cheap), and each chosen article stands by its <see cref="CardHash"/>: everything
/// <see cref="ViewFactory.Card"/> reads of it (its fields, its summary as lists show it, its authors' and tags' names),
/// computed once per build.</item>
/// </list>
/// Two builds give an article page the same key only when all of these are equal, and then its model is equal, so its
/// bytes are. The key's first bytes name this scheme, so it never equals a model-hash key of another scheme.
/// </summary>
internal sealed class PageInputKeys(Site site, RelatedArticles related, Func<Article, string?> summaryOf, int relatedCount)
{
    private const string Scheme = "article-page-inputs/2";

    private readonly ConcurrentDictionary<string, byte[]> _cards = new(StringComparer.Ordinal);
    private byte[]? _site;

    /// <summary>An article page's key. Thread-safe.</summary>
    public byte[] OfArticle(Article article)
    {
        var h = new FramedHash();
        h.Add(Scheme);
        h.Add(SiteHash());
        AddArticle(h, article);

        h.Add(article.Authors.Count);
        foreach (var slug in article.Authors)
        {
            var author = site.AuthorBySlug[slug];
            h.Add(author.Slug);
            h.Add(author.Name);
            h.Add(author.Bio);
        }
        h.Add(article.Tags.Count);
        foreach (var slug in article.Tags)
        {
            var tag = site.TagBySlug[slug];
            h.Add(tag.Slug);
            h.Add(tag.Name);
        }

        // Previous and next: as PageFactory.Article finds them.
        if (article.Issue is { } key)
        {
            var contents = site.IssueByKey[key].Articles;
            var index = contents.ToList().IndexOf(article.Slug);
            h.Add(index > 0 ? contents[index - 1] : null);
            h.Add(index > 0 ? site.ArticleBySlug[contents[index - 1]].Title : null);
            h.Add(index + 1 < contents.Count ? contents[index + 1] : null);
            h.Add(index + 1 < contents.Count ? site.ArticleBySlug[contents[index + 1]].Title : null);
        }

        var chosen = related.For(article, relatedCount);
        h.Add(chosen.Count);
        foreach (var other in chosen)
        {
            h.Add(other.Slug);
            h.Add(CardHash(other));
        }
        return h.Finish();
    }

    /// <summary>
    /// A tag's list page (<see cref="PageFactory.Tag"/>): its name, kind and description (the heading, the kind's label,
    /// the description's HTML and plain text), how many articles it has, the page's number and URL, site-wide settings
    /// (<see cref="SiteHash"/>: the page size, the titles, the chrome) and the page's slice of its articles, each by its
    /// <see cref="CardHash"/>. Thread-safe.
    /// </summary>
    public byte[] OfTagPage(Tag tag, string url, int number)
    {
        var h = new FramedHash();
        h.Add("tag-page-inputs/1");
        h.Add(SiteHash());
        h.Add(tag.Slug);
        h.Add(tag.Name);
        h.Add(tag.Kind);
        h.Add(tag.Description);
        AddListPage(h, tag.Articles, url, number);
        return h.Finish();
    }

    /// <summary>
    /// An author's list page (<see cref="PageFactory.Author"/>): the name, bio (its HTML, plain text and the JSON-LD
    /// description), whether the author has a profile, how many articles, the page's number and URL, site-wide settings
    /// and the page's slice of the articles by their <see cref="CardHash"/>. Thread-safe.
    /// </summary>
    public byte[] OfAuthorPage(Author author, string url, int number)
    {
        var h = new FramedHash();
        h.Add("author-page-inputs/1");
        h.Add(SiteHash());
        h.Add(author.Slug);
        h.Add(author.Name);
        h.Add(author.Bio);
        h.Add(author.HasProfile);
        AddListPage(h, author.Articles, url, number);
        return h.Finish();
    }

    /// <summary>
    /// An issue's page (<see cref="PageFactory.Issue"/>, <see cref="ViewFactory.IssueView"/>, <see cref="JsonLd.Issue"/>):
    /// its key and date, its publication's name (also in <see cref="SiteHash"/>), the older and newer issue of that
    /// publication as the view finds them, and its articles in order, each by its <see cref="CardHash"/> (the sections
    /// group them by kind, the description and JSON-LD list their titles). Thread-safe.
    /// </summary>
    public byte[] OfIssuePage(Issue issue)
    {
        var h = new FramedHash();
        h.Add("issue-page-inputs/1");
        h.Add(SiteHash());
        AddIssueKey(h, issue.Key);
        h.Add(issue.Date.DayNumber);
        var publication = site.PublicationBySlug[issue.Key.Publication];
        h.Add(publication.Name);
        var index = -1;
        for (var i = 0; i < publication.Issues.Count; i++)
            if (publication.Issues[i].Key == issue.Key) { index = i; break; }
        h.Add(index + 1 < publication.Issues.Count);
        if (index + 1 < publication.Issues.Count) AddIssueKey(h, publication.Issues[index + 1].Key);
        h.Add(index > 0);
        if (index > 0) AddIssueKey(h, publication.Issues[index - 1].Key);
        h.Add(issue.Articles.Count);
        foreach (var slug in issue.Articles)
        {
            h.Add(slug);
            h.Add(CardHash(site.ArticleBySlug[slug]));
        }
        return h.Finish();
    }

    /// <summary>
    /// An issue's old address (<see cref="PageFactory.IssueRedirect"/>, a redirect to the issue's page): its URL, its
    /// target and its masthead's label are functions of the issue's key; the publication's name, the document title, the
    /// JSON-LD's site name and the chrome are site-wide settings (<see cref="SiteHash"/>). Thread-safe.
    /// </summary>
    public byte[] OfIssueRedirect(Issue issue)
    {
        var h = new FramedHash();
        h.Add("issue-redirect-inputs/1");
        h.Add(SiteHash());
        AddIssueKey(h, issue.Key);
        return h.Finish();
    }

    /// <summary>
    /// The archive page (<see cref="PageFactory.Archive"/>): site-wide settings (<see cref="SiteHash"/>: the titles, the
    /// chrome, the publications' names the volume labels show), the years, and for each year its issues in the site's
    /// order (key and date; the volumes group them by publication and volume) with their articles in order, and the
    /// articles of that year outside any issue, each article by its <see cref="CardHash"/>. Thread-safe.
    /// </summary>
    public byte[] OfArchivePage()
    {
        var h = new FramedHash();
        h.Add("archive-page-inputs/1");
        h.Add(SiteHash());
        h.Add(site.Years.Count);
        foreach (var year in site.Years)
        {
            h.Add(year);
            var issues = site.Issues.Where(i => i.Date.Year == year).ToList();
            h.Add(issues.Count);
            foreach (var issue in issues)
            {
                AddIssueKey(h, issue.Key);
                h.Add(issue.Date.DayNumber);
                h.Add(issue.Articles.Count);
                foreach (var slug in issue.Articles)
                {
                    h.Add(slug);
                    h.Add(CardHash(site.ArticleBySlug[slug]));
                }
            }
            var other = site.Articles.Where(a => a.Date.Year == year && a.Issue is null).ToList();
            h.Add(other.Count);
            foreach (var article in other)
            {
                h.Add(article.Slug);
                h.Add(CardHash(article));
            }
        }
        return h.Finish();
    }

    private static void AddIssueKey(FramedHash h, IssueKey key)
    {
        h.Add(key.Publication);
        h.Add(key.Volume);
        h.Add(key.Number);
    }

    /// <summary>A paginated list's page (<see cref="ViewFactory.ListPage"/>): its URL and number, the list's length and the page's slice (the page size is in <see cref="SiteHash"/>).</summary>
    private void AddListPage(FramedHash h, IReadOnlyList<string> slugs, string url, int number)
    {
        h.Add(url);
        h.Add(number);
        h.Add(slugs.Count);
        var size = Math.Max(1, site.Config.PageSize);
        var slice = slugs.Skip((number - 1) * size).Take(size).ToList();
        h.Add(slice.Count);
        foreach (var slug in slice)
        {
            h.Add(slug);
            h.Add(CardHash(site.ArticleBySlug[slug]));
        }
    }

    /// <summary>Everything <see cref="ViewFactory.Card"/> reads of an article besides site-wide settings; once per article per build.</summary>
    private byte[] CardHash(Article article) => _cards.GetOrAdd(article.Slug, _ =>
    {
        var h = new FramedHash();
        h.Add(article.Slug);
        h.Add(article.Title);
        h.Add(article.Date.DayNumber);
        h.Add(article.Kind);
        h.Add(summaryOf(article));
        h.Add(article.Draft);
        h.Add(article.Publication);
        h.Add(article.PublicationSlug);
        h.Optional(article.Volume);
        h.Optional(article.IssueNumber);
        h.Add(article.Authors.Count);
        foreach (var slug in article.Authors)
        {
            h.Add(slug);
            h.Add(site.AuthorBySlug[slug].Name);
        }
        h.Add(article.Tags.Count);
        foreach (var slug in article.Tags)
        {
            h.Add(slug);
            h.Add(site.TagBySlug[slug].Name);
        }
        return h.Finish();
    });

    /// <summary>The site's settings and publications, once per build.</summary>
    private byte[] SiteHash()
    {
        if (Volatile.Read(ref _site) is { } done) return done;
        var h = new FramedHash();
        h.Add(JsonSerializer.SerializeToUtf8Bytes(site.Config, ModelKeyJson.Default.SiteConfig));
        h.Add(site.Publications.Count);
        foreach (var publication in site.Publications)
        {
            h.Add(publication.Slug);
            h.Add(publication.Name);
            h.Add(publication.IsMain);
        }
        var hash = h.Finish();
        Volatile.Write(ref _site, hash);
        return hash;
    }

    /// <summary>
    /// Everything other pages can show of the article, and where it stands in the site: every property but its body (<see
    /// cref="AddArticle"/> without the body's SHA-256) and its card (<see cref="CardHash"/>: the summary as lists show it,
    /// which an article without a summary takes from its body, and its authors' and tags' names). Two builds of the same
    /// site give an article the same placement only when nothing of it changed but what its own page and feed items show
    /// of its body (<see cref="PlanRecord"/>). Thread-safe.
    /// </summary>
    public UInt128 PlacementOf(Article article)
    {
        var h = new FramedHash();
        h.Add("article-placement/1");
        AddArticleButBody(h, article);
        h.Add(CardHash(article));
        return h.FinishKey();
    }

    /// <summary>Every property of the article (pinned by <c>PageInputKeysTests</c>): a property added to <see cref="Model.Article"/> must be added here.</summary>
    internal static void AddArticle(FramedHash h, Article a)
    {
        AddArticleButBody(h, a);
        h.Add(a.BodyText.Sha256);
    }

    /// <summary>Every property of the article but its body (<see cref="Model.Article.BodyText"/>).</summary>
    private static void AddArticleButBody(FramedHash h, Article a)
    {
        h.Add(a.Slug);
        h.Add(a.DerivedSlugFile);
        h.Add(a.Title);
        h.Add(a.Date.DayNumber);
        h.Add(a.Updated is { } updated ? updated.UtcTicks : -1);
        h.Add(a.Updated is { } offset ? (long)offset.Offset.TotalMinutes : 0);
        h.Add(a.Draft);
        h.Add(a.Aliases.Count);
        foreach (var alias in a.Aliases) h.Add(alias.Url);
        h.Add(a.Publication);
        h.Add(a.PublicationSlug);
        h.Optional(a.Volume);
        h.Optional(a.IssueNumber);
        h.Add(a.Kind);
        h.Add(a.Summary);
        h.Add(a.Url);
        h.Add(a.Sources.Count);
        foreach (var source in a.Sources) h.Add(source);
        h.Add(a.Authors.Count);
        foreach (var author in a.Authors) h.Add(author);
        h.Add(a.Tags.Count);
        foreach (var tag in a.Tags) h.Add(tag);
        h.Add(a.SourcePath);
        h.Add(a.BodyStartLine);
    }
}
