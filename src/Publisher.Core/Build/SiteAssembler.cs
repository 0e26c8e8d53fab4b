using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>Derives issues, volumes, authors, tags and years from the loaded articles. Pure and ordinal-sorted.</summary>
internal static class SiteAssembler
{
    /// <summary>Contents order inside an issue; kinds not listed follow, alphabetically.</summary>
    private static readonly string[] KindOrder = ["brief", "news", "feature", "analysis"];

    public static Site Assemble(SiteConfig config, List<Article> loaded, AuthorResolver authorNames, TagResolver tagNames)
    {
        var articles = loaded
            .OrderByDescending(a => a.Date)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();

        var authors = BuildAuthors(articles, authorNames);
        var tags = BuildTags(articles, tagNames);
        var publications = BuildPublications(config, articles, authors, tags);
        var issues = publications.SelectMany(p => p.Issues).ToList();
        return new Site
        {
            Config = config,
            Articles = articles,
            Publications = publications,
            Issues = issues,
            Authors = authors,
            Tags = tags,
            Years = articles.Select(a => a.Date.Year).Distinct().OrderDescending().ToList(),
            ArticleBySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal),
            AuthorBySlug = authors.ToDictionary(a => a.Slug, StringComparer.Ordinal),
            TagBySlug = tags.ToDictionary(t => t.Slug, StringComparer.Ordinal),
            IssueByKey = issues.ToDictionary(i => i.Key),
            PublicationBySlug = publications.ToDictionary(p => p.Slug, StringComparer.Ordinal),
        };
    }

    /// <summary>Each own publication that has articles, in site.yml's order, with its issues, volumes, authors and topics.</summary>
    private static List<Publication> BuildPublications(SiteConfig config, List<Article> articles, List<Author> authors, List<Tag> tags)
    {
        var publications = new List<Publication>();
        foreach (var publication in config.Publications)
        {
            var own = articles.Where(a => a.PublicationSlug == publication.Slug).ToList();
            if (own.Count == 0) continue;
            var issues = BuildIssues(own);
            var authorSlugs = own.SelectMany(a => a.Authors).ToHashSet(StringComparer.Ordinal);
            var tagSlugs = own.SelectMany(a => a.Tags).ToHashSet(StringComparer.Ordinal);
            publications.Add(new Publication
            {
                Config = publication,
                IsMain = ReferenceEquals(publication, config.Publications[0]),
                Articles = own.Select(a => a.Slug).ToList(),
                Issues = issues,
                Volumes = issues
                    .GroupBy(i => i.Key.Volume)
                    .OrderByDescending(g => g.Key)
                    .Select(g => new Volume
                    {
                        Publication = publication.Slug,
                        Number = g.Key,
                        Year = publication.FirstVolumeYear is { } first ? first + g.Key - 1 : g.Min(i => i.Date.Year),
                        Issues = g.Select(i => i.Key).OrderDescending().ToList(),
                    })
                    .ToList(),
                Authors = authors.Where(a => authorSlugs.Contains(a.Slug)).Select(a => a.Slug).ToList(),
                Tags = tags.Where(t => tagSlugs.Contains(t.Slug)).Select(t => t.Slug).ToList(),
            });
        }
        return publications;
    }

    private static List<Issue> BuildIssues(List<Article> articles) =>
        articles
            .Where(a => a.Issue is not null)
            .GroupBy(a => a.Issue!.Value)
            .OrderByDescending(g => g.Key)
            .Select(g => new Issue
            {
                Key = g.Key,
                Date = g.GroupBy(a => a.Date).OrderByDescending(d => d.Count()).ThenBy(d => d.Key).First().Key,
                Articles = g
                    .OrderBy(a => KindRank(a.Kind))
                    .ThenBy(a => a.Kind, StringComparer.Ordinal)
                    .ThenBy(a => a.SourcePath, StringComparer.Ordinal)
                    .Select(a => a.Slug)
                    .ToList(),
            })
            .ToList();

    private static int KindRank(string kind)
    {
        var index = Array.IndexOf(KindOrder, kind);
        return index < 0 ? KindOrder.Length : index;
    }

    private static List<Author> BuildAuthors(List<Article> articles, AuthorResolver names)
    {
        var bySlug = articles
            .SelectMany(a => a.Authors.Select(slug => (slug, a)))
            .GroupBy(p => p.slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.a.Slug).ToList(), StringComparer.Ordinal);

        var authors = new List<Author>();
        foreach (var profile in names.Profiles)
            authors.Add(new Author
            {
                Slug = profile.Slug,
                Name = profile.Name,
                Bio = profile.Bio,
                HasProfile = true,
                Articles = bySlug.GetValueOrDefault(profile.Slug) ?? [],
            });
        var profiled = names.Profiles.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var (slug, slugs) in bySlug)
            if (!profiled.Contains(slug))
                authors.Add(new Author { Slug = slug, Name = names.NameFor(slug), Articles = slugs });

        // A profile nobody writes under gets no page: an empty author page helps no reader.
        return ByName(authors.Where(a => a.Articles.Count > 0), a => a.Name, a => a.Slug);
    }

    private static List<Tag> BuildTags(List<Article> articles, TagResolver names)
    {
        var bySlug = articles
            .SelectMany(a => a.Tags.Select(slug => (slug, a)))
            .GroupBy(p => p.slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.a.Slug).ToList(), StringComparer.Ordinal);

        var tags = new List<Tag>();
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in names.Definitions)
        {
            if (!defined.Add(definition.Slug)) continue;
            tags.Add(new Tag
            {
                Slug = definition.Slug,
                Name = definition.Name,
                Kind = definition.Kind,
                Description = definition.Description,
                IsDefined = true,
                Articles = bySlug.GetValueOrDefault(definition.Slug) ?? [],
            });
        }
        foreach (var (slug, slugs) in bySlug)
            if (!defined.Contains(slug))
                tags.Add(new Tag { Slug = slug, Name = names.NameFor(slug), Articles = slugs });

        // Only tags with articles get pages; an unused tags.yml entry would be an empty page.
        return ByName(tags.Where(t => t.Articles.Count > 0), t => t.Name, t => t.Slug);
    }

    /// <summary>Display order of authors and tags: by name ignoring case, then exact name, then slug (all ordinal).</summary>
    private static List<T> ByName<T>(IEnumerable<T> items, Func<T, string> name, Func<T, string> slug) =>
        items.OrderBy(name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(name, StringComparer.Ordinal)
            .ThenBy(slug, StringComparer.Ordinal)
            .ToList();
}
