namespace Publisher.Core.Model;

/// <summary>A tag with its articles: a tags.yml definition, a tag written in articles, or both.</summary>
public sealed record Tag
{
    public required string Slug { get; init; }
    public required string Name { get; init; }

    /// <summary>country, organisation, theme, … from tags.yml; null for tags it does not define.</summary>
    public string? Kind { get; init; }

    public string? Description { get; init; }

    public bool IsDefined { get; init; }

    /// <summary>Article slugs, newest first.</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];
}
