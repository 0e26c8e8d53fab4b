using Publisher.Core.Text;

namespace Publisher.Core.Build.Search;

/// <summary>One article as search sees it. <see cref="Id"/> is its position in the index (ordered by date, then slug).</summary>
/// <param name="Url">The article's URL (<c>/articles/slug/</c>).</param>
/// <param name="Authors">The authors' names, as shown.</param>
/// <param name="Text">The body as plain text (what snippets are cut from), held as UTF-8: the parsed body's own, not a copy.</param>
/// <param name="Facets">The filter values the article has, as reserved terms (<see cref="SearchFacets"/>).</param>
public sealed record SearchDocument(
    string Url, string Title, IReadOnlyList<string> Authors, string Publication, DateOnly Date, string? Summary, CompactText Text,
    IReadOnlyList<string> Facets)
{
    public SearchDocument(string url, string title, IReadOnlyList<string> authors, string publication, DateOnly date, string? summary, string body,
        IReadOnlyList<string> facets)
        : this(url, title, authors, publication, date, summary, new CompactText(body), facets)
    {
    }

    /// <summary>The body as plain text, decoded on each read (the index reads it once, when it writes the document's text file).</summary>
    public string Body => Text.ToString();
}
