using System.Xml;

namespace Publisher.Core.Feeds;

/// <summary>Atom 1.0 (RFC 4287). Entries are written in the order given; the caller decides it (newest first).</summary>
public static class AtomFeedWriter
{
    public static string Write(FeedChannel channel) => XmlOutput.Text(stream => WriteTo(channel, stream));

    /// <summary>Appends the feed (UTF-8, with its trailing newline) to <paramref name="stream"/>.</summary>
    /// <param name="items">Given: each entry's bytes in the stream, in order (<see cref="FeedItemSpans"/>).</param>
    internal static void WriteTo(FeedChannel channel, MemoryStream stream, List<FeedItemSpan>? items = null) => XmlOutput.WriteTo(stream, xml =>
    {
        xml.WriteStartElement("feed", FeedNamespaces.Atom);
        xml.WriteAttributeString("xml", "lang", FeedNamespaces.Xml, channel.Language);

        Text(xml, "id", channel.FeedUrl);
        Text(xml, "title", channel.Title);
        if (!string.IsNullOrEmpty(channel.Description)) Text(xml, "subtitle", channel.Description);
        // Atom requires <updated>; an empty feed has no date of its own, so it gets the epoch rather than the wall clock.
        Text(xml, "updated", FeedDates.Rfc3339(FeedDates.LastChanged(channel) ?? DateTimeOffset.UnixEpoch));
        Link(xml, "self", "application/atom+xml", channel.FeedUrl);
        Link(xml, "alternate", "text/html", channel.HomePageUrl);

        // Every entry needs an author; entries without one inherit the publication itself.
        if (channel.Items.Any(i => i.Authors.Count == 0))
            Author(xml, new FeedPerson(channel.Title, channel.HomePageUrl));

        if (!string.IsNullOrEmpty(channel.Copyright)) Text(xml, "rights", channel.Copyright);
        if (!string.IsNullOrEmpty(channel.IconUrl)) Text(xml, "icon", channel.IconUrl);
        Text(xml, "generator", FeedNamespaces.Generator);

        foreach (var item in channel.Items) FeedItemSpans.Record(stream, xml.Flush, items, () => WriteEntry(xml, item));

        xml.WriteEndElement();
    });

    /// <summary>
    /// Atom ids must be IRIs. An id that already is one is kept; any other stable id becomes a tag URI
    /// (RFC 4151) on the item's host and publication date, which stays the same across rebuilds and title edits.
    /// </summary>
    public static string EntryId(FeedItem item)
    {
        if (HtmlUrls.HasScheme(item.Id)) return item.Id;
        var host = Uri.TryCreate(item.Url, UriKind.Absolute, out var url) ? url.Host : "localhost";
        return $"tag:{host},{item.Published.UtcDateTime:yyyy-MM-dd}:{Uri.EscapeDataString(item.Id)}";
    }

    private static void WriteEntry(XmlWriter xml, FeedItem item)
    {
        xml.WriteStartElement("entry");
        Text(xml, "id", EntryId(item));
        Text(xml, "title", item.Title);
        Link(xml, "alternate", "text/html", item.Url);
        Text(xml, "published", FeedDates.Rfc3339(item.Published));
        Text(xml, "updated", FeedDates.Rfc3339(item.Updated ?? item.Published));
        foreach (var author in item.Authors) Author(xml, author);
        foreach (var category in item.Categories)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", FeedText.Clean(category));
            xml.WriteEndElement();
        }
        if (!string.IsNullOrEmpty(item.Summary)) Text(xml, "summary", item.Summary);

        xml.WriteStartElement("content");
        xml.WriteAttributeString("type", "html");
        xml.WriteString(FeedText.ContentHtml(item));
        xml.WriteEndElement();

        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, FeedPerson person)
    {
        xml.WriteStartElement("author");
        Text(xml, "name", person.Name);
        if (!string.IsNullOrEmpty(person.Url)) Text(xml, "uri", person.Url);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", FeedText.Clean(href));
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value) =>
        xml.WriteElementString(name, FeedText.Clean(value));
}
