namespace Publisher.Core.Model;

/// <summary><c>input/authors/&lt;slug&gt;.md</c>: front matter with the name, Markdown body with the bio.</summary>
public sealed record AuthorProfile
{
    public required string Name { get; init; }

    public required string Slug { get; init; }

    /// <summary>The bio in Markdown ("Jacob Zenn is the Editor of Terrorism Monitor.").</summary>
    public string Bio { get; init; } = "";

    /// <summary>Other spellings of the name that refer to the same person.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
