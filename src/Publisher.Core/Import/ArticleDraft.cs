using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import;

/// <summary>
/// One article as a raw-format reader cut it out of a seed file, before the fix-up rules run.
/// Immutable: every stage returns a changed copy (<c>draft with { Body = … }</c>).
/// </summary>
public sealed record ArticleDraft
{
    public required string Title { get; init; }

    /// <summary>Author names as printed; empty when the raw text names none.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The body as Markdown-ish text: paragraphs separated by one blank line, headings as "## Heading".</summary>
    public required string Body { get; init; }

    /// <summary>The raw "Notes" section ("[1] text" entries), or null when there is none.</summary>
    public string? Notes { get; init; }

    /// <summary>A closing "Name is …" paragraph, once the bio rule has taken it out of the body.</summary>
    public string? AuthorBio { get; init; }

    /// <summary>
    /// Lines about the author found in the body and moved out of it (social handles), as Markdown lines for the
    /// author profile: "Twitter: [@name](https://twitter.com/name)".
    /// </summary>
    public IReadOnlyList<string> AuthorLinks { get; init; } = [];

    public DateOnly? Date { get; init; }
    public string? Publication { get; init; }
    public int? Volume { get; init; }
    public int? Issue { get; init; }

    /// <summary>feature, brief, analysis, news, …</summary>
    public string? Kind { get; init; }

    /// <summary>
    /// Whether <see cref="Kind"/> is only the convention for a piece that prints no genre (an issue's article listed by
    /// title under no label is a feature), not a label read from the text: an editor's sidecar kind replaces it.
    /// </summary>
    public bool KindByConvention { get; init; }

    public string? Summary { get; init; }

    /// <summary>The original address of the piece, when the sidecar or raw text gives one.</summary>
    public string? Url { get; init; }

    /// <summary>The address relative links in the raw text resolve against (a scrape's site), when known.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>Front matter fields whose values were inferred rather than read.</summary>
    public IReadOnlyList<string> Inferred { get; init; } = [];

    /// <summary>Where and why values were inferred (a masthead's month, a crawler block, a closing bio), as decided.</summary>
    public IReadOnlyList<InferredValue> InferredFrom { get; init; } = [];

    /// <summary>Where the article starts in its seed (file and 1-based line of the title).</summary>
    public required SourceLocation Origin { get; init; }

    /// <summary>1-based seed line of the body's first line, so rules can report body positions.</summary>
    public int BodyStartLine { get; init; }

    /// <summary>
    /// The 1-based seed line of each body line as the reader cut it (empty: the body's lines follow the seed's from
    /// <see cref="BodyStartLine"/>). Rules keep the body's line count, so it holds for every rule's diagnostics.
    /// </summary>
    public IReadOnlyList<int> BodyLineMap { get; init; } = [];

    /// <summary>The 1-based seed line of each line of <see cref="Notes"/> (empty: unknown; the notes' decisions point at the title).</summary>
    public IReadOnlyList<int> NotesLineMap { get; init; } = [];

    /// <summary>The 1-based seed line of each line of <see cref="AuthorBio"/> (empty: unknown; the bio's decisions point at the title).</summary>
    public IReadOnlyList<int> AuthorBioLineMap { get; init; } = [];

    /// <summary>
    /// Whether the seed's text is PDF-shaped or web-shaped (<see cref="DocumentShape"/>); page breaks are rejoined
    /// only in text that is not web-shaped.
    /// </summary>
    public DocumentShapeKind Shape { get; init; } = DocumentShapeKind.Unknown;

    /// <summary>Seed files this article came from (project-relative, forward slashes).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
