using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>Runs <see cref="RejoinPageBreaks"/> over a draft's body (with headings) and its notes (without).</summary>
public sealed class RejoinPageBreaksFixup : IDraftFixup
{
    public string Name => "rejoin-page-breaks";

    public DraftFixupResult Apply(ArticleDraft draft, FixupContext context)
    {
        // Web text has no page breaks: a paragraph ending without a full stop is a paragraph (a list item, a
        // quote, a caption), not half of one; only a scraper's mid-sentence split is joined. Headings are still marked.
        var web = draft.Shape == DocumentShapeKind.Web;
        var body = RejoinPageBreaks.Apply(draft.Body, DraftFields.BodyContext(draft, context), webText: web, noteLines: draft.Notes);
        var notesContext = DraftFields.NotesContext(draft, context);
        var notes = draft.Notes is null ? null : DraftFields.AtOrigin(
            RejoinPageBreaks.Apply(draft.Notes, notesContext, makeHeadings: false, webText: web), notesContext, draft.Origin);
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
