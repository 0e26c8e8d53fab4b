namespace Publisher.Core.Model;

/// <summary>
/// One of the archive's own publications as the build sees it: its site.yml entry and what its articles make of it.
/// Only publications with articles are in <see cref="Site.Publications"/> (an empty landing page helps no reader).
/// </summary>
public sealed record Publication
{
    public required PublicationConfig Config { get; init; }

    public string Slug => Config.Slug;

    public string Name => Config.Name;

    /// <summary>True for the main publication (the first in site.yml), whose issues had the old <c>/issues/v-n/</c> addresses.</summary>
    public required bool IsMain { get; init; }

    /// <summary>Its article slugs, newest first.</summary>
    public required IReadOnlyList<string> Articles { get; init; }

    /// <summary>Its issues, newest first.</summary>
    public required IReadOnlyList<Issue> Issues { get; init; }

    /// <summary>Its volumes that have issues, newest first.</summary>
    public required IReadOnlyList<Volume> Volumes { get; init; }

    /// <summary>Slugs of the authors of its articles, in the site's author order.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>Slugs of the tags of its articles, in the site's tag order.</summary>
    public required IReadOnlyList<string> Tags { get; init; }
}
