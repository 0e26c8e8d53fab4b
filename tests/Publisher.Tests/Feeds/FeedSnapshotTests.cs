using Publisher.Core.Feeds;
using Publisher.Tests.Support;

namespace Publisher.Tests.Feeds;

public class FeedSnapshotTests
{
    [Fact]
    public void Rss() => Snapshot.Match("sample-channel.rss", RssFeedWriter.Write(SampleChannel.Channel), "xml");

    [Fact]
    public void Atom() => Snapshot.Match("sample-channel.atom", AtomFeedWriter.Write(SampleChannel.Channel), "xml");

    [Fact]
    public void Json() =>
        Snapshot.Match("sample-channel", JsonFeedWriter.Write(SampleChannel.Channel with { FeedUrl = SampleChannel.Site + "feed.json" }), "json");

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        Assert.Equal(RssFeedWriter.Write(SampleChannel.Channel), RssFeedWriter.Write(SampleChannel.Channel));
        Assert.Equal(AtomFeedWriter.Write(SampleChannel.Channel), AtomFeedWriter.Write(SampleChannel.Channel));
        Assert.Equal(JsonFeedWriter.Write(SampleChannel.Channel), JsonFeedWriter.Write(SampleChannel.Channel));
    }
}
