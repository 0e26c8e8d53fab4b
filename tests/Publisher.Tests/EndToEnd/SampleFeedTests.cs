using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Text;
using Publisher.Tests.Feeds;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// The built sample archive's feeds as subscribers get them: RSS and Atom read by a real feed parser
/// (feedparser), JSON Feed read by System.Text.Json, each compared with what the committed articles'
/// front matter says.
/// </summary>
[Collection(nameof(SampleSiteCollection))]
public sealed partial class SampleFeedTests(SampleSite site, FeedReader reader) : IClassFixture<FeedReader>
{
    /// <summary>What a subscriber should see for one article, whatever the feed format.</summary>
    private sealed record Entry(string Link, string Title, string Date, string Authors, string Categories, string? Summary);

    public static TheoryData<string, string> SiteFeeds => new() { { "rss", "feed.xml" }, { "atom", "atom.xml" } };

    [Theory]
    [MemberData(nameof(SiteFeeds))]
    public void The_site_feed_lists_every_article_once_with_its_title_link_date_authors_and_tags(string format, string path)
    {
        var feed = reader.Parse(site.Read(path));

        Assert.Equal(format, feed.Type);
        Assert.Equal(site.BaseUrl + path, feed.SelfLink);
        Assert.Equal(site.BaseUrl, feed.Link);
        Assert.Equal(
            Expected(site.Articles.Select(a => a.FrontMatter)),
            EntriesOf(feed));
    }

