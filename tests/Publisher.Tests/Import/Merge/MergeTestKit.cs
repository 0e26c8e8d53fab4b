using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import.Merge;

/// <summary>Two invented versions of one article, merged the way import merges them.</summary>
internal static class MergeTestKit
{
    public static ImportedDraft Web(string body) => new(Draft("seeds/web.txt", body), TextFidelity: 2, Format: "web-article");

    public static ImportedDraft Pdf(string body) => new(Draft("seeds/pdf.txt", body) with { BodyStartLine = 40 }, TextFidelity: 0, Format: "whole-issue");

    public static (string Body, IReadOnlyList<FixupAction> Actions, List<Diagnostic> Diagnostics) MergeVersions(string web, string pdf, params string[] archive)
    {
        var diagnostics = new List<Diagnostic>();
        var outcome = DuplicateMerger.Merge([Pdf(pdf), Web(web)], diagnostics, archive.Select(a => new ArchiveText(["seeds/old.txt"], a)).ToList());
        return (Assert.Single(outcome.Drafts).Draft.Body, outcome.Actions, diagnostics);
    }

    /// <summary>The actions as the review report will show them, one per line.</summary>
    public static string Render(IEnumerable<FixupAction> actions) => string.Join("\n", actions.Select(a =>
        $"{a.Kind} @{a.Location?.Path}:{a.Location?.Line}: {a.Detail}"
        + (a.Before is null ? "" : $"\n  before: {a.Before}")
        + (a.After is null ? "" : $"\n  after: {a.After}")
        + (a.Reason is null ? "" : $"\n  reason: {a.Reason}")));

    private static ArticleDraft Draft(string seed, string body) => new()
    {
        Title = "Harbour Workers Return to the Docks",
        Body = body,
        Publication = "Coastal Watch",
        Volume = 3,
        Issue = 7,
        Origin = new SourceLocation(seed, 1),
        BodyStartLine = 3,
        Sources = [seed],
    };
}
