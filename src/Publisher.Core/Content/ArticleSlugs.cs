using System.Globalization;
using Publisher.Core.Diagnostics;
using Publisher.Core.Text;

namespace Publisher.Core.Content;

/// <summary>What an article file says about its slug: an explicit <c>slug:</c>, or only a title to derive it from.</summary>
/// <param name="Path">The file as diagnostics print it.</param>
/// <param name="ExplicitSlug">The URL-safe form of the file's <c>slug:</c>, or null when it has none.</param>
/// <param name="SlugLocation">Where the slug (or the front matter) is written, for diagnostics.</param>
public sealed record SlugClaim(string Path, string? ExplicitSlug, string Title, DateOnly Date, SourceLocation SlugLocation);

/// <summary>
/// The one rule that gives every article of the archive its slug, shared by build (the site's URLs) and import
/// (which must never write a slug already taken). Explicit slugs are taken as written; two equal ones are an
/// error naming both files, and the later file (by path) is left out. A slug derived from the title never
/// takes one already used: the later article (by date, then path) gets its year appended, then a number (<see cref="Disambiguate"/>), with
/// a warning naming both files, so an archive with a recurring column title builds and every URL is stable.
/// </summary>
public static class ArticleSlugs
{
    /// <summary>The slug an article file asks for (its 'slug:' made URL-safe), or its title to derive one from.</summary>
    public static SlugClaim ClaimOf(ArticleDocument doc) =>
        new(doc.Path, doc.FrontMatter.Slug is { } s ? Slug.From(s) : null, doc.FrontMatter.Title, doc.FrontMatter.Date ?? DateOnly.MinValue,
            doc.LocationOf(doc.FrontMatter.Slug is null ? KnownKeys.Article.Title : KnownKeys.Article.Slug));

    /// <summary>
    /// The slug for a title whose slug another article already has: the year appended ("weekly-column-2022"), then a
    /// number ("weekly-column-2022-2") until <paramref name="taken"/> says it is free; without a year, a number alone.
    /// Build and import both use it, so an article's address does not depend on which command chose it.
    /// </summary>
    public static string Disambiguate(string baseSlug, int? year, Func<string, bool> taken)
    {
        var stem = year is { } y ? $"{baseSlug}-{y.ToString(CultureInfo.InvariantCulture)}" : baseSlug;
        var slug = year is null ? $"{stem}-2" : stem;
        for (var n = year is null ? 3 : 2; taken(slug); n++)
            slug = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}";
        return slug;
    }

    /// <returns>Slug by <see cref="SlugClaim.Path"/>; a claim left out (an explicit duplicate) has no entry.</returns>
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyList<SlugClaim> claims, List<Diagnostic> diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal); // slug → path that holds it

        foreach (var claim in claims.Where(c => c.ExplicitSlug is not null).OrderBy(c => c.Path, StringComparer.Ordinal))
        {
            if (owner.TryGetValue(claim.ExplicitSlug!, out var first))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateSlug,
                    $"slug '{claim.ExplicitSlug}' is already used by {first}; give {claim.Path} or {first} a different 'slug'", claim.SlugLocation));
                continue;
            }
            owner.Add(claim.ExplicitSlug!, claim.Path);
            result.Add(claim.Path, claim.ExplicitSlug!);
        }

        foreach (var claim in claims.Where(c => c.ExplicitSlug is null)
                     .OrderBy(c => c.Date).ThenBy(c => c.Path, StringComparer.Ordinal))
        {
            var baseSlug = Slug.From(claim.Title);
            var slug = baseSlug;
            if (owner.TryGetValue(baseSlug, out var holder))
            {
                slug = Disambiguate(baseSlug, claim.Date == DateOnly.MinValue ? null : claim.Date.Year, owner.ContainsKey);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DerivedSlugCollision,
                    $"the title gives the slug '{baseSlug}', which {holder} already has; this article's address uses '{slug}' " +
                    $"(set 'slug' in the front matter of {claim.Path} or {holder} to choose)", claim.SlugLocation));
            }
            owner.Add(slug, claim.Path);
            result.Add(claim.Path, slug);
        }
        return result;
    }
}
