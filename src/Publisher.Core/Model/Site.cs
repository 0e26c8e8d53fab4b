namespace Publisher.Core.Model;

/// <summary>
/// The whole archive as the build sees it: loaded once from <c>input/</c>, never changed afterwards.
/// Lists are in display order; the lookups are for resolving the slugs records refer to each other by.
/// </summary>
public sealed record Site
{
    public required SiteConfig Config { get; init; }

    /// <summary>Every article, newest first (ties: slug, ordinal).</summary>
    public required IReadOnlyList<Article> Articles { get; init; }

    /// <summary>The own publications that have articles, in site.yml's order (the main one first when it has articles).</summary>
    public required IReadOnlyList<Publication> Publications { get; init; }

    /// <summary>Every own publication's issues: publications in site.yml's order, each newest first.</summary>
    public required IReadOnlyList<Issue> Issues { get; init; }

    /// <summary>Every author with articles, by name (case-insensitive ordinal, ties: ordinal, slug).</summary>
    public required IReadOnlyList<Author> Authors { get; init; }

    /// <summary>Every tag articles use, defined in tags.yml or not, by name (case-insensitive ordinal, ties: ordinal, slug).</summary>
    public required IReadOnlyList<Tag> Tags { get; init; }

    /// <summary>Calendar years that have articles, newest first.</summary>
    public required IReadOnlyList<int> Years { get; init; }

    public required IReadOnlyDictionary<string, Article> ArticleBySlug { get; init; }
    public required IReadOnlyDictionary<string, Author> AuthorBySlug { get; init; }
    public required IReadOnlyDictionary<string, Tag> TagBySlug { get; init; }
    public required IReadOnlyDictionary<IssueKey, Issue> IssueByKey { get; init; }
    public required IReadOnlyDictionary<string, Publication> PublicationBySlug { get; init; }

    /// <summary>Third-party coverage (a publication that is none of the site's own), newest first.</summary>
    public IEnumerable<Article> Press => Articles.Where(a => a.IsThirdParty);

    /// <summary>
    /// The article URLs of every draft (<c>draft: true</c>), whether this build shows them (<c>--drafts</c>) or left
    /// them out: a published page linking to one would break once the site is built without drafts.
    /// </summary>
    public IReadOnlySet<string> DraftUrls { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public Article ArticleFor(string slug) => ArticleBySlug[slug];
}
