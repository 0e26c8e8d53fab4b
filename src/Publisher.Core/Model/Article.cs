using Publisher.Core.Text;

namespace Publisher.Core.Model;

/// <summary>One article of the archive with every default applied and every name resolved to a slug.</summary>
public sealed record Article
{
    public required string Slug { get; init; }

    /// <summary>
    /// Set when the slug is derived from the title: the file's path under articles/ without ".md". Feed
    /// item ids use it instead of the slug, so editing such an article's title does not make it a new item.
    /// </summary>
    public string? DerivedSlugFile { get; init; }
    public required string Title { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>When the article last changed (front matter <c>updated</c>); null when never said.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>A draft (front matter <c>draft: true</c>): in the site only when built with <c>--drafts</c>.</summary>
    public bool Draft { get; init; }

    /// <summary>The article's earlier addresses (normalised, <c>/articles/old-slug/</c>), each a redirect page to it.</summary>
    public IReadOnlyList<ArticleAlias> Aliases { get; init; } = [];

    /// <summary>The publication it appeared in: one of the site's own (its proper name), or a third party's ("Arab News").</summary>
    public required string Publication { get; init; }

    /// <summary>The slug of the own publication it belongs to; null for press.</summary>
    public string? PublicationSlug { get; init; }

    /// <summary>True when <see cref="Publication"/> is none of the site's own publications.</summary>
    public bool IsThirdParty => PublicationSlug is null;

    public int? Volume { get; init; }
    public int? IssueNumber { get; init; }

    /// <summary>brief, feature, analysis, news, … (lower case; default feature).</summary>
    public required string Kind { get; init; }

    public string? Summary { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Author slugs in the order the front matter names them.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Tag slugs in the order the front matter names them, without repeats.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// The Markdown body. Held as UTF-8 (<see cref="CompactText"/>): every article's body lives from reading to the
    /// feeds, and for Latin text that halves it (about 400 MB at 50,000 articles); each read decodes it again.
    /// </summary>
    public string Body { get => BodyText.ToString(); init => BodyText = new CompactText(value); }

    /// <summary>The body as stored, for hashing without decoding it; the loader hands over the UTF-8 it read.</summary>
    public CompactText BodyText { get; internal init; } = CompactText.Empty;

    /// <summary>The file it was read from, as diagnostics print it (e.g. <c>input/articles/x.md</c>).</summary>
    public required string SourcePath { get; init; }

    /// <summary>1-based file line of the body's first line.</summary>
    public int BodyStartLine { get; init; } = 1;

    /// <summary>The issue it belongs to: only own publications' articles with both volume and issue have one.</summary>
    public IssueKey? Issue => PublicationSlug is { } p && Volume is { } v && IssueNumber is { } n ? new IssueKey(p, v, n) : null;
}

/// <summary>An earlier address of an article and where its front matter names it.</summary>
public sealed record ArticleAlias(string Url, Diagnostics.SourceLocation Location);
