using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Model;

namespace Publisher.Core.Import;

/// <summary>What one import run reads, where it writes, and the rules it applies.</summary>
public sealed record ImportOptions
{
    /// <summary>The project folder: paths in diagnostics, <c>sources</c> and the report are relative to it.</summary>
    public required string ProjectRoot { get; init; }

    /// <summary>Folder of raw seed files (<c>*.txt</c>) and their sidecars, absolute or relative to <see cref="ProjectRoot"/>.</summary>
    public string SeedsDirectory { get; init; } = "seeds";

    /// <summary>The editor-owned input folder, absolute or relative to <see cref="ProjectRoot"/>.</summary>
    public string InputDirectory { get; init; } = "input";

    /// <summary>Overwrite files an editor changed (keeping a backup of each).</summary>
    public bool Force { get; init; }

    public required FixupPipeline Pipeline { get; init; }

    /// <summary>(title, summary, body, taxonomy) → tag names.</summary>
    public required Func<string, string?, string, IReadOnlyList<TagDefinition>, IReadOnlyList<string>> TagMatcher { get; init; }

    public IReadOnlyList<IRawFormat> Formats { get; init; } = RawFormats.All;
}

/// <summary>The editor files import reads from the input folder.</summary>
public sealed record ImportConfig(SiteConfig? Site, IReadOnlyList<TagDefinition> Tags, IReadOnlyList<Outlet> Outlets)
{
    /// <summary><c>outlets.yml</c>'s <c>link_missing_citations_to_outlet</c> (default true).</summary>
    public bool LinkMissingCitationsToOutlet { get; init; } = true;
}
