using Publisher.Core.Model;

namespace Publisher.Core.Build.Search;

/// <summary>
/// The filters (publication, author, topic, year). Each value is a reserved term (<c>~a:slug</c>) with a posting
/// list like a word's, so a filter is an intersection of id lists; each list is its own file (<c>f/a/slug.js</c>,
/// a long slug shortened by <see cref="Text.Slug.Bounded"/>), loaded only when the filter is chosen. The search page
/// writes each choice's file name beside it, so search.js never recomputes it.
/// </summary>
public static class SearchFacets
{
    public const string Publication = "p";
    public const string Author = "a";
    public const string Tag = "t";
    public const string Year = "y";

    public static string Term(string kind, string value) => $"~{kind}:{value}";

    /// <summary>The value's file name in the index (<c>f/a/slug</c>, without <c>.js</c>) for a reserved term.</summary>
    public static string FileName(string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        return FileName(term[1..colon], term[(colon + 1)..]);
    }

    /// <summary>A filter value's file name in the index (<c>f/a/slug</c>, without <c>.js</c>), at most 64 characters.</summary>
    public static string FileName(string kind, string value) => $"f/{kind}/{Text.Slug.Bounded(value)}";

    /// <summary>The slug a publication's filter has: an own publication's slug, or one made from a third party's name.</summary>
    public static string PublicationValue(Article article) => article.PublicationSlug ?? Text.Slug.From(article.Publication);

    public static IReadOnlyList<string> Of(Article article) =>
    [
        Term(Publication, PublicationValue(article)),
        .. article.Authors.Select(a => Term(Author, a)),
        .. article.Tags.Select(t => Term(Tag, t)),
        Term(Year, article.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
