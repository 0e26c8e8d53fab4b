namespace Publisher.Core.Import.Fixups;

/// <summary>Runs <see cref="StripBoilerplate"/> over a draft's body; social handles it drops go to the draft's author links.</summary>
public sealed class StripBoilerplateFixup : IDraftFixup
{
    public string Name => "strip-boilerplate";

    public DraftFixupResult Apply(ArticleDraft draft, FixupContext context)
    {
        var result = StripBoilerplate.Apply(draft.Body, DraftFields.BodyContext(draft, context), draft.Authors, draft.Publication, draft.Title);
        var links = result.Actions.Where(a => a.Kind == FixupActionKinds.AuthorSocial)
            .Select(a => SocialHandles.ProfileLineFromDetail(a.Detail)).OfType<string>();
        return new DraftFixupResult(draft with { Body = result.Text, AuthorLinks = draft.AuthorLinks.Concat(links).Distinct(StringComparer.Ordinal).ToList() },
            result.Diagnostics, result.Actions);
    }
}
