using Publisher.Core.Build;
using Publisher.Core.Feeds;
using Publisher.Tests.Feeds;

namespace Publisher.Tests.Build;

/// <summary>
/// A feed's render-cache key (<see cref="FeedKeys"/>) hashes its format and every property of its channel, items and
/// people: a feed file is a pure function of them, so any change to one must give another key (and the feed is written
/// again). The byte-for-byte check after edits is <c>IncrementalEqualityTests</c>; this one names the property an
/// omission would have missed.
/// </summary>
public class FeedKeysTests
{
    [Fact]
    public void Every_property_of_the_feed_model_is_in_the_key()
    {
        Assert.Equal(
            ["Title", "Description", "HomePageUrl", "FeedUrl", "Language", "Updated", "Copyright", "IconUrl", "Items"],
            typeof(FeedChannel).GetProperties().Select(p => p.Name));
        Assert.Equal(
            ["Id", "Title", "Url", "Published", "Updated", "Summary", "ContentHtml", "Authors", "Categories"],
            typeof(FeedItem).GetProperties().Select(p => p.Name));
        Assert.Equal(["Name", "Url"], typeof(FeedPerson).GetProperties().Select(p => p.Name));
    }

    private static readonly (string What, Func<FeedChannel, FeedChannel> Edit)[] Edits =
    [
        ("title", c => c with { Title = c.Title + "!" }),
        ("description", c => c with { Description = c.Description + "!" }),
        ("home page URL", c => c with { HomePageUrl = c.HomePageUrl + "x/" }),
        ("feed URL", c => c with { FeedUrl = c.FeedUrl + "x" }),
        ("language", c => c with { Language = "fr" }),
        ("updated", c => c with { Updated = (c.Updated ?? DateTimeOffset.UnixEpoch).AddDays(1) }),
        ("updated, the same instant at another offset", c => c with { Updated = (c.Updated ?? DateTimeOffset.UnixEpoch).ToOffset(TimeSpan.FromHours(3)) }),
        ("updated, none", c => c with { Updated = null }),
        ("copyright", c => c with { Copyright = "© someone else" }),
        ("icon URL", c => c with { IconUrl = c.IconUrl is null ? "https://monitor.example.org/icon.svg" : null }),
        ("an item less", c => c with { Items = c.Items.Skip(1).ToList() }),
        ("the items' order", c => c with { Items = c.Items.Reverse().ToList() }),
        ("an item's id", c => EditFirst(c, i => i with { Id = i.Id + "-2" })),
        ("an item's title", c => EditFirst(c, i => i with { Title = i.Title + "!" })),
        ("an item's URL", c => EditFirst(c, i => i with { Url = i.Url + "x/" })),
        ("an item's published time", c => EditFirst(c, i => i with { Published = i.Published.AddMinutes(1) })),
        ("an item's published offset", c => EditFirst(c, i => i with { Published = i.Published.ToOffset(TimeSpan.FromHours(-5)) })),
        ("an item's updated time", c => EditFirst(c, i => i with { Updated = i.Published.AddDays(2) })),
        ("an item's summary", c => EditFirst(c, i => i with { Summary = null })),
        ("an item's content", c => EditFirst(c, i => i with { ContentHtml = i.ContentHtml + "<p>more</p>" })),
        ("an item's author's name", c => EditFirst(c, i => i with { Authors = [i.Authors[0] with { Name = "Someone Else" }] })),
        ("an item's author's URL", c => EditFirst(c, i => i with { Authors = [i.Authors[0] with { Url = null }] })),
        ("an item's author added", c => EditFirst(c, i => i with { Authors = [.. i.Authors, new FeedPerson("A Second")] })),
        ("an item's category", c => EditFirst(c, i => i with { Categories = [.. i.Categories.Skip(1)] })),
        ("text moved from one field to the next", c => EditFirst(c, i => i with { Title = i.Title + i.Url[..1], Url = i.Url[1..] })),
    ];

    public static TheoryData<string> EditNames => new(Edits.Select(e => e.What));

    [Theory]
    [MemberData(nameof(EditNames))]
    public void A_change_to_any_part_of_a_feed_changes_its_key(string what)
    {
        var channel = SampleChannel.Channel;
        var edited = Edits.Single(e => e.What == what).Edit(channel);
        Assert.NotEqual(new FeedKeys(3).Of(FeedFormat.Rss, channel), new FeedKeys(3).Of(FeedFormat.Rss, edited));
        // The same keys from one FeedKeys that has already hashed the unedited items (each item's hash made once per build).
        var keys = new FeedKeys(3);
        Assert.NotEqual(keys.Of(FeedFormat.Rss, channel), keys.Of(FeedFormat.Rss, edited));
    }

    [Fact]
    public void The_format_is_in_the_key_and_equal_channels_have_equal_keys()
    {
        var keys = new FeedKeys(3);
        var rss = keys.Of(FeedFormat.Rss, SampleChannel.Channel);
        Assert.Equal(rss, new FeedKeys(3).Of(FeedFormat.Rss, SampleChannel.Channel));
        Assert.NotEqual(rss, keys.Of(FeedFormat.Atom, SampleChannel.Channel));
        Assert.NotEqual(rss, keys.Of(FeedFormat.Json, SampleChannel.Channel));
    }

    private static FeedChannel EditFirst(FeedChannel channel, Func<FeedItem, FeedItem> edit) =>
        channel with { Items = [edit(channel.Items[0]), .. channel.Items.Skip(1)] };
}
