namespace Publisher.Core.Import.Fixups;

/// <summary>Runs <see cref="ConvertFootnotes"/> on a draft: the notes move into the body as footnote definitions.</summary>
public sealed class ConvertFootnotesFixup : IDraftFixup
{
    public string Name => "convert-footnotes";

    public DraftFixupResult Apply(ArticleDraft draft, FixupContext context)
    {
        var result = ConvertFootnotes.Apply(draft.Body, draft.Notes, DraftFields.BodyContext(draft, context), draft.Origin, DraftFields.NotesContext(draft, context));
        return new DraftFixupResult(draft with { Body = result.Text, Notes = null }, result.Diagnostics, result.Actions);
    }
}
