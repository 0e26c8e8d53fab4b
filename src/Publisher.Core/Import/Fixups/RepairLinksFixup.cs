using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Fixups;

/// <summary>Runs <see cref="RepairLinks"/> over a draft's body, bio and summary, resolving against the draft's own site when it has one.</summary>
public sealed class RepairLinksFixup : IDraftFixup
{
    public string Name => "repair-links";

    public DraftFixupResult Apply(ArticleDraft draft, FixupContext context)
    {
        var siteUrl = draft.SiteUrl ?? context.SiteUrl;
        var body = RepairLinks.Apply(draft.Body, DraftFields.BodyContext(draft, context), draft.Date, siteUrl);
        var diagnostics = new List<Diagnostic>(body.Diagnostics);
        var actions = new List<FixupAction>(body.Actions);
        draft = draft with { Body = body.Text };

        // The bio points at its seed lines when the bio rule took it from the body; the summary has none: the title line.
        if (draft.AuthorBio is { } bio)
        {
            var bioContext = DraftFields.BioContext(draft, context);
            var r = DraftFields.AtOrigin(RepairLinks.Apply(bio, bioContext, draft.Date, siteUrl), bioContext, draft.Origin);
            diagnostics.AddRange(r.Diagnostics);
            actions.AddRange(r.Actions);
            draft = draft with { AuthorBio = r.Text };
        }
        if (draft.Summary is { } summary)
        {
            var summaryContext = DraftFields.OriginContext(draft, context);
            var r = DraftFields.AtOrigin(RepairLinks.Apply(summary, summaryContext, draft.Date, siteUrl), summaryContext, draft.Origin);
            diagnostics.AddRange(r.Diagnostics);
            actions.AddRange(r.Actions);
            draft = draft with { Summary = r.Text };
        }
        return new DraftFixupResult(draft, diagnostics, actions);
    }
}
