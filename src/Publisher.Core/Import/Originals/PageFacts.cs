using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Originals;

/// <summary>
/// What a saved page's markup says beyond the crawler block of its converted text: the kind its kicker element or its
/// schema.org type names, where its site name was read, and the name it prints for its site when its metadata names
/// none. Carried beside the converted text rather than written into it, so the converted lines (which corpus labels,
/// diagnostics and the review report count) do not move when the reader learns to read more. The conversion's note on
/// line 1 lists each of them, and the decisions taken from them cite that line.
/// </summary>
public sealed record PageFacts
{
    /// <summary>The line every decision taken from the markup cites: the note that says how the page was read.</summary>
    public const int NoteLine = 1;

    /// <summary>Where the metadata's site name (the block's <c>site_name</c>) was read, for the editor.</summary>
    public (string Name, string From)? SiteName { get; init; }

    /// <summary>The name the page prints for its site (its logo, a site-only title, its copyright line) when the metadata names none.</summary>
    public (string Name, string From)? PrintedSiteName { get; init; }

    /// <summary>The kind the genre label over the headline names (a kicker or eyebrow element).</summary>
    public GenreEvidence? KickerKind { get; init; }

    /// <summary>The kind the page's schema.org type names, and whether it is only a platform's default type.</summary>
    public (GenreEvidence Evidence, bool Weak)? TypeKind { get; init; }

    /// <summary>
    /// A PDF's lines set in title type (bold, larger than the body: <c>Pdf/TitleType</c>), by seed line number: evidence
    /// that a line the text rules would not take for a title (sentence case, no byline under it) is one.
    /// </summary>
    public IReadOnlySet<int> TitleTypeLines { get; init; } = new HashSet<int>();

    /// <summary>
    /// A PDF's short lines set apart from the body type right above a title (<c>Pdf/TypeRoles</c>), by seed line number:
    /// evidence that a label the genre catalogue does not know ("MARKET WATCH") is the section label of the article under it.
    /// </summary>
    public IReadOnlySet<int> SectionLabelLines { get; init; } = new HashSet<int>();

    /// <summary>A PDF's lines under a title set in a byline's own type and read as names (<c>Pdf/TypeRoles</c>), by seed line number.</summary>
    public IReadOnlySet<int> BylineLines { get; init; } = new HashSet<int>();

    /// <summary>
    /// The block with these facts added where it says nothing, or a block of them alone. Kind, strongest first: the
    /// kicker, the block's own genre keys, a specific schema.org type, then a platform's default type (weak).
    /// </summary>
    public CrawlerMetadata? Into(CrawlerMetadata? block)
    {
        var merged = block ?? new CrawlerMetadata { FirstLine = NoteLine, LastLine = NoteLine };
        if (merged.SiteName is null && PrintedSiteName is { } printed)
            merged = merged with { SiteName = printed.Name, SiteNameFrom = printed.From };
        else if (merged.SiteName is { } name && SiteName is { } read && string.Equals(name.Trim(), read.Name.Trim(), StringComparison.Ordinal))
            merged = merged with { SiteNameFrom = read.From };

        if (KickerKind is { } kicker)
            merged = merged with { Kind = new(kicker, NoteLine), KindIsWeak = false, KindFromMarkup = true };
        else if (TypeKind is { } typed && (merged.Kind is null || merged.KindIsWeak && !typed.Weak))
            merged = merged with { Kind = new(typed.Evidence, NoteLine), KindIsWeak = typed.Weak, KindFromMarkup = true };

        var nothing = block is null && merged.SiteName is null && merged.Kind is null;
        return nothing ? null : merged;
    }
}
