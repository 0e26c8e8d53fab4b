using System.Xml;

namespace Publisher.Core.Feeds;

/// <summary>
/// RSS 2.0 with the <c>atom</c> (self link), <c>content</c> (full HTML) and <c>dc</c> (authors) extensions.
/// Items are written in the order given; the caller decides it (newest first).
/// </summary>
public static class RssFeedWriter
{
    public static string Write(FeedChannel channel) => XmlOutput.Text(stream => WriteTo(channel, stream));

    /// <summary>Appends the feed (UTF-8, with its trailing newline) to <paramref name="stream"/>.</summary>
    /// <param name="items">Given: each item's bytes in the stream, in order (<see cref="FeedItemSpans"/>).</param>
    internal static void WriteTo(FeedChannel channel, MemoryStream stream, List<FeedItemSpan>? items = null) => XmlOutput.WriteTo(stream, xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, FeedNamespaces.Atom);
        xml.WriteAttributeString("xmlns", "content", null, FeedNamespaces.Content);
        xml.WriteAttributeString("xmlns", "dc", null, FeedNamespaces.DublinCore);

        xml.WriteStartElement("channel");
        Text(xml, "title", channel.Title);
        Text(xml, "link", channel.HomePageUrl);
        Text(xml, "description", channel.Description);
        Text(xml, "language", channel.Language);
        if (!string.IsNullOrEmpty(channel.Copyright)) Text(xml, "copyright", channel.Copyright);
        if (FeedDates.LastChanged(channel) is { } updated) Text(xml, "lastBuildDate", FeedDates.Rfc822(updated));
        Text(xml, "generator", FeedNamespaces.Generator);

        xml.WriteStartElement("atom", "link", FeedNamespaces.Atom);
        xml.WriteAttributeString("href", channel.FeedUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();

        if (!string.IsNullOrEmpty(channel.IconUrl))
        {
            xml.WriteStartElement("image");
            Text(xml, "url", channel.IconUrl);
            Text(xml, "title", channel.Title);
            Text(xml, "link", channel.HomePageUrl);
            xml.WriteEndElement();
        }

        foreach (var item in channel.Items) FeedItemSpans.Record(stream, xml.Flush, items, () => WriteItem(xml, item));

        xml.WriteEndElement(); // channel
        xml.WriteEndElement(); // rss
    });

    private static void WriteItem(XmlWriter xml, FeedItem item)
    {
        xml.WriteStartElement("item");
        Text(xml, "title", item.Title);
        Text(xml, "link", item.Url);

        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(FeedText.Clean(item.Id));
        xml.WriteEndElement();

        Text(xml, "pubDate", FeedDates.Rfc822(item.Published));
        foreach (var author in item.Authors)
            xml.WriteElementString("dc", "creator", FeedNamespaces.DublinCore, FeedText.Clean(author.Name));
        foreach (var category in item.Categories) Text(xml, "category", category);
        if (!string.IsNullOrEmpty(item.Summary)) Text(xml, "description", item.Summary);

        // XmlWriter splits a "]]>" inside the HTML across two CDATA sections.
        xml.WriteStartElement("content", "encoded", FeedNamespaces.Content);
        xml.WriteCData(FeedText.ContentHtml(item));
        xml.WriteEndElement();

        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value) =>
        xml.WriteElementString(name, FeedText.Clean(value));
}
