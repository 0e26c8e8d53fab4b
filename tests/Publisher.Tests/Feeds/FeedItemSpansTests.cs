using Publisher.Core.Build;
using Publisher.Core.Feeds;

namespace Publisher.Tests.Feeds;

/// <summary>
/// What making a feed from its previous file rests on (<see cref="FeedItemSpans"/>): in every format an item's bytes are
/// the same among the same items whatever the others' content, so the previous file with one item's bytes taken from the
/// channel written with the others' content left out is the feed written whole — and a change to the channel itself is
/// refused, never spliced.
/// </summary>
public class FeedItemSpansTests
{
    public static TheoryData<FeedFormat, int> FormatsAndIndexes()
    {
        var data = new TheoryData<FeedFormat, int>();
        foreach (var format in Enum.GetValues<FeedFormat>())
            for (var index = 0; index < 3; index++) data.Add(format, index);
        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndIndexes))]
    public void An_items_bytes_taken_from_the_channel_written_without_the_others_content_give_the_feed_written_whole(FeedFormat format, int index)
    {
        // The sample's third item has no author, so the Atom feed carries one of its own in its head.
        var before = SampleChannel.Channel;
        var (previous, spans) = Write(format, before);
        Assert.Equal(3, spans.Count);
        var edited = before.Items[index] with { ContentHtml = "<p>A new body: 1 < 2 & \"quotes\", a ]]> inside, Kurdistanê.</p>\n<h2 id=\"new\">A heading</h2>" };
        var after = before with { Items = before.Items.Select((item, i) => i == index ? edited : item).ToList() };
        var withoutOthers = before with { Items = before.Items.Select((item, i) => i == index ? edited : item with { ContentHtml = "md:" + i }).ToList() };
        var (written, writtenSpans) = Write(format, withoutOthers);

        var made = FeedItemSpans.Replace(previous, spans, written, writtenSpans, new HashSet<int> { index });

        var (whole, wholeSpans) = Write(format, after);
        Assert.NotNull(made);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(whole), System.Text.Encoding.UTF8.GetString(made.Value.Bytes));
        Assert.Equal(wholeSpans.ToArray(), made.Value.Spans);
    }

    [Theory]
    [InlineData(FeedFormat.Rss)]
    [InlineData(FeedFormat.Atom)]
    [InlineData(FeedFormat.Json)]
    public void A_channel_that_changed_is_refused(FeedFormat format)
    {
        var before = SampleChannel.Channel;
        var (previous, spans) = Write(format, before);
        var (retitled, retitledSpans) = Write(format, before with { Title = "Another title" });
        Assert.Null(FeedItemSpans.Replace(previous, spans, retitled, retitledSpans, new HashSet<int> { 1 }));
        var (shorter, shorterSpans) = Write(format, before with { Items = before.Items.Take(2).ToList() });
        Assert.Null(FeedItemSpans.Replace(previous, spans, shorter, shorterSpans, new HashSet<int> { 1 }));
    }

    [Fact]
    public void Spans_that_do_not_describe_the_file_are_refused()
    {
        var (previous, spans) = Write(FeedFormat.Json, SampleChannel.Channel);
        var shifted = spans.Select(s => s with { Start = s.Start + 1 }).ToList();
        Assert.Null(FeedItemSpans.Replace(previous, shifted, previous, spans, new HashSet<int> { 2 }));
        Assert.Null(FeedItemSpans.Replace(previous[..^10], spans, previous, spans, new HashSet<int> { 2 }));
        Assert.Null(FeedItemSpans.Replace(previous, spans, previous, spans, new HashSet<int> { 3 }));
    }

    private static (byte[] Bytes, List<FeedItemSpan> Spans) Write(FeedFormat format, FeedChannel channel)
    {
        using var stream = new MemoryStream();
        var spans = new List<FeedItemSpan>();
        SiteExtras.WriterFor(format)(channel, stream, spans);
        var bytes = stream.ToArray();
        // Recording the spans leaves the bytes as the writer gives them without.
        using var plain = new MemoryStream();
        SiteExtras.WriterFor(format)(channel, plain, null);
        Assert.Equal(plain.ToArray(), bytes);
        return (bytes, spans);
    }
}
