using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Fixups;

/// <summary>Contexts for running a pure text rule over one of a draft's fields, each pointing at that field's seed lines.</summary>
internal static class DraftFields
{
    public static FixupContext BodyContext(ArticleDraft draft, FixupContext context) =>
        context with { FirstLine = draft.BodyStartLine > 0 ? draft.BodyStartLine : context.FirstLine, LineMap = draft.BodyLineMap };

    /// <summary>The Notes section's lines, as the reader found them in the seed.</summary>
    public static FixupContext NotesContext(ArticleDraft draft, FixupContext context) => FieldContext(draft, context, draft.NotesLineMap);

    /// <summary>The bio's lines, where the bio rule found it (a bio the reader took from a page header has none).</summary>
    public static FixupContext BioContext(ArticleDraft draft, FixupContext context) => FieldContext(draft, context, draft.AuthorBioLineMap);

    /// <summary>A field with no seed line of its own (a summary): its decisions point at the article's origin, the title line.</summary>
    public static FixupContext OriginContext(ArticleDraft draft, FixupContext context) => FieldContext(draft, context, []);

    /// <summary>
    /// Points a field's diagnostics and actions at the article's origin when the field has no line map (the summary, a
    /// bio from a page header): they quote the text, so an editor can find it. A mapped field's locations stand.
    /// </summary>
    public static FixupResult AtOrigin(FixupResult result, FixupContext fieldContext, SourceLocation origin) =>
        fieldContext.LineMap.Count > 0 ? result : result with
        {
            Diagnostics = result.Diagnostics.Select(d => d with { Location = origin }).ToList(),
            Actions = result.Actions.Select(a => a with { Location = origin }).ToList(),
        };

    private static FixupContext FieldContext(ArticleDraft draft, FixupContext context, IReadOnlyList<int> lineMap) =>
        context with { SourcePath = draft.Origin.Path, FirstLine = Math.Max(draft.Origin.Line, 1), LineMap = lineMap };
}
