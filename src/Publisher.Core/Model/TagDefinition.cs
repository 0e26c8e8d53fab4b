namespace Publisher.Core.Model;

/// <summary>One entry of the editor-maintained taxonomy <c>input/tags.yml</c>.</summary>
public sealed record TagDefinition
{
    public required string Name { get; init; }

    public required string Slug { get; init; }

    /// <summary>country, organisation, theme, person, … (free text, used for grouping).</summary>
    public string? Kind { get; init; }

    /// <summary>Other spellings that mean this tag ("ISKP", "IS-K").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Description { get; init; }
}
