using System.Xml;
using System.Xml.Linq;
using Publisher.Core.Feeds;

namespace Publisher.Tests.Feeds;

/// <summary>RSS and Atom as XML: well-formed, in the right namespaces, with the dates and escaping readers rely on.</summary>
public class FeedXmlTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static XDocument Parse(string xml) =>
        XDocument.Parse(xml, LoadOptions.None); // throws XmlException if not well-formed

    [Fact]
    public void Rss_is_well_formed_rss_2_with_its_namespaces()
    {
        var doc = Parse(RssFeedWriter.Write(SampleChannel.Channel));

        var rss = doc.Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        Assert.Equal(Atom.NamespaceName, rss.GetNamespaceOfPrefix("atom")?.NamespaceName);
        Assert.Equal(Content.NamespaceName, rss.GetNamespaceOfPrefix("content")?.NamespaceName);
        Assert.Equal(Dc.NamespaceName, rss.GetNamespaceOfPrefix("dc")?.NamespaceName);

        var channel = rss.Element("channel")!;
        var self = channel.Element(Atom + "link")!;
        Assert.Equal(("self", "application/rss+xml", "https://monitor.example.org/feed.xml"),
            ((string?)self.Attribute("rel"), (string?)self.Attribute("type"), (string?)self.Attribute("href")));
        Assert.Equal("Fri, 19 Nov 2021 00:00:00 +0000", (string?)channel.Element("lastBuildDate"));
        Assert.Equal("Publisher", (string?)channel.Element("generator"));

        var items = channel.Elements("item").ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("false", (string?)items[0].Element("guid")!.Attribute("isPermaLink"));
        Assert.Equal(
            ["Fri, 19 Nov 2021 00:00:00 +0000", "Fri, 05 Nov 2021 07:30:00 +0000", "Fri, 22 Oct 2021 00:00:00 +0000"],
            items.Select(i => (string?)i.Element("pubDate")));
        Assert.Equal(["Ahmet Yılmaz", "Sarah Müller"], items[1].Elements(Dc + "creator").Select(e => e.Value));
        Assert.All(items, i => Assert.Single(i.Elements(Content + "encoded")));
    }

    [Fact]
    public void Rss_splits_a_cdata_terminator_across_sections_and_the_text_survives()
    {
        var xml = RssFeedWriter.Write(SampleChannel.Channel);

        Assert.Contains("<![CDATA[<p>Array code <code>a[b[0]]]]]><![CDATA[>c</code>", xml);
        var encoded = Parse(xml).Root!.Element("channel")!.Elements("item").ElementAt(1).Element(Content + "encoded")!;
        Assert.Equal("<p>Array code <code>a[b[0]]]>c</code> and Kurdish: Kurdistanê, Arabic: العراق.</p>", encoded.Value);
    }

    [Fact]
    public void Atom_is_well_formed_atom_1_with_rfc3339_dates()
    {
        var doc = Parse(AtomFeedWriter.Write(SampleChannel.Channel));

        var feed = doc.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("en", (string?)feed.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("https://monitor.example.org/feed.xml", (string?)feed.Element(Atom + "id"));
        Assert.Equal("2021-11-19T00:00:00Z", (string?)feed.Element(Atom + "updated"));
        Assert.Equal(
            [("self", "https://monitor.example.org/feed.xml"), ("alternate", "https://monitor.example.org/")],
            feed.Elements(Atom + "link").Select(l => ((string?)l.Attribute("rel"), (string?)l.Attribute("href"))));

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal("2021-11-05T07:30:00Z", (string?)entries[1].Element(Atom + "published"));
        Assert.Equal("2021-11-08T00:00:00Z", (string?)entries[1].Element(Atom + "updated"));
        Assert.Equal("html", (string?)entries[0].Element(Atom + "content")!.Attribute("type"));
        Assert.Equal(["Nigeria", "Boko Haram"], entries[0].Elements(Atom + "category").Select(c => (string?)c.Attribute("term")));
        Assert.All(entries, e => Assert.NotNull(e.Element(Atom + "id")));
    }

    [Fact]
    public void Atom_dates_parse_as_rfc3339()
    {
        var doc = Parse(AtomFeedWriter.Write(SampleChannel.Channel));

        var dates = doc.Descendants().Where(e => e.Name == Atom + "published" || e.Name == Atom + "updated").Select(e => e.Value).ToList();
        Assert.Equal(7, dates.Count);
        Assert.All(dates, d => XmlConvert.ToDateTimeOffset(d, "yyyy-MM-dd'T'HH:mm:ss'Z'"));
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public void Characters_xml_cannot_carry_become_a_visible_mark_not_a_broken_feed(string format)
    {
        // Given a title and content with a control character and a lone surrogate (e.g. from a bad paste)
        var item = SampleChannel.Third with { Title = "Sahel\u0001 roundup", ContentHtml = "<p>x\uD800y</p>" };
        var channel = SampleChannel.Channel with { Items = [item] };

        // When the feed is written
        var xml = format == "rss" ? RssFeedWriter.Write(channel) : AtomFeedWriter.Write(channel);

        // Then it still parses, with U+FFFD where the bad characters were
        Assert.Contains("Sahel\uFFFD roundup", Parse(xml).Root!.Value);
        Assert.Contains("<p>x\uFFFDy</p>", Parse(xml).Root!.Value);
    }

    [Fact]
    public void Feeds_are_utf8_without_bom_with_lf_line_ends_and_a_final_newline()
    {
        foreach (var xml in new[] { RssFeedWriter.Write(SampleChannel.Channel), AtomFeedWriter.Write(SampleChannel.Channel) })
        {
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", xml);
            Assert.DoesNotContain('\r', xml);
            Assert.DoesNotContain('\uFEFF', xml);
            Assert.EndsWith(">\n", xml);
        }
    }

    [Fact]
    public void An_item_id_that_is_already_a_uri_is_the_atom_id_unchanged()
    {
        var item = SampleChannel.Third with { Id = "https://monitor.example.org/articles/2021/sahel-roundup/" };

        Assert.Equal("https://monitor.example.org/articles/2021/sahel-roundup/", AtomFeedWriter.EntryId(item));
    }

    [Fact]
    public void Without_a_channel_date_the_newest_item_date_is_the_feed_date()
    {
        var channel = SampleChannel.Channel with { Updated = null };

        var rss = Parse(RssFeedWriter.Write(channel));
        var atom = Parse(AtomFeedWriter.Write(channel));

        // The second item was published earlier but updated on 8 Nov; the first was published 19 Nov.
        Assert.Equal("Fri, 19 Nov 2021 00:00:00 +0000", (string?)rss.Root!.Element("channel")!.Element("lastBuildDate"));
        Assert.Equal("2021-11-19T00:00:00Z", (string?)atom.Root!.Element(Atom + "updated"));
    }
}
