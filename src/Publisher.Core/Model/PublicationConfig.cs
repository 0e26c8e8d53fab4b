namespace Publisher.Core.Model;

/// <summary>How often a publication appears: with the volume's first year it dates an issue the text leaves undated.</summary>
public enum PublicationFrequency
{
    Weekly,
    Fortnightly,
    Monthly,
}

/// <summary>
/// One of the archive's own publications (an entry of site.yml's <c>publications</c>): its proper name, the slug
/// its pages live under, the other names it is printed under (the masthead's capitals, "TM"), the calendar year of
/// volume 1 and how often it appears. Anything an article names as its publication that matches none of these is
/// third-party press.
/// </summary>
public sealed record PublicationConfig
{
    public required string Name { get; init; }

    /// <summary>URL segment of its pages (<c>/publications/&lt;slug&gt;/</c>).</summary>
    public required string Slug { get; init; }

    /// <summary>Other names it appears under; matched like the name, ignoring case, spaces and punctuation.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The calendar year of volume 1; volume N appeared in FirstVolumeYear + N - 1.</summary>
    public int? FirstVolumeYear { get; init; }

    public string Description { get; init; } = "";

    public PublicationFrequency? Frequency { get; init; }

    /// <summary>Whether <paramref name="name"/> is this publication's name or one of its aliases ("TERRORISM MONITOR", "Terrorism-Monitor").</summary>
    public bool IsNamed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return false;
        var key = Key(name);
        return key.Length > 0 && (Key(Name) == key || Aliases.Any(a => Key(a) == key));
    }

    private static string Key(string name) => Publisher.Core.Text.NameKey.Of(name);
}
