using Publisher.Core.Model;

namespace Publisher.Core.Build.Search;

/// <summary>The site's articles as search documents, ids in order of date then slug (a new article usually gets the next id).</summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(Site site, IReadOnlyDictionary<string, ParsedBody> bodies)
    {
        var articles = site.Articles.OrderBy(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
        var documents = new SearchDocument[articles.Count];
        Parallel.For(0, articles.Count, PerCore.Options, i =>
        {
            var a = articles[i];
            documents[i] = new SearchDocument(Permalinks.Article(a.Slug), a.Title, a.Authors.Select(s => site.AuthorBySlug[s].Name).ToList(),
                a.Publication, a.Date, a.Summary, bodies[a.Slug].PlainTextHeld, SearchFacets.Of(a));
        });
        return documents;
    }
}
