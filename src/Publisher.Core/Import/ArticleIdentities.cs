using System.Globalization;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Text;

namespace Publisher.Core.Import;

/// <summary>A merged draft with the slug and file import gives it (<c>articles/&lt;year&gt;/&lt;slug&gt;.md</c>).</summary>
public sealed record ArticleIdentity(ImportedDraft Imported, string Slug, string RelativePath)
{
    /// <summary>Old addresses of a renamed article (<see cref="ArticleRenames"/>), written as its <c>aliases:</c>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>
/// Chooses each merged article's slug and file, before anything links to it. A slug already used by another
/// draft of this run or by an existing article in another file (as build reads it, <see cref="ArticleSlugs"/>)
/// is never written again: the later article (by date, then path, as build orders them) gets the title's slug with its
/// year appended, then a number (<see cref="ArticleSlugs.Disambiguate"/>, build's rule), with a warning.
/// Pure, and ordered like its input.
/// </summary>
public static class ArticleIdentities
{
    public static IReadOnlyList<ArticleIdentity> Assign(IReadOnlyList<ImportedDraft> drafts, IReadOnlyList<ExistingArticle> existing, List<Diagnostic> diagnostics)
    {
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        var existingBySlug = existing.GroupBy(e => e.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.RelativePath).ToList(), StringComparer.Ordinal);

        var planned = drafts.Select((imported, index) =>
        {
            var draft = imported.Draft;
            var year = draft.Date?.Year ?? imported.InferredYear;
            var folder = year?.ToString(CultureInfo.InvariantCulture) ?? "undated";
            var baseSlug = Slug.From(draft.Title);
            return (Imported: imported, Index: index, Year: year, Folder: folder, BaseSlug: baseSlug);
        }).ToList();

        var identities = new ArticleIdentity[drafts.Count];
        foreach (var p in planned.OrderBy(p => p.Imported.Draft.Date ?? DateOnly.MinValue)
                     .ThenBy(p => $"articles/{p.Folder}/{p.BaseSlug}.md", StringComparer.Ordinal).ThenBy(p => p.Index))
        {
            var draft = p.Imported.Draft;
            if (p.BaseSlug == Slug.Fallback)
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportSlugFallback,
                    $"\"{draft.Title}\" has no letters or digits a web address can use; it is filed as '{Slug.Fallback}' (set 'slug' in its front matter)", draft.Origin));

            string? ClashWith(string slug)
            {
                if (usedSlugs.Contains(slug)) return "another article of this import";
                var path = $"articles/{p.Folder}/{slug}.md";
                return existingBySlug.TryGetValue(slug, out var paths) && paths.FirstOrDefault(e => e != path) is { } other ? $"input/{other}" : null;
            }

            var slug = p.BaseSlug;
            if (ClashWith(slug) is { } clashWith)
            {
                slug = ArticleSlugs.Disambiguate(p.BaseSlug, p.Year, s => ClashWith(s) is not null);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportSlugClash,
                    $"{clashWith} already has the slug '{p.BaseSlug}'; this one gets '{slug}' (build's rule: the later article gets its year)", draft.Origin));
            }
            usedSlugs.Add(slug);
            identities[p.Index] = new ArticleIdentity(p.Imported, slug, $"articles/{p.Folder}/{slug}.md");
        }
        return identities;
    }
}
