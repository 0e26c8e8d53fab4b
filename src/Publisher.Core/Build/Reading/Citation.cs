using Publisher.Core.Model;

namespace Publisher.Core.Build.Reading;

/// <summary>
/// What a citation of an article says, whatever the format: its authors (as written, "Jane Q. Doe"), title,
/// the publication it appeared in, volume and issue when it is in one, date and the address to cite.
/// </summary>
/// <param name="Key">A citation key made from the slug (BibTeX's entry key, RIS's ID).</param>
public sealed record Citation(string Key, IReadOnlyList<string> Authors, string Title, string Publication, int? Volume, int? Issue, DateOnly Date, string Url)
{
    /// <summary>
    /// The citation of <paramref name="article"/>: the archive's page for the site's own articles, the original's
    /// address for press (where it was published) when the front matter has one.
    /// </summary>
    public static Citation For(Article article, Site site, Permalinks permalinks) => new(
        article.Slug,
        article.Authors.Select(slug => site.AuthorBySlug[slug].Name).ToList(),
        article.Title,
        article.Publication,
        article.Volume,
        article.IssueNumber,
        article.Date,
        article.IsThirdParty && article.Url is { Length: > 0 } original ? original : permalinks.Absolute(Permalinks.Article(article.Slug)));

    /// <summary>("Jane Q.", "Doe") from "Jane Q. Doe": the last word is the family name; a one-word name is all family name.</summary>
    internal static (string Given, string Family) Split(string name)
    {
        var trimmed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var space = trimmed.LastIndexOf(' ');
        return space < 0 ? ("", trimmed) : (trimmed[..space].TrimEnd(), trimmed[(space + 1)..]);
    }

    /// <summary>"Doe, Jane Q." (or "Doe" alone), the inverted form BibTeX and RIS read.</summary>
    internal static string Inverted(string name) =>
        Split(name) is var (given, family) && given.Length > 0 ? $"{family}, {given}" : family;
}
