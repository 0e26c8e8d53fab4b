namespace Publisher.Core.Import;

/// <summary>A draft with what import knows about where it came from.</summary>
/// <param name="TextFidelity">The reader's <see cref="Formats.IRawFormat.TextFidelity"/>: decides the base of a duplicate merge.</param>
/// <param name="InferredYear">The year for the article's folder when it has no date, inferred from its volume number.</param>
/// <param name="Format">The reader's <see cref="Formats.IRawFormat.Name"/> ("whole-issue", "web-article", …), when known.</param>
public sealed record ImportedDraft(ArticleDraft Draft, int TextFidelity, int? InferredYear = null, string? Format = null)
{
    /// <summary>The origins of the other drafts <see cref="DuplicateMerger"/> merged into this one (the same article from other seeds).</summary>
    public IReadOnlyList<Diagnostics.SourceLocation> MergedFrom { get; init; } = [];
}
