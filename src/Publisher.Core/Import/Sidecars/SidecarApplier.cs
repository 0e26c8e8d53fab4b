using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Sidecars;

/// <summary>Applies a sidecar to the drafts read from its seed (see <see cref="SeedSidecar"/> for which field does what).</summary>
public static class SidecarApplier
{
    /// <summary>The <c>inferred</c> entry of a publication a reader took from evidence (a scraped page's site name).</summary>
    public const string InferredPublication = "publication";

    public static IReadOnlyList<ArticleDraft> Apply(IReadOnlyList<ArticleDraft> drafts, SeedSidecar sidecar, List<Diagnostic> diagnostics)
    {
        var location = new SourceLocation(sidecar.Path, 1);
        if (sidecar.Url is not null && drafts.Count > 1)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SidecarInvalid,
                $"'url' describes one article but this seed holds {drafts.Count}; it is ignored", location));

        var result = new List<ArticleDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            var conventionReplaced = draft.KindByConvention && sidecar.Kind is not null;
            var d = draft with
            {
                Publication = Override(draft.Publication, sidecar.Publication, "publication", draft, sidecar, diagnostics),
                Date = Override(draft.Date, sidecar.Date, "date", draft, sidecar, diagnostics),
                Volume = Override(draft.Volume, sidecar.Volume, "volume", draft, sidecar, diagnostics),
                Issue = Override(draft.Issue, sidecar.Issue, "issue", draft, sidecar, diagnostics),
                SiteUrl = sidecar.Site ?? draft.SiteUrl,
                // A kind import inferred from the page's furniture, or given by convention where nothing names one (an
                // issue's untitled-section article is a feature), gives way to the editor's.
                Kind = (KindInferred(draft) || draft.KindByConvention) && sidecar.Kind is not null ? sidecar.Kind : draft.Kind ?? sidecar.Kind,
                KindByConvention = draft.KindByConvention && sidecar.Kind is null,
                // The convention's reason no longer explains the kind the editor gave.
                InferredFrom = conventionReplaced ? draft.InferredFrom.Where(v => v.Field != InferredKind).ToList() : draft.InferredFrom,
                Authors = draft.Authors.Count > 0 ? draft.Authors : sidecar.Authors,
                Summary = draft.Summary ?? sidecar.Summary,
                Url = drafts.Count == 1 ? sidecar.Url ?? draft.Url : draft.Url,
                // The editor's date and publication are read, not inferred.
                Inferred = draft.Inferred
                    .Where(f => !(sidecar.Date is not null && f == Formats.WholeIssueFormat.InferredDate))
                    .Where(f => !(sidecar.Publication is not null && f == InferredPublication))
                    .Where(f => !(sidecar.Kind is not null && f == InferredKind))
                    .ToList(),
            };
            result.Add(d);
        }
        return result;
    }

    private const string InferredKind = "kind";

    private static bool KindInferred(ArticleDraft draft) => draft.Inferred.Contains(InferredKind, StringComparer.Ordinal);

    /// <summary>The editor's value wins; when the text said otherwise, an info diagnostic says so.</summary>
    private static T? Override<T>(T? fromText, T? fromSidecar, string field, ArticleDraft draft, SeedSidecar sidecar, List<Diagnostic> diagnostics)
    {
        if (fromSidecar is null) return fromText;
        if (fromText is not null && !EqualityComparer<T>.Default.Equals(fromText, fromSidecar))
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.SidecarOverrides,
                $"{sidecar.Path} sets {field} '{fromSidecar}' where the text says '{fromText}'; the sidecar wins", draft.Origin));
        return fromSidecar;
    }
}
