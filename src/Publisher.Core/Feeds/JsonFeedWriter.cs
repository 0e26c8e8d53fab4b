using System.Text.Encodings.Web;
using System.Text.Json;
using Publisher.Core.Content;

namespace Publisher.Core.Feeds;

/// <summary>
/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1), properties always in the same order, two-space
/// indent, <c>\n</c> line ends. Items are written in the order given; the caller decides it (newest first).
/// </summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static string Write(FeedChannel channel) => XmlOutput.Text(stream => WriteTo(channel, stream));

    /// <summary>Appends the feed (UTF-8, with its trailing newline) to <paramref name="stream"/>.</summary>
    /// <param name="items">Given: each item's bytes in the stream, in order (<see cref="FeedItemSpans"/>; an item after the first begins with its comma).</param>
    internal static void WriteTo(FeedChannel channel, MemoryStream stream, List<FeedItemSpan>? items = null)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // The file is served as JSON, never inlined into HTML, so non-ASCII text and <, >, & stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            String(json, "title", channel.Title);
            String(json, "home_page_url", channel.HomePageUrl);
            String(json, "feed_url", channel.FeedUrl);
            if (!string.IsNullOrEmpty(channel.Description)) String(json, "description", channel.Description);
            if (!string.IsNullOrEmpty(channel.IconUrl)) String(json, "icon", channel.IconUrl);
            String(json, "language", channel.Language);

            json.WriteStartArray("items");
            foreach (var item in channel.Items) FeedItemSpans.Record(stream, json.Flush, items, () => WriteItem(json, item));
            json.WriteEndArray();

            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteItem(Utf8JsonWriter json, FeedItem item)
    {
        json.WriteStartObject();
        String(json, "id", item.Id);
        String(json, "url", item.Url);
        String(json, "title", item.Title);
        json.WriteString("content_html", FeedText.ContentHtml(item));
        if (!string.IsNullOrEmpty(item.Summary)) String(json, "summary", item.Summary);
        json.WriteString("date_published", FeedDates.Rfc3339(item.Published));
        if (item.Updated is { } updated) json.WriteString("date_modified", FeedDates.Rfc3339(updated));

        if (item.Authors.Count > 0)
        {
            json.WriteStartArray("authors");
            foreach (var author in item.Authors)
            {
                json.WriteStartObject();
                String(json, "name", author.Name);
                if (!string.IsNullOrEmpty(author.Url)) String(json, "url", author.Url);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        if (item.Categories.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var category in item.Categories) json.WriteStringValue(FeedText.Clean(category));
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void String(Utf8JsonWriter json, string name, string value) =>
        json.WriteString(name, FeedText.Clean(value));
}
