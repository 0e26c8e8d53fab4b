using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Import.Fixups;

/// <summary>What a fix-up rule may know besides the text it transforms. Plain data: rules stay pure.</summary>
public sealed record FixupContext
{
    /// <summary>The seed file being imported (project-relative), for diagnostics.</summary>
    public required string SourcePath { get; init; }

    /// <summary>1-based seed line where the text handed to the rule starts.</summary>
    public int FirstLine { get; init; } = 1;

    /// <summary>The address relative links resolve against (a scrape's site), if known.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>The site's main publication name ("Terrorism Monitor"), for self-citations.</summary>
    public string? OwnPublication { get; init; }

    /// <summary>Every own publication of site.yml (names and aliases): running headers, self-citations and site names may print any of them.</summary>
    public IReadOnlyList<PublicationConfig> OwnPublications { get; init; } = [];

    /// <summary>The names and aliases of every own publication, the main one (<see cref="OwnPublication"/>) first.</summary>
    public IReadOnlyList<string> OwnPublicationNames =>
        new[] { OwnPublication }.OfType<string>()
            .Concat(OwnPublications.SelectMany(p => p.Aliases.Prepend(p.Name)))
            .Where(n => n.Trim().Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Whether <paramref name="name"/> names one of the archive's own publications (by name or alias, ignoring case and punctuation).</summary>
    public bool IsOwnPublication(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && (OwnPublication is { } main && string.Equals(name.Trim(), main, StringComparison.OrdinalIgnoreCase) || OwnPublications.Any(p => p.IsNamed(name)));

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> name the same own publication (one by its name, the other by an alias, say).</summary>
    public bool SameOwnPublication(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase)
        || OwnPublications.Any(p => p.IsNamed(a) && p.IsNamed(b));

    /// <summary>The publication the seed's sidecar names, if any (a masthead to recognise in running headers).</summary>
    public string? SeedPublication { get; init; }

    public IReadOnlyList<Outlet> Outlets { get; init; } = [];

    /// <summary>Whether a citation whose link is missing may link its outlet's home page (<c>outlets.yml</c>; default true).</summary>
    public bool LinkMissingCitationsToOutlet { get; init; } = true;

    public IReadOnlyList<TagDefinition> Tags { get; init; } = [];

    /// <summary>Articles already in (or being written to) the archive, for linking self-citations.</summary>
    public IReadOnlyList<ArchiveEntry> Archive { get; init; } = [];

    /// <summary>
    /// Normalised paragraphs (<see cref="Text.RepeatedParagraphs.Normalize"/>) that occur in two or more seeds of this
    /// import, with the number of seeds: site furniture repeats across a site's pages, article text does not.
    /// </summary>
    public IReadOnlyDictionary<string, int> RepeatedParagraphs { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The seed line of each line of the text handed to the rule, when they are not consecutive from <see cref="FirstLine"/>.</summary>
    public IReadOnlyList<int> LineMap { get; init; } = [];

    public SourceLocation At(int lineOffset)
    {
        if (LineMap.Count == 0 || lineOffset < 0) return new(SourcePath, FirstLine + lineOffset);
        // Lines past the map (footnote definitions appended at the end) count on from its last line.
        return lineOffset < LineMap.Count
            ? new(SourcePath, LineMap[lineOffset])
            : new(SourcePath, LineMap[^1] + lineOffset - LineMap.Count + 1);
    }
}

/// <summary>
/// An article of the archive as self-citation linking sees it. An article being imported has no final slug while
/// the rules run: its <paramref name="Slug"/> is a placeholder (<see cref="Import.SelfCitationTargets"/>) that import
/// replaces with the slug the planner gives it.
/// </summary>
public sealed record ArchiveEntry(string Title, string Slug, DateOnly? Date, string? Publication, int? Volume, int? Issue);

/// <summary>Something a rule did, for the import report ("rejoined page break", "dropped boilerplate").</summary>
/// <param name="Kind">A short stable name of the fix (<see cref="FixupActionKinds"/>), used to count fixes by kind.</param>
/// <param name="Detail">What exactly: the dropped text, the repaired link, ….</param>
/// <param name="Location">The seed line the decision is about.</param>
public sealed record FixupAction(string Kind, string Detail, SourceLocation? Location = null)
{
    /// <summary>The text as it was, when the rule replaced text (a link's old target, the other side of a merge).</summary>
    public string? Before { get; init; }

    /// <summary>The text as import wrote it, when the rule replaced text.</summary>
    public string? After { get; init; }

    /// <summary>Why the rule decided so, in an editor's words ("the PDF capitalises it twice elsewhere").</summary>
    public string? Reason { get; init; }
}

/// <summary>The result of a rule: the new text and what happened on the way.</summary>
public sealed record FixupResult(string Text, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<FixupAction> Actions)
{
    public static FixupResult Unchanged(string text) => new(text, [], []);
}
