using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Fixups;

/// <summary>Contexts for running a pure text rule over one of a draft's fields.</summary>
internal static class DraftFields
{
    public static FixupContext BodyContext(ArticleDraft draft, FixupContext context) =>
        context with { FirstLine = draft.BodyStartLine > 0 ? draft.BodyStartLine : context.FirstLine, LineMap = draft.BodyLineMap };

    /// <summary>
    /// The notes have no seed line of their own in the draft; their diagnostics point at the article's
    /// origin (the title line) and quote the note, so an editor can find it.
    /// </summary>
    public static FixupContext NotesContext(ArticleDraft draft, FixupContext context) =>
        context with { SourcePath = draft.Origin.Path, FirstLine = Math.Max(draft.Origin.Line, 1), LineMap = [] };

    /// <summary>Points every diagnostic and action of a notes result at the article's origin.</summary>
    public static FixupResult AtOrigin(FixupResult result, SourceLocation origin) => result with
    {
        Diagnostics = result.Diagnostics.Select(d => d with { Location = origin }).ToList(),
        Actions = result.Actions.Select(a => a with { Location = origin }).ToList(),
    };
}
