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
    [InlineData("texts cut")]
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
            "texts cut" => bytes,
            _ => [],
        });
        if (damage == "texts cut")
        {
            // The texts file one byte short: the last text lies outside it.
            var texts = Assert.Single(ParsedBodyCache.TextsFiles(temp.Path));
            File.WriteAllBytes(texts, File.ReadAllBytes(texts)[..^1]);
        }
        var (reused, cached) = Parse(temp.Path, articles, clean: false);
        Assert.Equal(0, reused);
        foreach (var article in articles) AssertSame(ArticleMarkdown.Parse(article), cached[article.Slug]);
    }

    [Fact]
    public void A_cached_parse_reads_its_plain_text_only_when_asked_and_it_is_the_fresh_parse_text()
    {
        using var temp = new TempDirectory();
        var articles = Bodies.Select((b, i) => ArticleWith(b, i, bodyStartLine: 5)).ToList();
        Parse(temp.Path, articles, clean: false);
        var cache = ParsedBodyCache.Open(temp.Path, ignorePrevious: false);
        var found = articles.Select(a => cache.TryGet(ParsedBodyCache.KeyOf(a), a)!).ToList();
        Assert.All(found, f => Assert.False(f.PlainTextHeld.IsLoaded));
        for (var i = 0; i < articles.Count; i++)
        {
            var fresh = ArticleMarkdown.Parse(articles[i]);
            // The hash is known unread (the search count key needs only it) and is the text's.
            Assert.Equal(fresh.PlainTextHeld.Sha256, found[i].PlainTextHeld.Sha256);
            Assert.False(found[i].PlainTextHeld.IsLoaded);
            Assert.Equal(fresh.PlainText, found[i].PlainText);
        }
        Assert.False(cache.FoundInconsistent);
        cache.Abandon();
    }

    [Fact]
    public void An_edit_writes_the_next_file_with_the_unchanged_texts_copied_and_they_read_back_checked()
    {
        using var temp = new TempDirectory();
        var articles = Bodies.Select((b, i) => ArticleWith(b, i, bodyStartLine: 5)).ToList();
        Parse(temp.Path, articles, clean: false);
        var edited = articles.Select((a, i) => i == 1 ? ArticleWith("An edited body, longer than it was, with ü.", i, 5) : a).ToList();
        Assert.Equal(articles.Count - 1, Parse(temp.Path, edited, clean: false).Reused);
        var cache = ParsedBodyCache.Open(temp.Path, ignorePrevious: false);
        foreach (var article in edited)
            Assert.Equal(ArticleMarkdown.Parse(article).PlainText, cache.TryGet(ParsedBodyCache.KeyOf(article), article)!.PlainText);
        Assert.False(cache.FoundInconsistent);
        cache.Abandon();
    }

    /// <summary>
    /// Whatever is wrong with the file once it was opened — a text's bytes or its stored hash changed (a structurally valid
    /// file), the file cut short or replaced (stale offsets), deleted — a cached parse's plain text is the fresh parse's,
    /// nothing is thrown, and the file is dropped when the caches are saved (the next build parses everything).
    /// </summary>
    [Theory]
    [InlineData("text changed")]
    [InlineData("hash changed")]
    [InlineData("cut short after opening")]
    [InlineData("replaced after opening")]
    [InlineData("deleted after opening")]
    public void A_plain_text_that_does_not_match_its_hash_is_parsed_again_never_thrown(string damage)
    {
        using var temp = new TempDirectory();
        var articles = Bodies.Select((b, i) => ArticleWith(b, i, bodyStartLine: 5)).ToList();
        Parse(temp.Path, articles, clean: false);
        var file = Path.Combine(temp.Path, ParsedBodyCache.FileName);
        var bytes = File.ReadAllBytes(file);
        var textsFile = Assert.Single(ParsedBodyCache.TextsFiles(temp.Path));
        var texts = File.ReadAllBytes(textsFile);
        var victim = articles[2];
        var fresh = ArticleMarkdown.Parse(victim);
        if (damage == "text changed")
        {
            var at = texts.AsSpan().IndexOf(fresh.PlainTextHeld.Utf8);
            Assert.True(at >= 0);
            texts[at] = (byte)(texts[at] == (byte)'#' ? '@' : '#');
            File.WriteAllBytes(textsFile, texts);
        }
        else if (damage == "hash changed")
        {
            var at = bytes.AsSpan().IndexOf(fresh.PlainTextHeld.Sha256);
            Assert.True(at > 0);
            bytes[at] ^= 0x55;
            File.WriteAllBytes(file, bytes);
        }
        var cache = ParsedBodyCache.Open(temp.Path, ignorePrevious: false);
        var found = articles.Select(a => cache.TryGet(ParsedBodyCache.KeyOf(a), a)).ToList();
        Assert.All(found, Assert.NotNull);
        switch (damage)
        {
            case "cut short after opening":
                File.WriteAllBytes(textsFile, texts[..(texts.Length / 2)]);
                break;
            case "replaced after opening":
                File.WriteAllBytes(textsFile, [.. texts[..(texts.Length / 2)], .. Enumerable.Repeat((byte)'x', texts.Length - texts.Length / 2)]);
                break;
            case "deleted after opening":
                File.Delete(textsFile);
                break;
        }
        for (var i = 0; i < articles.Count; i++)
            Assert.Equal(ArticleMarkdown.Parse(articles[i]).PlainText, found[i]!.PlainText);
        Assert.True(cache.FoundInconsistent);
        // The next file (written from the previous one's bytes) and the previous one are both dropped.
        cache.WriteNext(articles, articles.Select(ParsedBodyCache.KeyOf).ToArray(), articles.Select((a, i) => (a.Slug, found[i]!)).ToDictionary(), articles.Count - 1);
        cache.Save();
        Assert.False(File.Exists(file));
        Assert.Empty(ParsedBodyCache.TextsFiles(temp.Path));
        var (reused, again) = Parse(temp.Path, articles, clean: false);
        Assert.Equal(0, reused);
        foreach (var article in articles) AssertSame(ArticleMarkdown.Parse(article), again[article.Slug]);
    }

    [Fact]
    public void A_file_of_the_previous_format_version_is_ignored()
    {
        using var temp = new TempDirectory();
        var articles = Bodies.Select((b, i) => ArticleWith(b, i, bodyStartLine: 5)).ToList();
        Parse(temp.Path, articles, clean: false);
        var file = Path.Combine(temp.Path, ParsedBodyCache.FileName);
        var bytes = File.ReadAllBytes(file);
        // The header: the magic as a length-prefixed string, then the version.
        var versionAt = 1 + bytes[0];
        Assert.Equal(2, BitConverter.ToInt32(bytes, versionAt));
        BitConverter.GetBytes(1).CopyTo(bytes, versionAt);
        File.WriteAllBytes(file, bytes);
        Assert.Equal(0, Parse(temp.Path, articles, clean: false).Reused);
    }

    /// <summary>
    /// A few bodies parsed: their texts are appended to the texts file and only the entries written, until the texts no
    /// entry names would pass a quarter of the file; then every text goes into a new file and the old one is deleted.
    /// Every cached text reads back checked, at every step. A build that fails cuts what it appended.
    /// </summary>
    [Fact]
    public void Edits_append_their_texts_until_a_new_texts_file_compacts_them()
    {
        using var temp = new TempDirectory();
        var articles = Bodies.Select((b, i) => ArticleWith(b, i, bodyStartLine: 5)).ToList();
        Parse(temp.Path, articles, clean: false);
        var first = Assert.Single(ParsedBodyCache.TextsFiles(temp.Path));
        var appended = 0;
        var compacted = 0;
        for (var n = 0; n < 12; n++)
        {
            var before = Assert.Single(ParsedBodyCache.TextsFiles(temp.Path));
            var length = new FileInfo(before).Length;
            articles[3] = ArticleWith($"Edit {n}: a short body of a few words.", 3, 5);
            Assert.Equal(articles.Count - 1, Parse(temp.Path, articles, clean: false).Reused);
            var after = Assert.Single(ParsedBodyCache.TextsFiles(temp.Path));
            if (after == before)
            {
                Assert.True(new FileInfo(after).Length > length);
                appended++;
            }
            else compacted++;
        }
        Assert.True(appended > 0);
        Assert.True(compacted > 0);
        Assert.NotEqual(first, ParsedBodyCache.TextsFiles(temp.Path).Single());

        // A build that fails after appending: the texts file is as it was.
        var textsFile = ParsedBodyCache.TextsFiles(temp.Path).Single();
        var bytes = File.ReadAllBytes(textsFile);
        articles[3] = ArticleWith("A body of a build that failed.", 3, 5);
        var cache = ParsedBodyCache.Open(temp.Path, ignorePrevious: false);
        var keys = articles.Select(ParsedBodyCache.KeyOf).ToArray();
        var bodies = articles.Select((a, i) => (a.Slug, cache.TryGet(keys[i], a) ?? ArticleMarkdown.Parse(a))).ToDictionary();
        cache.WriteNext(articles, keys, bodies, articles.Count - 1);
        cache.Abandon();
        Assert.Equal(bytes, File.ReadAllBytes(textsFile));
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
        // Each cached text reads back (before the save, as in a build) as a fresh parse gives it, and passes its check.
        foreach (var article in articles) Assert.Equal(ArticleMarkdown.Parse(article).PlainText, bodies[article.Slug].PlainText);
        Assert.False(cache.FoundInconsistent);
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
