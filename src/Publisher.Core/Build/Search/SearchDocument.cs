namespace Publisher.Core.Build.Search;

/// <summary>One article as search sees it. <see cref="Id"/> is its position in the index (ordered by date, then slug).</summary>
/// <param name="Url">The article's URL (<c>/articles/slug/</c>).</param>
/// <param name="Authors">The authors' names, as shown.</param>
/// <param name="Body">The body as plain text (what snippets are cut from).</param>
/// <param name="Facets">The filter values the article has, as reserved terms (<see cref="SearchFacets"/>).</param>
public sealed record SearchDocument(
    string Url, string Title, IReadOnlyList<string> Authors, string Publication, DateOnly Date, string? Summary, string Body,
    IReadOnlyList<string> Facets);
