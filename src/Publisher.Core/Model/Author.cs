namespace Publisher.Core.Model;

/// <summary>A person who wrote for the archive: a profile from <c>input/authors/</c>, a name in articles, or both.</summary>
public sealed record Author
{
    public required string Slug { get; init; }

    /// <summary>The profile's name, else the spelling articles use most (ties: ordinal).</summary>
    public required string Name { get; init; }

    /// <summary>The bio in Markdown; empty without a profile.</summary>
    public string Bio { get; init; } = "";

    public bool HasProfile { get; init; }

    /// <summary>Article slugs, newest first.</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];
}
