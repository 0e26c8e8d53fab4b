using System.Text.Json;
using Publisher.Core.Feeds;

namespace Publisher.Tests.Feeds;

/// <summary>JSON Feed 1.1 read back with System.Text.Json: required fields, their types, and the optional ones we fill.</summary>
public class JsonFeedTests
{
    private static readonly FeedChannel Channel = SampleChannel.Channel with { FeedUrl = SampleChannel.Site + "feed.json" };

    private static JsonElement Parse() => JsonDocument.Parse(JsonFeedWriter.Write(Channel)).RootElement;

    [Fact]
    public void Top_level_has_the_required_fields_of_version_1_1()
    {
        var feed = Parse();

        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("Terrorism Monitor", feed.GetProperty("title").GetString());
        Assert.Equal("https://monitor.example.org/", feed.GetProperty("home_page_url").GetString());
        Assert.Equal("https://monitor.example.org/feed.json", feed.GetProperty("feed_url").GetString());
        Assert.Equal("Analysis of terrorism & insurgency, <every> two weeks", feed.GetProperty("description").GetString());
        Assert.Equal("en", feed.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Array, feed.GetProperty("items").ValueKind);
        Assert.Equal(
            ["version", "title", "home_page_url", "feed_url", "description", "language", "items"],
            feed.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Items_have_string_ids_content_and_rfc3339_dates()
    {
        var items = Parse().GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(3, items.Count);
        Assert.All(items, item =>
        {
            Assert.Equal(JsonValueKind.String, item.GetProperty("id").ValueKind);
            Assert.Equal(JsonValueKind.String, item.GetProperty("content_html").ValueKind);
            Assert.True(DateTimeOffset.TryParseExact(item.GetProperty("date_published").GetString(), "yyyy-MM-dd'T'HH:mm:ss'Z'",
                null, System.Globalization.DateTimeStyles.AssumeUniversal, out _));
        });
        Assert.Equal(["tm-19-22-boko-haram-factions", "tm-19-21-turkiye-pkk", "tm-19-20-brief"], items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal("2021-11-05T07:30:00Z", items[1].GetProperty("date_published").GetString());
        Assert.Equal("2021-11-08T00:00:00Z", items[1].GetProperty("date_modified").GetString());
        Assert.False(items[0].TryGetProperty("date_modified", out _));
    }

    [Fact]
    public void Authors_are_objects_with_name_and_optional_url_and_tags_are_strings()
    {
        var items = Parse().GetProperty("items").EnumerateArray().ToList();

        var authors = items[1].GetProperty("authors").EnumerateArray().ToList();
        Assert.Equal("Ahmet Yılmaz", authors[0].GetProperty("name").GetString());
        Assert.False(authors[0].TryGetProperty("url", out _));
        Assert.Equal("https://monitor.example.org/authors/sarah-muller/", authors[1].GetProperty("url").GetString());
        Assert.Equal(["Türkiye", "PKK", "Iraq"], items[1].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.False(items[2].TryGetProperty("authors", out _));
        Assert.False(items[2].TryGetProperty("tags", out _));
    }

    [Fact]
    public void Content_urls_are_absolute_and_text_is_not_escaped_into_unicode_sequences()
    {
        var json = JsonFeedWriter.Write(Channel);
        var first = JsonDocument.Parse(json).RootElement.GetProperty("items")[0];

        Assert.Contains("href=\"https://monitor.example.org/tags/nigeria/\"", first.GetProperty("content_html").GetString());
        Assert.Contains("\"title\": \"Türkiye and the PKK — «a long war» in Iraq’s north\"", json);
        Assert.Contains("\"title\": \"Q&A: Boko Haram's factions <after> Shekau\"", json);
        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json);
    }
}
