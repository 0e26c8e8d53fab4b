using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Fixups;

/// <summary>Runs <see cref="RejoinPageBreaks"/> over a draft's body (with headings) and its notes (without).</summary>
public sealed class RejoinPageBreaksFixup : IDraftFixup
{
    public string Name => "rejoin-page-breaks";

    public DraftFixupResult Apply(ArticleDraft draft, FixupContext context)
    {
        var body = RejoinPageBreaks.Apply(draft.Body, DraftFields.BodyContext(draft, context));
        var notes = draft.Notes is null ? null : DraftFields.AtOrigin(
            RejoinPageBreaks.Apply(draft.Notes, DraftFields.NotesContext(draft, context), makeHeadings: false), draft.Origin);
        var diagnostics = new List<Diagnostic>(body.Diagnostics);
        var actions = new List<FixupAction>(body.Actions);
        if (notes is not null)
        {
            diagnostics.AddRange(notes.Diagnostics);
            actions.AddRange(notes.Actions);
        }
        return new DraftFixupResult(draft with { Body = body.Text, Notes = notes?.Text ?? draft.Notes }, diagnostics, actions);
    }
}
