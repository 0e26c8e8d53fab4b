namespace Publisher.Core.Build.Views;

public sealed record PersonLink(string Name, string Href);

public sealed record TagLink(string Name, string Href);

/// <summary>An article in a list: home, issue contents, tag and author pages, related articles.</summary>
public sealed record ArticleCard
{
    public required string Title { get; init; }
    public required string Href { get; init; }
    public required string Date { get; init; }
    public required string IsoDate { get; init; }
    public required string Kind { get; init; }
    public required string KindLabel { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<PersonLink> Authors { get; init; } = [];
    public IReadOnlyList<TagLink> Tags { get; init; } = [];
    public bool IsThirdParty { get; init; }

    /// <summary>A draft shown because the build was run with --drafts: lists and the page mark it.</summary>
    public bool IsDraft { get; init; }
    public required string Publication { get; init; }

    /// <summary>The landing page of its own publication; null for press.</summary>
    public string? PublicationHref { get; init; }

    /// <summary>
    /// "Volume 19, Issue 22" and its page, for own publications' issue articles; the label names the publication
    /// ("China Brief, Volume 21, Issue 4") when the site has more than one.
    /// </summary>
    public Link? Issue { get; init; }
}

/// <summary>A full article page.</summary>
public sealed record ArticleContent
{
    public required ArticleCard Article { get; init; }
    public required string BodyHtml { get; init; }

    /// <summary>"Terrorism Monitor, Volume 19, Issue 22" for an issue article; null otherwise.</summary>
    public string? IssueTitle { get; init; }

    /// <summary>False when the summary only repeats the opening of the body (a lede taken as summary): no standfirst then.</summary>
    public bool ShowSummary { get; init; }

    /// <summary>"3 May 2024" when the front matter says when the article last changed (<c>updated</c>); null otherwise.</summary>
    public string? Updated { get; init; }

    /// <summary>The same moment for the time element's datetime attribute.</summary>
    public string? UpdatedIso { get; init; }

    public IReadOnlyList<AuthorBox> AuthorBoxes { get; init; } = [];
    public Link? Previous { get; init; }
    public Link? Next { get; init; }
    public IReadOnlyList<ArticleCard> Related { get; init; } = [];

    /// <summary>The original's address (front matter <c>url</c>), shown to readers; where the text was imported from is not.</summary>
    public string? OriginalUrl { get; init; }

    /// <summary>"6 min read" (<see cref="Reading.ReadingTime"/>).</summary>
    public required string ReadingTime { get; init; }

    /// <summary>The body's sections for a table of contents; empty when the article is too short or flat for one (<see cref="Reading.TableOfContents.Shows"/>).</summary>
    public IReadOnlyList<Reading.TocEntry> Contents { get; init; } = [];

    public required CitationView Citation { get; init; }
}

/// <summary>
/// "Cite this article": the Chicago-style citation in parts (the template sets <see cref="Container"/> in italics and
/// links <see cref="Url"/>), the same as plain text, and the BibTeX and RIS files written beside the page.
/// </summary>
public sealed record CitationView(string Lead, string Container, string Tail, string Url, string Text, string BibtexHref, string RisHref);

public sealed record AuthorBox(string Name, string Href, string? BioHtml);

public sealed record IssueSection(string Heading, IReadOnlyList<ArticleCard> Articles);

public sealed record IssueView
{
    /// <summary>"Terrorism Monitor — Volume 19, Issue 22".</summary>
    public required string Masthead { get; init; }

    /// <summary>"Volume 19, Issue 22".</summary>
    public required string Label { get; init; }

    /// <summary>Its publication's name and landing page.</summary>
    public required Link Publication { get; init; }

    public required string Href { get; init; }
    public required string Date { get; init; }
    public required string IsoDate { get; init; }
    public required IReadOnlyList<IssueSection> Sections { get; init; }
    public required int ArticleCount { get; init; }
    public Link? Previous { get; init; }
    public Link? Next { get; init; }
}

public sealed record IssueContent(IssueView Issue);

public sealed record IssueSummary(string Label, string Href, string Date, string IsoDate, int ArticleCount);

public sealed record VolumeView(int Number, int Year, string Label, IReadOnlyList<IssueSummary> Issues);

/// <summary>One publication's issues on the issues index: its name, landing page, issues index and volumes.</summary>
public sealed record PublicationIssuesGroup(string Slug, string Name, string Href, string IssuesHref, IReadOnlyList<VolumeView> Volumes);

/// <summary>The issues index: every own publication's issues, grouped by publication.</summary>
public sealed record IssuesContent(string Lede, IReadOnlyList<PublicationIssuesGroup> Publications);

/// <summary>One publication's issues index.</summary>
public sealed record PublicationIssuesContent(Link Publication, IReadOnlyList<VolumeView> Volumes);

/// <summary>A publication's landing page.</summary>
public sealed record PublicationContent
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public IssueView? LatestIssue { get; init; }
    public required IReadOnlyList<VolumeView> Volumes { get; init; }
    public required int IssueCount { get; init; }
    public required int ArticleCount { get; init; }

