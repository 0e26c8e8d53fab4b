using System.Globalization;
using Publisher.Core.Diagnostics;
using Publisher.Core.Text;

namespace Publisher.Core.Import;

/// <summary>A merged draft with the slug and file import gives it (<c>articles/&lt;year&gt;/&lt;slug&gt;.md</c>).</summary>
public sealed record ArticleIdentity(ImportedDraft Imported, string Slug, string RelativePath);

/// <summary>
/// Chooses each merged article's slug and file, before anything links to it. A slug already used by another
/// draft of this run or by an existing article in another file (as build reads it, <see cref="Content.ArticleSlugs"/>)
/// is never written again: the title's slug gets "-2", "-3", … with a warning. Pure and ordered like its input.
/// </summary>
public static class ArticleIdentities
{
    public static IReadOnlyList<ArticleIdentity> Assign(IReadOnlyList<ImportedDraft> drafts, IReadOnlyList<ExistingArticle> existing, List<Diagnostic> diagnostics)
    {
        var identities = new List<ArticleIdentity>();
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        var existingBySlug = existing.GroupBy(e => e.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.RelativePath).ToList(), StringComparer.Ordinal);

        foreach (var imported in drafts)
        {
            var draft = imported.Draft;
            var folder = draft.Date?.Year.ToString(CultureInfo.InvariantCulture)
                ?? imported.InferredYear?.ToString(CultureInfo.InvariantCulture)
                ?? "undated";
            var baseSlug = Slug.From(draft.Title);
            if (baseSlug == Slug.Fallback)
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportSlugFallback,
                    $"\"{draft.Title}\" has no letters or digits a web address can use; it is filed as '{Slug.Fallback}' (set 'slug' in its front matter)", draft.Origin));
            var slug = baseSlug;
            string? clashWith = null;
            for (var n = 2; ; n++)
            {
                var path = $"articles/{folder}/{slug}.md";
                var clashPlanned = usedSlugs.Contains(slug);
                var clashExisting = existingBySlug.TryGetValue(slug, out var paths) ? paths.FirstOrDefault(p => p != path) : null;
                if (!clashPlanned && clashExisting is null) break;
                clashWith ??= clashExisting is not null ? $"input/{clashExisting}" : "another article of this import";
                slug = $"{baseSlug}-{n.ToString(CultureInfo.InvariantCulture)}";
            }
            if (slug != baseSlug)
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportSlugClash,
                    $"{clashWith} already has the slug '{baseSlug}'; this one gets '{slug}'", draft.Origin));
            usedSlugs.Add(slug);
            identities.Add(new ArticleIdentity(imported, slug, $"articles/{folder}/{slug}.md"));
        }
        return identities;
    }
}
