using Publisher.Core.Build;
using Publisher.Core.Model;

namespace Publisher.Tests.Build;

public class RelatedArticlesTests
{
    private static Article Article(string slug, DateOnly date, params string[] tags) => new()
    {
        Slug = slug, Title = slug, Date = date, Publication = "Monitor", PublicationSlug = "monitor", Kind = "feature",
        Body = "", SourcePath = $"articles/{slug}.md", Tags = tags,
    };

    /// <summary>A site as SiteAssembler makes it: articles newest first, then by slug; each tag lists its articles in that order.</summary>
    private static Site SiteOf(params Article[] articles)
    {
        var ordered = articles.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
        var tags = ordered.SelectMany(a => a.Tags).Distinct().Order(StringComparer.Ordinal)
            .Select(t => new Tag { Slug = t, Name = t, Articles = ordered.Where(a => a.Tags.Contains(t)).Select(a => a.Slug).ToList() })
            .ToList();
        return new Site
        {
            Config = new SiteConfig { Title = "Monitor", BaseUrl = "https://example.org/", Publications = [new PublicationConfig { Name = "Monitor", Slug = "monitor" }] },
            Articles = ordered,
            Publications = [],
            Issues = [],
            Authors = [],
            Tags = tags,
            Years = [],
            ArticleBySlug = ordered.ToDictionary(a => a.Slug, StringComparer.Ordinal),
            AuthorBySlug = new Dictionary<string, Author>(),
            TagBySlug = tags.ToDictionary(t => t.Slug, StringComparer.Ordinal),
            IssueByKey = new Dictionary<IssueKey, Issue>(),
            PublicationBySlug = new Dictionary<string, Publication>(),
        };
    }

    [Fact]
    public void Most_shared_tags_first_then_newer_then_slug_and_never_the_article_itself()
    {
        var day = new DateOnly(2021, 11, 19);
        var site = SiteOf(
            Article("self", day, "iraq", "iran", "drones"),
            Article("two-old", day.AddDays(-30), "iraq", "drones"),
            Article("three", day.AddDays(-60), "iraq", "iran", "drones"),
            Article("one-new-b", day.AddDays(5), "iran"),
            Article("one-new-a", day.AddDays(5), "drones"),
            Article("one-old", day.AddDays(-90), "iraq"),
            Article("none", day.AddDays(9), "syria"));

        var related = new RelatedArticles(site).For(site.ArticleBySlug["self"], 4);

        Assert.Equal(["three", "two-old", "one-new-a", "one-new-b"], related.Select(a => a.Slug));
    }

    [Fact]
    public void An_article_without_tags_or_a_tag_to_itself_has_none()
    {
        var day = new DateOnly(2021, 11, 19);
        var site = SiteOf(Article("alone", day, "iraq"), Article("untagged", day));
        var related = new RelatedArticles(site);

        Assert.Empty(related.For(site.ArticleBySlug["alone"], 4));
        Assert.Empty(related.For(site.ArticleBySlug["untagged"], 4));
    }
}
