using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Formats;

/// <summary>One shape of raw text (a whole-issue PDF extraction, a publisher web page, a third-party scrape).</summary>
public interface IRawFormat
{
    /// <summary>Stable short name for reports ("whole-issue", "web-article", "web-scrape").</summary>
    string Name { get; }

    /// <summary>
    /// How faithful this shape's text usually is (typographic quotes, paragraphing): when the same article
    /// arrives in two shapes, the body of the higher one is the base of the merge.
    /// </summary>
    int TextFidelity { get; }

    /// <summary>How sure this format is that <paramref name="text"/> has its shape: 0 (not at all) to 1.</summary>
    double Detect(string text);

    /// <summary>
    /// <see cref="Detect(string)"/> with what is known of the seed (<paramref name="source"/>): its text as it was before
    /// page furniture was stripped (page numbers and running lines are evidence of shape too) and what its structure says.
    /// </summary>
    double Detect(string text, RawSource source) => Detect(text);

    /// <summary>Cuts <paramref name="text"/> into article drafts. Never throws on odd input: problems are diagnostics.</summary>
    RawReadResult Read(string text, RawSource source);
}

/// <summary>The seed being read: its project-relative path (forward slashes) for diagnostics and <c>sources</c>.</summary>
public sealed record RawSource(string Path)
{
    /// <summary>The crawler block read off the seed's top, if any: its title and site name are evidence for a scrape's header.</summary>
    public CrawlerMetadata? Crawler { get; init; }

    /// <summary>The page's address (the sidecar's <c>url</c>, else the crawler's), whose host names the site.</summary>
    public string? Url { get; init; }

    /// <summary>The seed lines a PDF sets in title type (<see cref="Originals.PageFacts.TitleTypeLines"/>); empty for text.</summary>
    public IReadOnlySet<int> TitleTypeLines { get; init; } = new HashSet<int>();

    /// <summary>The seed lines a PDF sets as section labels over a title (<see cref="Originals.PageFacts.SectionLabelLines"/>); empty for text.</summary>
    public IReadOnlySet<int> SectionLabelLines { get; init; } = new HashSet<int>();

    /// <summary>The seed lines a PDF sets as bylines under a title (<see cref="Originals.PageFacts.BylineLines"/>); empty for text.</summary>
    public IReadOnlySet<int> BylineLines { get; init; } = new HashSet<int>();

    /// <summary>The seed's text before page furniture was stripped (same line count), where running lines still print an issue's fields.</summary>
    public string? UnstrippedText { get; init; }

    /// <summary>
    /// What the seed's structure says about whether it is a whole issue (<see cref="Text.IssueStructure"/>, read from the
    /// unstripped text), read once for every reader that asks; null when the caller did not read it.
    /// </summary>
    public Text.IssueStructureReading? Structure { get; init; }
}

/// <summary>A piece of the raw text a reader recognised as header boilerplate and left out, kept for the report.</summary>
/// <param name="Kind">What it was ("short-url label", "photo caption", "masthead tagline", …).</param>
public sealed record DroppedPiece(string Kind, string Text, SourceLocation Location);

public sealed record RawReadResult(
    IReadOnlyList<ArticleDraft> Drafts,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<DroppedPiece> Dropped)
{
    /// <summary>Decisions the reader took besides dropping text (a label turned into a front matter value), for the report.</summary>
    public IReadOnlyList<Fixups.FixupAction> Actions { get; init; } = [];

    public static RawReadResult Empty { get; } = new([], [], []);
}
