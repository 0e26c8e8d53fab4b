namespace Publisher.Core.Model;

/// <summary>
/// The front matter of one article in <c>input/articles/</c>, with the field names editors see.
/// Import writes it; build reads it. Only <see cref="Title"/> and <see cref="Date"/> are required
/// by the build, everything else has a default.
/// </summary>
public sealed record ArticleFrontMatter
{
    public required string Title { get; init; }

    /// <summary>URL-safe identifier, unique in the archive. Derived from the title when empty.</summary>
    public string? Slug { get; init; }

    /// <summary>Author display names; empty when unknown.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Date { get; init; }

    /// <summary>When the article last changed (<c>updated:</c>, a date or a date-time); feeds fall back to <see cref="Date"/>.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary><c>draft: true</c>: left out of the site unless the build is run with <c>--drafts</c>.</summary>
    public bool Draft { get; init; }

    /// <summary>Earlier site-relative URLs of the article (<c>/articles/old-slug/</c>), each rendered as a redirect page.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The publication the article appeared in; defaults to the site's own publication.</summary>
    public string? Publication { get; init; }

    public int? Volume { get; init; }

    public int? Issue { get; init; }

    /// <summary>feature, brief, analysis, news, … (lower case).</summary>
    public string? Kind { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Summary { get; init; }

    /// <summary>Seed files (relative to the project, forward slashes) this article was imported from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The original web address of the article, when it has one (third-party pieces, web versions).</summary>
    public string? Url { get; init; }

    /// <summary>Names of fields whose values were inferred rather than read (e.g. <c>date</c> from the volume number).</summary>
    public IReadOnlyList<string> Inferred { get; init; } = [];
}
