using AngleSharp.Dom;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Originals.Html;

/// <summary>What a saved page says about its article outside the text: each value and where it was read.</summary>
internal sealed record PageMetadata
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Date { get; init; }
    public string? SiteName { get; init; }

    /// <summary>Where <see cref="SiteName"/> was read ("the page's og:site_name"), for the editor.</summary>
    public string? SiteNameFrom { get; init; }

    /// <summary>
    /// When the metadata names no site: the name the page prints for it (<see cref="PageSiteName"/>) and where. Kept out
    /// of the crawler block (a new block line would move every line the labels and the report count), carried beside it.
    /// </summary>
    public (string Name, string From)? PrintedSiteName { get; init; }

    /// <summary>The article's schema.org types (JSON-LD <c>@type</c>, else microdata <c>itemtype</c>).</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>A genre label the page prints over its headline in a kicker or eyebrow element ("Analysis").</summary>
    public string? Kicker { get; init; }
    public string? Section { get; init; }
    public string? Url { get; init; }
    public string? Description { get; init; }

    /// <summary>The address relative links are resolved against: the page's own URL, or a <c>&lt;base href&gt;</c>.</summary>
    public Uri? BaseUri { get; init; }
}

/// <summary>
/// Reads a page's metadata. Precedence per field, most specific first: JSON-LD's article object, then OpenGraph and
/// <c>article:*</c>, then plain <c>&lt;meta&gt;</c> and <c>&lt;title&gt;</c> (whose site-name suffix is removed).
/// Author values that are addresses (<c>article:author</c> often is a profile URL) are passed over. Pure.
/// </summary>
internal static class PageMetadataReader
{
    public static PageMetadata Read(IDocument document)
    {
        var jsonLd = JsonLdArticle.Read(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            foreach (var meta in document.QuerySelectorAll("meta"))
                if (string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase)
                    && meta.GetAttribute("content") is { } content && HtmlText.Collapse(content) is { Length: > 0 } value)
                    return value;
            return null;
        }

        var url = Absolute(document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href"))
            ?? Absolute(Meta("og:url")) ?? Absolute(jsonLd?.Url);
        var baseHref = Absolute(document.QuerySelector("base[href]")?.GetAttribute("href"));
        var titleTag = document.QuerySelector("head > title")?.TextContent is { } t ? HtmlText.Collapse(t) : null;
        var (siteName, siteNameFrom) = Meta("og:site_name") is { } og ? (og, "the page's og:site_name")
            : jsonLd?.Publisher is { } publisher ? (publisher, "the publisher named in the page's JSON-LD")
            : Meta("application-name") is { } application ? (application, "the page's application-name")
            : ((string?)null, (string?)null);
        var title = jsonLd?.Headline ?? Meta("og:title", "twitter:title") ?? TitleTagOrHeading(titleTag, document);
        if (title is not null) title = WithoutSiteName(title, siteName);
        if (siteName is null && (titleTag is null ? null : CrawlerFrontMatter.SplitSiteSuffix(titleTag).Site) is { } suffix)
            (siteName, siteNameFrom) = (suffix, "the site suffix of the page's <title>");
        var printedSiteName = siteName is null ? PageSiteName.Find(document, titleTag) : null;

        var authors = jsonLd?.Authors is { Count: > 0 } ld ? ld
            : Meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator") is { } a && !IsAddress(a) ? PersonNames.Split(a).ToList()
            : [];
        return new PageMetadata
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Authors = authors.Where(n => !IsAddress(n) && !string.Equals(n, siteName, StringComparison.OrdinalIgnoreCase)).ToList(),
            Date = jsonLd?.DatePublished ?? Meta("article:published_time", "datePublished", "date", "dc.date", "pubdate", "publish-date", "og:published_time")
                ?? MicrodataDate(document),
            SiteName = siteName,
            SiteNameFrom = siteNameFrom,
            PrintedSiteName = printedSiteName,
            Types = jsonLd?.Types is { Count: > 0 } types ? types : MicrodataTypes(document),
            Kicker = PageKicker.Find(document),
            Section = Meta("article:section") ?? jsonLd?.Section,
            Url = url?.AbsoluteUri,
            Description = Meta("description") ?? Meta("og:description", "twitter:description") ?? jsonLd?.Description,
            BaseUri = baseHref ?? url,
        };
    }

    /// <summary>
    /// The <c>&lt;title&gt;</c>, unless it shares few words with the page's first heading: a title that only names the
    /// site or section ("Ministry of the Interior") is not the article's, and the heading is.
    /// </summary>
    private static string? TitleTagOrHeading(string? titleTag, IDocument document)
    {
        var heading = document.Body?.QuerySelector("h1") ?? document.Body?.QuerySelector("h2");
        var headingText = heading is null ? null : HtmlText.Collapse(heading.TextContent);
        if (string.IsNullOrEmpty(headingText)) return titleTag;
        return titleTag is null || TextShapes.WordSimilarity(titleTag, headingText) < 0.5 ? headingText : titleTag;
    }

    /// <summary>Microdata's <c>itemprop="datePublished"</c> on any element (a <c>&lt;time datetime&gt;</c>, a <c>&lt;span content&gt;</c>).</summary>
    private static string? MicrodataDate(IDocument document)
    {
        if (document.QuerySelector("[itemprop='datePublished']") is not { } e) return null;
        var value = e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? HtmlText.Collapse(e.TextContent);
        return value.Length > 0 ? value : null;
    }

    /// <summary>The <c>itemtype</c> of the page's microdata article ("https://schema.org/NewsArticle"), if any.</summary>
    private static IReadOnlyList<string> MicrodataTypes(IDocument document) =>
        document.QuerySelectorAll("[itemscope][itemtype]")
            .SelectMany(e => (e.GetAttribute("itemtype") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(t => t.Contains("Article", StringComparison.OrdinalIgnoreCase) || t.Contains("Posting", StringComparison.OrdinalIgnoreCase)
                || t.EndsWith("/Report", StringComparison.OrdinalIgnoreCase) || t.EndsWith("/PressRelease", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>"Title | Site" → "Title" when the suffix is the site's name or shaped like one.</summary>
    internal static string WithoutSiteName(string title, string? siteName)
    {
        if (siteName is not null)
            foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: ", " · " })
                if (title.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase))
                    return title[..^(separator.Length + siteName.Length)].Trim();
        return CrawlerFrontMatter.SplitSiteSuffix(title).Title;
    }

    private static bool IsAddress(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith('/');

    private static Uri? Absolute(string? href) =>
        href is not null && Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
