using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// The one place that knows every URL and output path. URLs are root-relative pretty URLs
/// (<c>/articles/slug/</c>); each is written to <c>&lt;path&gt;/index.html</c>. Pages link to each other
/// with <see cref="Relative"/> file links so the site works opened from disk; canonical, OpenGraph,
/// feed and sitemap addresses use <see cref="Absolute"/>.
/// </summary>
public sealed class Permalinks
{
    public Permalinks(string baseUrl) => BaseUrl = baseUrl.TrimEnd('/') + "/";

    /// <summary>Absolute base URL with a trailing slash.</summary>
    public string BaseUrl { get; }

    public const string Home = "/";
    public const string Issues = "/issues/";
    public const string Authors = "/authors/";
    public const string Tags = "/tags/";
    public const string Archive = "/archive/";
    public const string Press = "/press/";
    public const string Search = "/search/";
    public const string NotFound = "/404.html";
    public const string RssFeed = "/feed.xml";
    public const string AtomFeed = "/atom.xml";
    public const string JsonFeed = "/feed.json";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string AssetsFolder = "/assets/";

    public static string Article(string slug) => $"/articles/{slug}/";
    /// <summary>The article's citation as a BibTeX file, beside its page.</summary>
    public static string ArticleBibTeX(string slug) => $"/articles/{slug}/cite.bib";

    /// <summary>The article's citation as a RIS file, beside its page.</summary>
    public static string ArticleRis(string slug) => $"/articles/{slug}/cite.ris";

    public static string Publication(string slug) => $"/publications/{slug}/";
    public static string PublicationIssues(string slug) => $"/publications/{slug}/issues/";
    public static string Issue(IssueKey key) => $"/publications/{key.Publication}/issues/{key.Segment}/";

    /// <summary>Where the main publication's issue pages were before the archive had several publications: now redirect pages.</summary>
    public static string LegacyIssue(IssueKey key) => $"/issues/{key.Segment}/";

    public static string PublicationRssFeed(string slug) => $"/publications/{slug}/feed.xml";
    public static string PublicationAtomFeed(string slug) => $"/publications/{slug}/atom.xml";
    public static string PublicationJsonFeed(string slug) => $"/publications/{slug}/feed.json";
    public static string Author(string slug) => $"/authors/{slug}/";
    public static string Tag(string slug) => $"/tags/{slug}/";
    public static string AuthorFeed(string slug) => $"/authors/{slug}/feed.xml";
    public static string TagFeed(string slug) => $"/tags/{slug}/feed.xml";
    public static string Asset(string name) => AssetsFolder + name;

    /// <summary>Page <paramref name="page"/> of a paginated list; page 1 is the list's own URL.</summary>
    public static string Paged(string listUrl, int page) =>
        page <= 1 ? listUrl : string.Create(CultureInfo.InvariantCulture, $"{listUrl}page/{page}/");

    public string Absolute(string url) => BaseUrl + url.TrimStart('/');

    /// <summary>The file a URL is written to, relative to the output folder, with forward slashes.</summary>
    public static string OutputPath(string url)
    {
        var path = StripFragment(url).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>
    /// A link from the page at <paramref name="fromUrl"/> to <paramref name="toUrl"/> that points at the
    /// file itself (<c>../../tags/iraq/index.html</c>), so it works without a web server.
    /// </summary>
    public static string Relative(string fromUrl, string toUrl)
    {
        // Every page links to dozens of others: compare folder names in place instead of splitting both paths.
        var fragmentAt = toUrl.IndexOf('#');
        var fragment = fragmentAt < 0 ? ReadOnlySpan<char>.Empty : toUrl.AsSpan(fragmentAt);
        var target = OutputPath(toUrl);
        var from = OutputPath(fromUrl);

        // Skip the folders both paths start with; the page's remaining folders are the "../" steps.
        int fromAt = 0, targetAt = 0;
        while (true)
        {
            var fromEnd = from.IndexOf('/', fromAt);
            var targetEnd = target.IndexOf('/', targetAt);
            if (fromEnd < 0 || targetEnd < 0 || !from.AsSpan(fromAt, fromEnd - fromAt).SequenceEqual(target.AsSpan(targetAt, targetEnd - targetAt)))
                break;
            fromAt = fromEnd + 1;
            targetAt = targetEnd + 1;
        }
        var up = from.AsSpan(fromAt).Count('/');

        var steps = up * 3 <= UpSteps.Length ? UpSteps.AsSpan(0, up * 3) : string.Concat(Enumerable.Repeat("../", up)).AsSpan();
        return string.Concat(steps, target.AsSpan(targetAt), fragment);
    }

    private const string UpSteps = "../../../../../../../../";

    /// <summary>Normalises a root-relative link as written in Markdown (<c>/articles/x</c>) to its URL form (<c>/articles/x/</c>).</summary>
    public static string Normalize(string rootRelative)
    {
        var fragmentAt = rootRelative.IndexOfAny(['#', '?']);
        var path = fragmentAt < 0 ? rootRelative : rootRelative[..fragmentAt];
        var rest = fragmentAt < 0 ? "" : rootRelative[fragmentAt..];
        if (path.EndsWith("/index.html", StringComparison.Ordinal)) path = path[..^"index.html".Length];
        else if (!path.EndsWith('/') && Path.GetExtension(path).Length == 0) path += "/";
        return path + rest;
    }

    private static string StripFragment(string url)
    {
        var at = url.IndexOfAny(['#', '?']);
        return at < 0 ? url : url[..at];
    }
}

/// <summary>
/// Links as seen from one page: relative file links for a page in the tree, or absolute URLs for
/// content shown elsewhere (feeds, and the 404 page, which a server shows at any depth).
/// </summary>
public sealed record LinkContext(Permalinks Permalinks, string? PageUrl)
{
    public static LinkContext From(Permalinks permalinks, string pageUrl) => new(permalinks, pageUrl);

    public static LinkContext AbsoluteFor(Permalinks permalinks) => new(permalinks, null);

    public string Href(string url) => PageUrl is null ? Permalinks.Absolute(url) : Permalinks.Relative(PageUrl, url);
}
