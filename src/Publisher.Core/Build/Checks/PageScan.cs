using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build.Checks;

/// <summary>A URL written in an output file, where it was written, and in which attribute.</summary>
public sealed record PageReference(string Url, SourceLocation Location);

/// <summary>What the link checker needs from one output file: the anchors it offers and the URLs it uses.</summary>
public sealed record PageScan(
    string RelativePath,
    IReadOnlySet<string> Anchors,
    IReadOnlyList<PageReference> References,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What relative URLs in the file resolve against when it has a <c>&lt;base href&gt;</c>; null means its own URL.</summary>
    public Uri? DocumentBase { get; init; }

    public static PageScan Failed(string relativePath, Diagnostic diagnostic) =>
        new(relativePath, new HashSet<string>(StringComparer.Ordinal), [], [diagnostic]);
}
