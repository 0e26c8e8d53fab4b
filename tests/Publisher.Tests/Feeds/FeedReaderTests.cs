using System.Text.RegularExpressions;
using Publisher.Core.Feeds;

namespace Publisher.Tests.Feeds;

/// <summary>RSS and Atom as a real feed parser (feedparser) reads them.</summary>
public sealed partial class FeedReaderTests(FeedReader reader) : IClassFixture<FeedReader>
{
    private const string Site = SampleChannel.Site;

    public static TheoryData<string> Formats => new() { "rss", "atom" };

    private static string Write(string format, FeedChannel channel) =>
        format == "rss" ? RssFeedWriter.Write(channel) : AtomFeedWriter.Write(channel);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Reader_sees_the_channel(string format)
    {
        var feed = reader.Parse(Write(format, SampleChannel.Channel));

        Assert.Equal(format, feed.Type);
        Assert.Equal("Terrorism Monitor", feed.Title);
        Assert.Equal("Analysis of terrorism & insurgency, <every> two weeks", feed.Description);
        Assert.Equal(Site, feed.Link);
        Assert.Equal(Site + "feed.xml", feed.SelfLink);
        Assert.Equal("en", feed.Language);
        Assert.Equal("© 2021 Example Foundation", feed.Copyright);
        Assert.Equal("Publisher", feed.Generator);
        Assert.Equal("2021-11-19T00:00:00.000Z", feed.Updated);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Reader_sees_items_in_order_with_titles_links_and_dates(string format)
    {
        var feed = reader.Parse(Write(format, SampleChannel.Channel));

        Assert.Equal(
            [
                ("Q&A: Boko Haram's factions <after> Shekau", Site + "articles/2021/boko-haram-factions/", "2021-11-19T00:00:00.000Z"),
                ("Türkiye and the PKK — «a long war» in Iraq’s north", Site + "articles/2021/turkiye-pkk/", "2021-11-05T07:30:00.000Z"),
                ("Brief: Sahel roundup", Site + "articles/2021/sahel-roundup/", "2021-10-22T00:00:00.000Z"),
            ],
            feed.Items.Select(i => (i.Title, i.Link, i.Pubdate)));
    }

    [Fact]
    public void Rss_guid_is_the_item_id_and_not_a_permalink()
    {
        var feed = reader.Parse(RssFeedWriter.Write(SampleChannel.Channel));

        Assert.Equal(["tm-19-22-boko-haram-factions", "tm-19-21-turkiye-pkk", "tm-19-20-brief"], feed.Items.Select(i => i.Guid));
        Assert.All(feed.Items, i => Assert.Null(i.Permalink));
    }

    [Fact]
    public void Atom_id_is_a_tag_uri_built_from_the_item_id()
    {
        var feed = reader.Parse(AtomFeedWriter.Write(SampleChannel.Channel));

        Assert.Equal(
            [
                "tag:monitor.example.org,2021-11-19:tm-19-22-boko-haram-factions",
                "tag:monitor.example.org,2021-11-05:tm-19-21-turkiye-pkk",
                "tag:monitor.example.org,2021-10-22:tm-19-20-brief",
            ],
            feed.Items.Select(i => i.Guid));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Item_identity_survives_a_title_edit_and_a_rebuild(string format)
    {
        // Given the same channel, once with the first title edited
        var edited = SampleChannel.Channel with { Items = [SampleChannel.First with { Title = "Boko Haram after Shekau" }, SampleChannel.Second] };

        // When both are written and read
        var before = reader.Parse(Write(format, SampleChannel.Channel));
        var after = reader.Parse(Write(format, edited));

        // Then the reader sees the same item identities, so it does not show the item as new
        Assert.Equal(before.Items[0].Guid, after.Items[0].Guid);
        Assert.Equal(before.Items[1].Guid, after.Items[1].Guid);
        Assert.Equal("Boko Haram after Shekau", after.Items[0].Title);
    }

    [Fact]
    public void Rss_authors_are_one_dc_creator_each()
    {
        var feed = reader.Parse(RssFeedWriter.Write(SampleChannel.Channel));

        Assert.Equal([new ReaderPerson("Jacob Zenn", null)], feed.Items[0].Authors);
        Assert.Equal([new ReaderPerson("Ahmet Yılmaz", null), new ReaderPerson("Sarah Müller", null)], feed.Items[1].Authors);
        Assert.Empty(feed.Items[2].Authors);
    }

    [Fact]
    public void Atom_authors_carry_their_pages_and_authorless_entries_inherit_the_publication()
    {
        var feed = reader.Parse(AtomFeedWriter.Write(SampleChannel.Channel));

        Assert.Equal([new ReaderPerson("Jacob Zenn", Site + "authors/jacob-zenn/")], feed.Items[0].Authors);
        Assert.Equal([new ReaderPerson("Ahmet Yılmaz", null), new ReaderPerson("Sarah Müller", Site + "authors/sarah-muller/")], feed.Items[1].Authors);
        Assert.Empty(feed.Items[2].Authors);
        Assert.Equal("Terrorism Monitor", feed.Items[2].Author);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Categories_arrive_one_by_one(string format)
    {
        var feed = reader.Parse(Write(format, SampleChannel.Channel));

        Assert.Equal(["Nigeria", "Boko Haram"], feed.Items[0].Categories);
        Assert.Equal(["Türkiye", "PKK", "Iraq"], feed.Items[1].Categories);
        Assert.Empty(feed.Items[2].Categories);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Summary_is_plain_text_and_full_content_is_there(string format)
    {
        var feed = reader.Parse(Write(format, SampleChannel.Channel));

        Assert.Equal("How ISWAP & JAS split, and why 1 < 2 matters.", feed.Items[0].Summary);
        Assert.Null(feed.Items[1].Summary);
        Assert.All(feed.Items, i => Assert.True(i.HasFullContent));
        Assert.Equal("<p>Short notes.</p>", feed.Items[2].Content);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Content_links_are_absolute_on_the_article_page(string format)
    {
        var content = reader.Parse(Write(format, SampleChannel.Channel)).Items[0].Content!;

        Assert.Contains("href=\"https://monitor.example.org/tags/nigeria/\"", content);
        Assert.Contains("href=\"https://monitor.example.org/articles/2021/boko-haram-factions/#fn-1\"", content);
        Assert.Contains("src=\"https://monitor.example.org/media/map.png\"", content);
        Assert.Contains(
            "srcset=\"https://monitor.example.org/media/map.png 1x, https://monitor.example.org/articles/2021/boko-haram-factions/map@2x.png 2x\"",
            content);
        Assert.Contains("href=\"mailto:editor@monitor.example.org\"", content);
        Assert.Contains("href=\"https://www.example.com/report\"", content);
        Assert.Empty(RelativeUrl().Matches(content));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Content_with_a_cdata_terminator_and_non_ascii_text_arrives_intact(string format)
    {
        var feed = reader.Parse(Write(format, SampleChannel.Channel));

        Assert.Equal("<p>Array code <code>a[b[0]]]>c</code> and Kurdish: Kurdistanê, Arabic: العراق.</p>", feed.Items[1].Content);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_empty_channel_is_still_a_valid_feed(string format)
    {
        var empty = SampleChannel.Channel with { Items = [], Updated = null };

        var feed = reader.Parse(Write(format, empty));

        Assert.Equal("Terrorism Monitor", feed.Title);
        Assert.Empty(feed.Items);
    }

    [GeneratedRegex("(?:href|src)=\"(?!https?:|mailto:)")]
    private static partial Regex RelativeUrl();
}
