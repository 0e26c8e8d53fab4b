using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import;

/// <summary>How one seed was read.</summary>
/// <param name="Format">The chosen format's name, or null when none was recognised.</param>
public sealed record SeedSummary(string Path, string? Format, double Confidence, int Articles);

public sealed record FixCount(string Kind, int Count);

/// <summary>One piece of text import left out as boilerplate: where it was, what it was ("photo caption"), and all of it.</summary>
public sealed record DroppedText(SourceLocation? Location, string What, string Text);

/// <summary>Everything an import run did, for the CLI summary and for tests. Lists are in deterministic order.</summary>
public sealed record ImportReport
{
    public required IReadOnlyList<SeedSummary> Seeds { get; init; }
    public required IReadOnlyList<FileOutcome> Files { get; init; }

    /// <summary>Every fix the rules reported, in seed order.</summary>
    public required IReadOnlyList<FixupAction> Fixes { get; init; }

    /// <summary>Header boilerplate the readers left out, with its seed line.</summary>
    public required IReadOnlyList<DroppedPiece> Dropped { get; init; }

    /// <summary>Sorted by location, code and message.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public IReadOnlyList<FixCount> FixesByKind =>
        Fixes.GroupBy(f => f.Kind, StringComparer.Ordinal)
            .Select(g => new FixCount(g.Key, g.Count()))
            .OrderBy(f => f.Kind, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Everything left out as boilerplate, in seed and line order: the header pieces the readers dropped and the
    /// body text the rules removed (<c>dropped-boilerplate</c> fixes, whose detail is "what: text") and paragraphs a
    /// duplicate merge left out (<c>merge-skipped-paragraph</c>).
    /// </summary>
    public IReadOnlyList<DroppedText> AllDropped =>
        Dropped.Select(d => new DroppedText(d.Location, d.Kind, d.Text))
            .Concat(Fixes.Where(f => f.Kind is FixupActionKinds.DroppedBoilerplate or FixupActionKinds.MergeSkippedParagraph).Select(FromFix))
            .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ToList();

    public int ArticlesWritten => Count(isArticle: true, FileStatus.Created, FileStatus.Updated, FileStatus.Overwritten);
    public int ArticlesUnchanged => Count(isArticle: true, FileStatus.Unchanged);
    public int ArticlesSkipped => Count(isArticle: true, FileStatus.Skipped);
    public int AuthorsWritten => Count(isArticle: false, FileStatus.Created, FileStatus.Updated, FileStatus.Overwritten);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    private static DroppedText FromFix(FixupAction fix)
    {
        var colon = fix.Detail.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0
            ? new DroppedText(fix.Location, fix.Detail[..colon], fix.Detail[(colon + 2)..])
            : new DroppedText(fix.Location, "boilerplate", fix.Detail);
    }

    private int Count(bool isArticle, params FileStatus[] statuses) =>
        Files.Count(f => f.IsArticle == isArticle && statuses.Contains(f.Status));
}
