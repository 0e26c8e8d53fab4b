using System.Collections.Concurrent;
using Publisher.Core.Feeds;

namespace Publisher.Core.Build;

/// <summary>
/// A feed's render-cache key: a feed file is a pure function of its format and its channel (and of the base URL and the
/// code, which the build key holds), so its key is a <see cref="FramedHash"/> of the format and of <em>every</em> property
/// of the channel (its key version, <see cref="FeedMapping.ForKeys"/>: each item's HTML stood in for by its Markdown's
/// SHA-256), each item by the hash of every property of <see cref="FeedItem"/> and its people. <c>FeedKeysTests</c> pins
/// the property lists, so a property added to the feed model fails until it is hashed here. An item is one article's, the
/// same instance in every feed that carries it (<see cref="FeedMapping.Item"/>), so its hash is made once per build
/// instead of serialising it again into every feed (a site's ~220 feeds carry ~11,000 items of 5,000 articles).
/// Thread-safe.
/// </summary>
internal sealed class FeedKeys(int expectedItems)
{
    private const string Scheme = "feed-channel/1";

    private readonly ConcurrentDictionary<FeedItem, byte[]> _items =
        new(PerCore.ConcurrencyLevel, Math.Max(31, expectedItems + expectedItems / 8), ReferenceEqualityComparer.Instance);

    public byte[] Of(FeedFormat format, FeedChannel channel)
    {
        var h = new FramedHash();
        h.Add(Scheme);
        h.Add((long)format);
        h.Add(channel.Title);
        h.Add(channel.Description);
        h.Add(channel.HomePageUrl);
        h.Add(channel.FeedUrl);
        h.Add(channel.Language);
        AddTime(h, channel.Updated);
        h.Add(channel.Copyright);
        h.Add(channel.IconUrl);
        h.Add(channel.Items.Count);
        foreach (var item in channel.Items) h.Add(_items.GetOrAdd(item, ItemHash));
        return h.Finish();
    }

    /// <summary>Every property of the item (pinned by <c>FeedKeysTests</c>).</summary>
    internal static byte[] ItemHash(FeedItem item)
    {
        var h = new FramedHash();
        h.Add(item.Id);
        h.Add(item.Title);
        h.Add(item.Url);
        AddTime(h, item.Published);
        AddTime(h, item.Updated);
        h.Add(item.Summary);
        h.Add(item.ContentHtml);
        h.Add(item.Authors.Count);
        foreach (var person in item.Authors)
        {
            h.Add(person.Name);
            h.Add(person.Url);
        }
        h.Add(item.Categories.Count);
        foreach (var category in item.Categories) h.Add(category);
        return h.Finish();
    }

    /// <summary>The instant and the offset it was written with (both reach the feed's text).</summary>
    private static void AddTime(FramedHash h, DateTimeOffset? time)
    {
        h.Add(time is not null);
        if (time is not { } t) return;
        h.Add(t.UtcTicks);
        h.Add((long)t.Offset.TotalMinutes);
    }
}
