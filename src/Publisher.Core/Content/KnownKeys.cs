namespace Publisher.Core.Content;

/// <summary>
/// The field names of every file editors write, defined once: the readers read these keys and
/// <see cref="UnknownKeys"/> reports any other key with a hint at the one it resembles.
/// </summary>
public static class KnownKeys
{
    /// <summary>Article front matter, in the order import writes it.</summary>
    public static class Article
    {
        public const string Title = "title", Draft = "draft", Slug = "slug", Aliases = "aliases", Authors = "authors", Date = "date",
            Updated = "updated", Publication = "publication", Volume = "volume", Issue = "issue", Kind = "kind", Tags = "tags",
            Summary = "summary", Url = "url", Sources = "sources", Inferred = "inferred";

        public static readonly IReadOnlyList<string> All =
            [Title, Draft, Slug, Aliases, Authors, Date, Updated, Publication, Volume, Issue, Kind, Tags, Summary, Url, Sources, Inferred];
    }

    /// <summary>The front matter of <c>authors/&lt;slug&gt;.md</c>.</summary>
    public static class Author
    {
        public const string Name = "name", Slug = "slug", Aliases = "aliases";

        public static readonly IReadOnlyList<string> All = [Name, Slug, Aliases];
    }

    /// <summary><c>site.yml</c>.</summary>
    public static class Site
    {
        public const string Title = "title", Description = "description", BaseUrl = "base_url", Publications = "publications",
            Language = "language", PageSize = "page_size", Copyright = "copyright", Kinds = "kinds", Feeds = "feeds";

        /// <summary>The single-publication keys of the first site.yml, still read (with a warning) as a one-entry <see cref="Publications"/>.</summary>
        public const string LegacyPublication = "publication", LegacyFirstVolumeYear = "first_volume_year";

        public static readonly IReadOnlyList<string> All = [Title, Description, BaseUrl, Publications, LegacyPublication, LegacyFirstVolumeYear, Language, PageSize, Copyright, Kinds, Feeds];
    }

    /// <summary>site.yml's <c>feeds:</c>: how many articles each feed carries.</summary>
    public static class Feeds
    {
        public const string Limit = "limit", TagAndAuthorLimit = "tag_and_author_limit";

        public static readonly IReadOnlyList<string> All = [Limit, TagAndAuthorLimit];
    }

    /// <summary>An entry of site.yml's <c>publications</c> list.</summary>
    public static class Publication
    {
        public const string Name = "name", Slug = "slug", Aliases = "aliases", FirstVolumeYear = "first_volume_year",
            Description = "description", Frequency = "frequency";

        public static readonly IReadOnlyList<string> Entry = [Name, Slug, Aliases, FirstVolumeYear, Description, Frequency];
    }

    /// <summary><c>tags.yml</c>: the top level holds <see cref="List"/>, a list of entries with the other keys.</summary>
    public static class Tag
    {
        public const string List = "tags";
        public const string Name = "name", Slug = "slug", Kind = "kind", Aliases = "aliases", Description = "description";

        public static readonly IReadOnlyList<string> File = [List];
        public static readonly IReadOnlyList<string> Entry = [Name, Slug, Kind, Aliases, Description];
    }

    /// <summary><c>outlets.yml</c>: the list of outlets and the settings of linking citations to them.</summary>
    public static class Outlet
    {
        public const string List = "outlets", LinkMissingCitations = "link_missing_citations_to_outlet";
        public const string Name = "name", Url = "url", Aliases = "aliases";

        public static readonly IReadOnlyList<string> File = [List, LinkMissingCitations];
        public static readonly IReadOnlyList<string> Entry = [Name, Url, Aliases];
    }
}
