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

    /// <summary>
    /// The merge stops once it holds <c>count</c> articles and the last shares every tag (none after it can displace it):
    /// on random archives it chooses exactly what counting every article and sorting (most shared, newer, slug) chooses.
    /// </summary>
    [Fact]
    public void On_random_archives_the_choice_is_what_sorting_every_article_gives()
    {
        var random = new Random(20261202);
        string[] tagNames = ["a", "b", "c", "d", "e"];
        for (var round = 0; round < 20; round++)
        {
            var articles = Enumerable.Range(0, 60).Select(n => Article($"art-{n:00}", new DateOnly(2020, 1, 1).AddDays(random.Next(40)),
                tagNames.Where(_ => random.Next(3) == 0).ToArray())).ToArray();
            var site = SiteOf(articles);
            var related = new RelatedArticles(site);
            foreach (var article in site.Articles)
                foreach (var count in new[] { 1, 3, 5 })
                {
                    var expected = site.Articles
                        .Where(o => o.Slug != article.Slug)
                        .Select(o => (Article: o, Shared: o.Tags.Count(article.Tags.Contains)))
                        .Where(o => o.Shared > 0)
                        .OrderByDescending(o => o.Shared).ThenByDescending(o => o.Article.Date).ThenBy(o => o.Article.Slug, StringComparer.Ordinal)
                        .Take(count).Select(o => o.Article.Slug);
                    Assert.Equal(expected, related.For(article, count).Select(a => a.Slug));
                }
        }
    }
}
