using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import;

/// <summary>How one seed was read.</summary>
/// <param name="Format">The chosen format's name, or null when none was recognised.</param>
public sealed record SeedSummary(string Path, string? Format, double Confidence, int Articles);

public sealed record FixCount(string Kind, int Count);

/// <summary>One piece of text import left out as boilerplate: where it was, what it was ("photo caption"), and all of it.</summary>
public sealed record DroppedText(SourceLocation? Location, string What, string Text);

/// <summary>The decoded text of one seed (line <c>n</c> is <c>Lines[n - 1]</c>), so the review report can show it.</summary>
public sealed record SeedSource(string Path, IReadOnlyList<string> Lines);

/// <summary>Lines of a seed an article was read from (1-based, inclusive).</summary>
public sealed record SeedSpan(string Path, int FirstLine, int LastLine)
{
    public bool Contains(SourceLocation? location) =>
        location is { Line: > 0 } && location.Path == Path && location.Line >= FirstLine && location.Line <= LastLine;
}

/// <summary>One article as import planned it: its file (project-relative), what became of it, where it came from, and its Markdown.</summary>
public sealed record ArticleResult(string Title, string Path, FileStatus Status, IReadOnlyList<string> Sources, IReadOnlyList<SeedSpan> Spans, string Markdown);

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

    /// <summary>Each seed's decoded text, in seed order.</summary>
    public IReadOnlyList<SeedSource> SeedTexts { get; init; } = [];

    /// <summary>Every article import planned (written or not), in path order.</summary>
    public IReadOnlyList<ArticleResult> Articles { get; init; } = [];

    /// <summary>
    /// Every decision import took, in seed and line order: the rules' fixes and the readers' decisions, with the
    /// header text the readers left out as <c>dropped-boilerplate</c> ("what: text"), so counts by kind agree
    /// with <see cref="AllDropped"/>.
    /// </summary>
    public IReadOnlyList<FixupAction> Decisions =>
        Fixes.Concat(Dropped.Select(d => new FixupAction(FixupActionKinds.DroppedBoilerplate, $"{d.Kind}: {d.Text}", d.Location)))
            .Select((f, i) => (f, i))
            .OrderBy(x => x.f.Location?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(x => x.f.Location?.Line ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.f)
            .ToList();

    /// <summary>Decisions counted by kind (dropped boilerplate included, readers' and rules' alike).</summary>
    public IReadOnlyList<FixCount> DecisionsByKind =>
        Decisions.GroupBy(f => f.Kind, StringComparer.Ordinal)
            .Select(g => new FixCount(g.Key, g.Count()))
            .OrderBy(f => f.Kind, StringComparer.Ordinal)
            .ToList();

    /// <summary>True when import wrote no file: every planned file was already up to date.</summary>
    public bool NothingChanged => Files.Count > 0 && Files.All(f => f.Status == FileStatus.Unchanged);

    public int AuthorsUnchanged => Count(isArticle: false, FileStatus.Unchanged);

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
            .Concat(Fixes.Where(f => f.Kind is FixupActionKinds.DroppedBoilerplate or FixupActionKinds.DroppedPageElement or FixupActionKinds.MergeSkippedParagraph).Select(FromFix))
            .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ToList();

    public int ArticlesWritten => Count(isArticle: true, FileStatus.Created, FileStatus.Updated, FileStatus.Overwritten);
    public int ArticlesUnchanged => Count(isArticle: true, FileStatus.Unchanged);
    public int ArticlesSkipped => Count(isArticle: true, FileStatus.Skipped);
    public int AuthorsWritten => Count(isArticle: false, FileStatus.Created, FileStatus.Updated, FileStatus.Overwritten);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The files this run wrote (created, updated, overwritten with --force, or removed after a rename), in path order.</summary>
    public IReadOnlyList<FileOutcome> FilesWritten =>
        Files.Where(f => IsWritten(f.Status)).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The seeds whose output changed this run: those an article written this run was read from. A run that changed
    /// nothing has none; the decisions of the others were taken before and are already in the archive.
    /// </summary>
    public IReadOnlyList<string> ChangedSeeds =>
        Articles.Where(a => IsWritten(a.Status)).SelectMany(a => a.Sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether a decision or dropped piece at <paramref name="location"/> belongs to one of <paramref name="seeds"/> (one without a place always does).</summary>
    public static bool IsIn(SourceLocation? location, IReadOnlySet<string> seeds) => location is null || seeds.Contains(location.Path);

    private static bool IsWritten(FileStatus status) => status is FileStatus.Created or FileStatus.Updated or FileStatus.Overwritten or FileStatus.Removed;

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
