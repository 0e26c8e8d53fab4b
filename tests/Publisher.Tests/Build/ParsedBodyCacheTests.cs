using Publisher.Core.Build;
using Publisher.Core.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// A parse read back from the cache must be the parse itself: every field a fresh parse of the same body gives, with
/// link locations where the article's file has them now. A changed body, or a file that cannot be read, is never used.
/// </summary>
public class ParsedBodyCacheTests
{
    private static readonly string[] Bodies =
    [
        "",
        "One paragraph only.",
        "An opening with a [root link](/articles/other/) and an [outside one](https://example.org/).\n\n## A heading\n\nText.[^1]\n\n[^1]: A note with a [link](/tags/iraq/).\n",
        "### Shallow heading first\n\nThen *emphasis*, `code` and a line  \nbreak.\n\n#### Deeper\n\n| a | b |\n|---|---|\n| [x](/issues/1/) | y |\n",
        "Ünïcödé — “quoted” text, 日本語, and an emoji 🙂.\n\n- a list item with [a link](/about/ \"title\")\n- another\n\n> a quote\n",
        "Para one.\n\n\n\nPara two far down with [late](/articles/late/#section).\n\n## Same heading\n\n## Same heading\n",
        // The same body twice (two articles may share one): one entry serves both.
        "One paragraph only.",
    ];

    [Fact]
    public void A_cached_parse_equals_a_fresh_parse_wherever_the_body_starts_now()
    {
        using var temp = new TempDirectory();
        var articles = Bodies.Select((b, i) => ArticleWith(b, i, bodyStartLine: 8)).ToList();
        var (reused, bodies) = Parse(temp.Path, articles, clean: false);
        Assert.Equal(0, reused);

        // The front matter grew by three lines and the files moved: locations follow, as a parse would give them.
        var moved = Bodies.Select((b, i) => ArticleWith(b, i, bodyStartLine: 11, folder: "moved")).ToList();
        var (reusedAgain, cached) = Parse(temp.Path, moved, clean: false);
        Assert.Equal(moved.Count, reusedAgain);
        foreach (var article in moved)
            AssertSame(ArticleMarkdown.Parse(article), cached[article.Slug]);
        Assert.NotEmpty(cached[moved[2].Slug].RootLinks);
        Assert.Equal(bodies.Count, cached.Count);
    }

    [Fact]
    public void A_changed_body_is_parsed_again()
    {
        using var temp = new TempDirectory();
        var articles = Bodies.Select((b, i) => ArticleWith(b, i, bodyStartLine: 5)).ToList();
        Parse(temp.Path, articles, clean: false);
        var edited = articles.Select((a, i) => i == 2 ? ArticleWith(Bodies[2].Replace("A heading", "A changed heading", StringComparison.Ordinal), i, 5) : a).ToList();
        var (reused, cached) = Parse(temp.Path, edited, clean: false);
        Assert.Equal(articles.Count - 1, reused);
        AssertSame(ArticleMarkdown.Parse(edited[2]), cached[edited[2].Slug]);
        Assert.Equal("A changed heading", cached[edited[2].Slug].Headings[0].Text);
    }

    [Fact]
    public void A_clean_build_parses_everything()
    {
        using var temp = new TempDirectory();
        var articles = Bodies.Select((b, i) => ArticleWith(b, i, bodyStartLine: 5)).ToList();
        Parse(temp.Path, articles, clean: false);
        Assert.Equal(0, Parse(temp.Path, articles, clean: true).Reused);
        // ... and still writes the next file.
        Assert.Equal(articles.Count, Parse(temp.Path, articles, clean: false).Reused);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("trailing")]
    [InlineData("empty")]
    public void A_damaged_file_is_ignored(string damage)
    {
        using var temp = new TempDirectory();
        var articles = Bodies.Select((b, i) => ArticleWith(b, i, bodyStartLine: 5)).ToList();
        Parse(temp.Path, articles, clean: false);
        var file = Path.Combine(temp.Path, ParsedBodyCache.FileName);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "truncated" => bytes[..(bytes.Length - 7)],
            "garbage" => [.. bytes[..60], .. Enumerable.Repeat((byte)0xFF, bytes.Length - 60)],
            "trailing" => [.. bytes, 0],
            _ => [],
        });
        var (reused, cached) = Parse(temp.Path, articles, clean: false);
        Assert.Equal(0, reused);
        foreach (var article in articles) AssertSame(ArticleMarkdown.Parse(article), cached[article.Slug]);
    }

    /// <summary>What the build does: every body from the cache or parsed, then the next file written and saved.</summary>
    private static (int Reused, Dictionary<string, ParsedBody> Bodies) Parse(string dir, IReadOnlyList<Article> articles, bool clean)
    {
        var cache = ParsedBodyCache.Open(dir, clean);
        var keys = articles.Select(ParsedBodyCache.KeyOf).ToArray();
        var reused = 0;
        var bodies = new Dictionary<string, ParsedBody>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var found = cache.TryGet(keys[i], articles[i]);
            if (found is not null) reused++;
            bodies[articles[i].Slug] = found ?? ArticleMarkdown.Parse(articles[i]);
        }
        cache.WriteNext(articles, keys, bodies, reused);
        cache.Save();
        return (reused, bodies);
    }

    private static void AssertSame(ParsedBody expected, ParsedBody actual)
    {
        Assert.Same(expected.Article, actual.Article);
        Assert.Equal(expected.RootLinks, actual.RootLinks);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Words, actual.Words);
        Assert.Equal(expected.PlainText, actual.PlainText);
        Assert.Equal(expected.Headings, actual.Headings);
    }

    private static Article ArticleWith(string body, int n, int bodyStartLine, string folder = "articles") => new()
    {
        Slug = $"article-{n}",
        Title = $"Article {n}",
        Date = new DateOnly(2021, 1, 1),
        Publication = "Monitor",
        Kind = "analysis",
        Body = body,
        SourcePath = $"input/{folder}/article-{n}.md",
        BodyStartLine = bodyStartLine,
    };
}