    /// <summary>Its newest articles that are in no issue (a daily's or a web-only piece), newest first.</summary>
    public required IReadOnlyList<ArticleCard> Other { get; init; }

    public required IReadOnlyList<AuthorSummary> Authors { get; init; }
    public required IReadOnlyList<TagSummary> Tags { get; init; }
    public required string IssuesHref { get; init; }

    /// <summary>The publication's own feeds.</summary>
    public required FeedLinks Feeds { get; init; }
}

/// <summary>A page that only sends the reader on: the old address of an issue page.</summary>
public sealed record RedirectContent(string Label, string Href);

/// <summary>One page of a paginated list, with links to the others.</summary>
public sealed record ListPage
{
    public required IReadOnlyList<ArticleCard> Items { get; init; }
    public required int Number { get; init; }
    public required int PageCount { get; init; }
    public required int TotalItems { get; init; }
    public string? PreviousHref { get; init; }
    public string? NextHref { get; init; }
    public IReadOnlyList<PageNumber> Pages { get; init; } = [];
    public bool IsPaginated => PageCount > 1;
}

public sealed record PageNumber(int Number, string Href, bool IsCurrent);

public sealed record AuthorView(string Name, string? BioHtml, bool HasProfile, int ArticleCount, string FeedHref);

public sealed record AuthorContent(AuthorView Author, ListPage List);

public sealed record AuthorSummary(string Name, string Href, int ArticleCount, bool HasProfile);

public sealed record AuthorsContent(IReadOnlyList<AuthorSummary> Authors);

public sealed record TagView(string Name, string? KindLabel, string? DescriptionHtml, int ArticleCount, string FeedHref);

public sealed record TagContent(TagView Tag, ListPage List);

public sealed record TagSummary(string Name, string Href, int ArticleCount);

public sealed record TagGroup(string Heading, IReadOnlyList<TagSummary> Tags);

public sealed record TagsContent(IReadOnlyList<TagGroup> Groups, int TagCount);

public sealed record ArchiveIssue(string Label, string Href, string Date, string IsoDate, IReadOnlyList<ArticleCard> Articles);

public sealed record ArchiveVolume(string Label, IReadOnlyList<ArchiveIssue> Issues);

/// <summary>One year of the archive: its volumes' issues, then articles outside any issue (press, standalone).</summary>
public sealed record ArchiveYear(int Year, IReadOnlyList<ArchiveVolume> Volumes, IReadOnlyList<ArticleCard> Other);

public sealed record ArchiveContent(IReadOnlyList<ArchiveYear> Years);

/// <param name="Subject">What the coverage is about: "Terrorism Monitor and its authors", "Harbour Monitor, Steppe Brief and their authors".</param>
public sealed record PressContent(ListPage List, string Subject);

public sealed record HomeContent
{
    /// <summary>The latest issue of each own publication that has issues, in site.yml's order.</summary>
    public required IReadOnlyList<IssueView> LatestIssues { get; init; }
    public required IReadOnlyList<ArticleCard> Recent { get; init; }
    public required IReadOnlyList<ArticleCard> Press { get; init; }
    public required int IssueCount { get; init; }
    public required int ArticleCount { get; init; }
    public required int AuthorCount { get; init; }
    public required int TagCount { get; init; }
    public required string IssuesHref { get; init; }
    public required string ArchiveHref { get; init; }
    public required string AuthorsHref { get; init; }
    public required string TagsHref { get; init; }
    public required string PressHref { get; init; }
}

/// <summary>
/// A filter's choice on the search page: its value (the facet's slug or year, kept in the page's address), label,
/// article count and the index file of its article ids (<see cref="Search.SearchFacets.FileName(string, string)"/>).
/// </summary>
public sealed record SearchChoice(string Value, string Label, int Count, string File);

/// <summary>The search page: the filters' choices (the results are made by theme/assets/search.js from the index).</summary>
/// <param name="IndexHref">The folder of the index files (search/), with a trailing slash.</param>
/// <param name="RootHref">The site's root as seen from the page, for the results' links.</param>
public sealed record SearchContent(
    IReadOnlyList<SearchChoice> Publications, IReadOnlyList<SearchChoice> Authors, IReadOnlyList<SearchChoice> Tags, IReadOnlyList<SearchChoice> Years,
    string IndexHref, string RootHref, string ArchiveHref, string TagsHref, string AuthorsHref);

public sealed record NotFoundContent(string HomeHref, string ArchiveHref, string IssuesHref, string TagsHref);
