namespace Publisher.Core.Model;

/// <summary><c>input/site.yml</c>: what the editors say about the site as a whole.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Absolute base URL with a trailing slash, e.g. <c>https://archive.example.org/</c>.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The site's own publication name, e.g. "Terrorism Monitor".</summary>
    public required string Publication { get; init; }

    /// <summary>The calendar year of volume 1; volume N appeared in FirstVolumeYear + N - 1.</summary>
    public int? FirstVolumeYear { get; init; }

    /// <summary>BCP 47 language tag for the pages and feeds.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Articles per page on paginated lists.</summary>
    public int PageSize { get; init; } = 20;

    public string? Copyright { get; init; }
}
