using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Fixups;

/// <summary>A rule over a whole seed's text, run before a raw-format reader splits it (encoding repair, page furniture).</summary>
public interface ITextFixup
{
    /// <summary>Stable short name, used to count fixes by kind in the import report.</summary>
    string Name { get; }

    FixupResult Apply(string text, FixupContext context);
}

/// <summary>A rule over one article draft (page-break rejoining, footnotes, links, boilerplate, bio, tags).</summary>
public interface IDraftFixup
{
    string Name { get; }

    DraftFixupResult Apply(ArticleDraft draft, FixupContext context);
}

public sealed record DraftFixupResult(ArticleDraft Draft, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<FixupAction> Actions)
{
    public static DraftFixupResult Unchanged(ArticleDraft draft) => new(draft, [], []);
}

/// <summary>The ordered rules import runs: text rules on each seed, then draft rules on each article.</summary>
public sealed record FixupPipeline(IReadOnlyList<ITextFixup> TextRules, IReadOnlyList<IDraftFixup> DraftRules)
{
    public static FixupPipeline Empty { get; } = new([], []);
}
