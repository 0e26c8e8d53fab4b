namespace Publisher.Core.Feeds;

/// <summary>
/// What every feed format is written from. The build maps its site model onto this, so the feed
/// writers are pure functions of plain data and know nothing of pages or themes.
/// </summary>
public sealed record FeedChannel
{
    public required string Title { get; init; }
    public required string Description { get; init; }

    /// <summary>Absolute URL of the HTML page the feed is about (home, tag or author page).</summary>
    public required string HomePageUrl { get; init; }

    /// <summary>Absolute URL of this feed file itself (for atom:link rel="self" and JSON Feed's feed_url).</summary>
    public required string FeedUrl { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>Newest item's date; feeds carry no wall-clock time, so rebuilding changes nothing.</summary>
    public DateTimeOffset? Updated { get; init; }

    public string? Copyright { get; init; }

    public string? IconUrl { get; init; }

    public required IReadOnlyList<FeedItem> Items { get; init; }
}

public sealed record FeedItem
{
    /// <summary>Stable identity: does not change when the site is rebuilt or the title is edited.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Absolute URL of the article page.</summary>
    public required string Url { get; init; }

    public required DateTimeOffset Published { get; init; }

    public DateTimeOffset? Updated { get; init; }

    /// <summary>Plain-text summary.</summary>
    public string? Summary { get; init; }

    /// <summary>Full article HTML with every URL already absolute.</summary>
    public required string ContentHtml { get; init; }

    public IReadOnlyList<FeedPerson> Authors { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];
}

public sealed record FeedPerson(string Name, string? Url = null);
