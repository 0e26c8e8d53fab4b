namespace Publisher.Core.Import.Fixups;

/// <summary>Runs <see cref="ExtractAuthorBio"/> on a draft; an existing bio is kept and the new one appended.</summary>
public sealed class ExtractAuthorBioFixup : IDraftFixup
{
    public string Name => "extract-author-bio";

    public DraftFixupResult Apply(ArticleDraft draft, FixupContext context)
    {
        var result = ExtractAuthorBio.Apply(draft.Body, draft.Authors, DraftFields.BodyContext(draft, context));
        if (result.Bio is null) return DraftFixupResult.Unchanged(draft);
        var bio = string.IsNullOrWhiteSpace(draft.AuthorBio) ? result.Bio : draft.AuthorBio.TrimEnd() + "\n\n" + result.Bio;
        var authors = result.NamedAuthors is { Count: > 0 } named ? named : draft.Authors;
        // The bio is one line, taken from the body line the bio decision names; appended to a header bio it has no map.
        var bioLine = result.Details.Actions.FirstOrDefault(a => a.Kind == FixupActionKinds.ExtractedAuthorBio)?.Location?.Line;
        IReadOnlyList<int> bioMap = string.IsNullOrWhiteSpace(draft.AuthorBio) && bioLine is { } line ? [line] : [];
        return new DraftFixupResult(draft with { Body = result.Body, AuthorBio = bio, AuthorBioLineMap = bioMap, Authors = authors },
            result.Details.Diagnostics, result.Details.Actions);
    }
}
