using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build.Checks;

/// <summary>A URL written in an output file and where (line and column of its element) it was written.</summary>
/// <remarks>
/// A value, not an object: a build holds every page's references until the link check, tens per page, so each costs
/// its two numbers and a URL string shared with every other page that writes the same URL (<see cref="StringPool"/>).
/// </remarks>
public readonly record struct PageReference(string Url, int Line, int Column);

/// <summary>What the link checker needs from one output file: the anchors it offers and the URLs it uses.</summary>
/// <param name="DisplayPath">The file as diagnostics name it (in the output folder the editor knows).</param>
public sealed record PageScan(
    string RelativePath,
    string DisplayPath,
    IReadOnlySet<string> Anchors,
    IReadOnlyList<PageReference> References,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What relative URLs in the file resolve against when it has a <c>&lt;base href&gt;</c>; null means its own URL.</summary>
    public Uri? DocumentBase { get; init; }

    /// <summary>Where <paramref name="reference"/> is written, for a diagnostic.</summary>
    public SourceLocation LocationOf(PageReference reference) => new(DisplayPath, reference.Line, reference.Column);

    public static PageScan Failed(string relativePath, string displayPath, Diagnostic diagnostic) =>
        new(relativePath, displayPath, new HashSet<string>(StringComparer.Ordinal), [], [diagnostic]);
}
