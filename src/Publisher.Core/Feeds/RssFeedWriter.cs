using System.Runtime.CompilerServices;
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
    internal static void WriteTo(FeedChannel channel, MemoryStream stream) => XmlOutput.WriteTo(stream, xml =>
    {
        xml.WriteStartElement("rss");
        DeclareNamespaces(xml);

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

        // Each item's bytes are the same in every feed that carries it (same depth, same namespaces in scope): made once.
        // Everything before them is complete elements, so the writer has nothing pending and appending to the stream is
        // what writing them here would append; the channel's end tag then follows an element, as it would.
        xml.Flush();
        foreach (var item in channel.Items) stream.Write(ItemBytes.GetValue(item, ItemOnItsOwn));

        xml.WriteEndElement(); // channel
        xml.WriteEndElement(); // rss
    });

    // Kept while the item is (FeedMapping lets an item go once the last feed that carries it is made).
    private static readonly ConditionalWeakTable<FeedItem, byte[]> ItemBytes = new();

    /// <summary>
    /// The item's bytes as a feed holds them: written by the same writer settings inside the same elements (rss with its
    /// namespaces, channel, after a child), from the line break before <c>&lt;item&gt;</c> to its end tag.
    /// </summary>
    private static byte[] ItemOnItsOwn(FeedItem item)
    {
        using var stream = new MemoryStream();
        long start = 0, end = 0;
        XmlOutput.WriteTo(stream, xml =>
        {
            xml.WriteStartElement("rss");
            DeclareNamespaces(xml);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", "");
            xml.Flush();
            start = stream.Length;
            WriteItem(xml, item);
            xml.Flush();
            end = stream.Length;
        });
        return stream.GetBuffer().AsSpan((int)start, (int)(end - start)).ToArray();
    }

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

    private static void DeclareNamespaces(XmlWriter xml)
    {
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, FeedNamespaces.Atom);
        xml.WriteAttributeString("xmlns", "content", null, FeedNamespaces.Content);
        xml.WriteAttributeString("xmlns", "dc", null, FeedNamespaces.DublinCore);
    }

    private static void Text(XmlWriter xml, string name, string value) =>
        xml.WriteElementString(name, FeedText.Clean(value));
}
