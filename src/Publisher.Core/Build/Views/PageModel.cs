namespace Publisher.Core.Build.Views;

// The records templates see. Every href is already relative to the page being rendered (or absolute on
// the 404 page); templates never compute URLs. Property names are PascalCase here and snake_case in
// templates (Scriban's standard renamer: IsThirdParty → is_third_party).

/// <summary>What every layout and base.sbn-html receives: <c>site</c>, <c>page</c>, <c>content</c> and, in base.sbn-html, <c>body</c>.</summary>
public sealed record PageModel
{
    public required SiteView Site { get; init; }
    public required PageMeta Page { get; init; }

    /// <summary>The page kind's own view (HomeContent, ArticleContent, …).</summary>
    public required object Content { get; init; }

    /// <summary>The rendered layout, set only when base.sbn-html wraps it (write it with <c>raw body</c>).</summary>
    public string Body { get; init; } = "";
}

public sealed record SiteView
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Publication { get; init; }
    public required string Language { get; init; }
    public string? Copyright { get; init; }
    public required string HomeHref { get; init; }

    /// <summary>Prefix for theme assets, e.g. <c>../../assets/</c>.</summary>
    public required string AssetsHref { get; init; }

    public required IReadOnlyList<NavItem> Nav { get; init; }

    /// <summary>The search page, where the header's search box sends its query (<c>?q=</c>).</summary>
    public required string SearchHref { get; init; }
    public required FeedLinks Feeds { get; init; }
}

/// <summary>A main navigation entry; <see cref="Current"/> is the aria-current value ("page", "true") or null.</summary>
public sealed record NavItem(string Label, string Href, string? Current);

/// <summary>Visible links to the site-wide feeds.</summary>
public sealed record FeedLinks(string Rss, string Atom, string Json);

/// <summary>Head metadata of one page.</summary>
public sealed record PageMeta
{
    /// <summary>Layout name: home, article, issue, … (also a CSS hook on body).</summary>
    public required string Kind { get; init; }

    /// <summary>The document title, e.g. "Article — Site".</summary>
    public required string Title { get; init; }

    /// <summary>The page's h1.</summary>
    public required string Heading { get; init; }

    public required string Description { get; init; }

    /// <summary>Absolute pretty URL.</summary>
    public required string Canonical { get; init; }

    public required string OgType { get; init; }
    public string? PublishedTime { get; init; }
    public IReadOnlyList<string> OgAuthors { get; init; } = [];
    public IReadOnlyList<string> OgTags { get; init; } = [];

    /// <summary>JSON-LD, safe to place raw inside a script element.</summary>
    public required string JsonLd { get; init; }

    public IReadOnlyList<AlternateFeed> AlternateFeeds { get; init; } = [];
    public IReadOnlyList<Link> Breadcrumbs { get; init; } = [];

    /// <summary>True on pages search engines should not index (404, redirects).</summary>
    public bool NoIndex { get; init; }

    /// <summary>
    /// True on pages a server shows at any depth (404): they inline their stylesheet and icon instead of
    /// linking to assets, so they need nothing but themselves.
    /// </summary>
    public bool SelfContained { get; init; }

    /// <summary>Set on redirect pages: where the browser is sent at once (relative, like every link).</summary>
    public string? RedirectHref { get; init; }
}

/// <summary>A feed for <c>&lt;link rel="alternate"&gt;</c>; <see cref="Url"/> is absolute.</summary>
public sealed record AlternateFeed(string Title, string Type, string Url);

public sealed record Link(string Label, string Href);
