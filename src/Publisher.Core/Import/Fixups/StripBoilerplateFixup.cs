namespace Publisher.Core.Import.Fixups;

/// <summary>Runs <see cref="StripBoilerplate"/> over a draft's body.</summary>
public sealed class StripBoilerplateFixup : IDraftFixup
{
    public string Name => "strip-boilerplate";

    public DraftFixupResult Apply(ArticleDraft draft, FixupContext context)
    {
        var result = StripBoilerplate.Apply(draft.Body, DraftFields.BodyContext(draft, context));
        return new DraftFixupResult(draft with { Body = result.Text }, result.Diagnostics, result.Actions);
    }
}