    [Theory]
    [MemberData(nameof(SiteFeeds))]
    public void Every_site_feed_item_has_a_unique_id_a_midnight_utc_date_full_content_and_a_link_to_its_page(string format, string path)
    {
        var feed = reader.Parse(site.Read(path));

        Assert.Equal(site.Articles.Count, feed.Items.Select(i => i.Guid).Where(g => !string.IsNullOrWhiteSpace(g)).Distinct(StringComparer.Ordinal).Count());
        Assert.All(feed.Items, item =>
        {
            Assert.EndsWith("T00:00:00.000Z", item.Pubdate, StringComparison.Ordinal);
            Assert.True(item.HasFullContent, $"{format}: {item.Link} has no full content");
            Assert.Empty(RelativeUrl().Matches(item.Content!));
            AssertLinksToItsOwnPage(item.Link!);
        });
        // Newest first, so a reader that keeps feed order shows the latest issue on top.
        var dates = feed.Items.Select(i => i.Pubdate!).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public void A_tag_feed_holds_exactly_the_articles_with_that_tag()
    {
        var feed = reader.Parse(site.Read("tags/iraq/feed.xml"));

        Assert.Equal(site.BaseUrl + "tags/iraq/feed.xml", feed.SelfLink);
        Assert.Equal(
            Expected(site.Articles.Select(a => a.FrontMatter).Where(a => a.Tags.Contains("Iraq"))),
            EntriesOf(feed));
    }

    [Fact]
    public void An_author_feed_holds_exactly_the_articles_by_that_author()
    {
        var feed = reader.Parse(site.Read("authors/rami-jameel/feed.xml"));

        Assert.Equal(site.BaseUrl + "authors/rami-jameel/feed.xml", feed.SelfLink);
        Assert.Equal(
            Expected(site.Articles.Select(a => a.FrontMatter).Where(a => a.Authors.Contains("Rami Jameel"))),
            EntriesOf(feed));
    }

    [Fact]
    public void Every_tag_and_author_in_the_archive_has_a_feed_with_exactly_its_articles()
    {
        var diagnostics = new List<Diagnostic>();
        var taxonomy = ConfigFiles.ReadTags(File.ReadAllText(Path.Combine(RepoPaths.Input, "tags.yml")), "input/tags.yml", diagnostics);
        var articles = site.Articles.Select(a => a.FrontMatter).ToList();

        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in articles.SelectMany(a => a.Tags).Distinct(StringComparer.Ordinal))
        {
            var slug = taxonomy.FirstOrDefault(t => t.Name == tag)?.Slug ?? Slug.From(tag);
            expected[$"tags/{slug}/feed.xml"] = Links(articles.Where(a => a.Tags.Contains(tag)));
        }
        foreach (var author in articles.SelectMany(a => a.Authors).Distinct(StringComparer.Ordinal))
            expected[$"authors/{Slug.From(author)}/feed.xml"] = Links(articles.Where(a => a.Authors.Contains(author)));

        var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in site.OutputFiles().Where(f => f.EndsWith("/feed.xml", StringComparison.Ordinal) && (f.StartsWith("tags/", StringComparison.Ordinal) || f.StartsWith("authors/", StringComparison.Ordinal))))
        {
            var links = XDocument.Parse(site.Read(file)).Descendants("item").Select(i => (string)i.Element("link")!);
            actual[file] = string.Join("\n", links.Order(StringComparer.Ordinal));
        }
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_json_feed_lists_every_article_once_with_its_id_title_link_date_authors_tags_and_content()
    {
        using var json = JsonDocument.Parse(site.Read("feed.json"));
        var root = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal(site.BaseUrl, root.GetProperty("home_page_url").GetString());
        Assert.Equal(site.BaseUrl + "feed.json", root.GetProperty("feed_url").GetString());

        var items = root.GetProperty("items").EnumerateArray().ToList();
        var entries = items.Select(item => new Entry(
            item.GetProperty("url").GetString()!,
            item.GetProperty("title").GetString()!,
            DateTimeOffset.Parse(item.GetProperty("date_published").GetString()!, CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Join(Strings(item, "authors", a => a.GetProperty("name").GetString()!)),
            Join(Strings(item, "tags", t => t.GetString()!)),
            item.TryGetProperty("summary", out var summary) ? summary.GetString() : null));
        Assert.Equal(Expected(site.Articles.Select(a => a.FrontMatter)), entries.OrderBy(e => e.Link, StringComparer.Ordinal));

        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).Count());
        Assert.All(items, item =>
        {
            var content = item.GetProperty("content_html").GetString()!;
            Assert.StartsWith("<p>", content, StringComparison.Ordinal);
            Assert.Empty(RelativeUrl().Matches(content));
            AssertLinksToItsOwnPage(item.GetProperty("url").GetString()!);
            foreach (var authorPage in Strings(item, "authors", a => a.GetProperty("url").GetString()!))
                AssertLinksToItsOwnPage(authorPage);
        });
    }

    /// <summary>The address is that of a built page that names the same address as its canonical URL.</summary>
    private void AssertLinksToItsOwnPage(string link)
    {
        var page = site.OutputPathFor(link);
        Assert.True(page is not null, $"{link} is not under {site.BaseUrl}");
        Assert.True(File.Exists(Path.Combine(site.OutputDir, page)), $"{link} maps to {page}, which the output does not have");
        Assert.Contains($"<link rel=\"canonical\" href=\"{link}\">", site.Read(page), StringComparison.Ordinal);
    }

    private IEnumerable<Entry> Expected(IEnumerable<Core.Model.ArticleFrontMatter> articles) =>
        articles
            .Select(a => new Entry(LinkOf(a), a.Title, a.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Join(a.Authors), Join(a.Tags), a.Summary))
            .OrderBy(e => e.Link, StringComparer.Ordinal)
            .ToList();

    private string Links(IEnumerable<Core.Model.ArticleFrontMatter> articles) =>
        string.Join("\n", articles.Select(LinkOf).Order(StringComparer.Ordinal));

    private string LinkOf(Core.Model.ArticleFrontMatter article) => $"{site.BaseUrl}articles/{article.Slug}/";

    private static IEnumerable<string> Strings(JsonElement item, string property, Func<JsonElement, string> select) =>
        item.TryGetProperty(property, out var list) ? list.EnumerateArray().Select(select) : [];

    private static string Join(IEnumerable<string> values) => string.Join(" | ", values);

    /// <summary>What the feed parser read, in the shape <c>Expected</c> builds from the front matter.</summary>
    private static IEnumerable<Entry> EntriesOf(ReaderFeed feed) =>
        feed.Items.Select(i => new Entry(i.Link!, i.Title!, i.Pubdate![..10], Join(i.Authors.Select(a => a.Name!)), Join(i.Categories), i.Summary))
            .OrderBy(e => e.Link, StringComparer.Ordinal);

    [GeneratedRegex("(?:href|src)=\"(?!https?:|mailto:)")]
    private static partial Regex RelativeUrl();
}
