namespace Publisher.Core.Model;

/// <summary><c>input/site.yml</c>: what the editors say about the site as a whole.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Absolute base URL with a trailing slash, e.g. <c>https://archive.example.org/</c>.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The archive's own publications, the main one first (never empty). Every other publication is press.</summary>
    public required IReadOnlyList<PublicationConfig> Publications { get; init; }

    /// <summary>The main publication's name, e.g. "Terrorism Monitor" (the first of <see cref="Publications"/>).</summary>
    public string Publication => Publications[0].Name;

    /// <summary>The main publication's first-volume year.</summary>
    public int? FirstVolumeYear => Publications[0].FirstVolumeYear;

    /// <summary>The own publication <paramref name="name"/> names (by its name or an alias, ignoring case), or null for press.</summary>
    public PublicationConfig? OwnPublication(string? name) => Publications.FirstOrDefault(p => p.IsNamed(name));

    /// <summary>BCP 47 language tag for the pages and feeds.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Articles per page on paginated lists.</summary>
    public int PageSize { get; init; } = 20;

    public string? Copyright { get; init; }

    /// <summary>How many of the newest articles each feed carries (site.yml <c>feeds:</c>).</summary>
    public FeedLimits FeedLimits { get; init; } = new();

    /// <summary>Article kinds this archive uses beyond the built-in ones (site.yml <c>kinds</c>, lower case), e.g. "field diary".</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
}

/// <summary>
/// Items per feed, the newest first, each with its full text (as Hugo's <c>rssLimit</c>): enough for any subscriber to
/// catch up, small enough to fetch often. Null carries every article.
/// </summary>
/// <param name="Site">The site's feeds and each publication's (RSS, Atom, JSON Feed).</param>
/// <param name="TagAndAuthor">Each tag's and each author's RSS feed.</param>
public sealed record FeedLimits(int? Site = FeedLimits.Default, int? TagAndAuthor = FeedLimits.Default)
{
    public const int Default = 50;
}
