using System.Globalization;

namespace Publisher.Core.Feeds;

/// <summary>The two date formats feeds use, always in UTC and the invariant culture.</summary>
public static class FeedDates
{
    /// <summary>RFC 822 as RSS 2.0 wants it: <c>Fri, 19 Nov 2021 00:00:00 +0000</c>.</summary>
    public static string Rfc822(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0000";

    /// <summary>RFC 3339 as Atom and JSON Feed want it: <c>2021-11-19T00:00:00Z</c>.</summary>
    public static string Rfc3339(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// When the feed last changed: the channel's own date, else the newest item date. Never the wall clock,
    /// so rebuilding unchanged content changes nothing.
    /// </summary>
    public static DateTimeOffset? LastChanged(FeedChannel channel)
    {
        if (channel.Updated is { } updated) return updated;
        DateTimeOffset? newest = null;
        foreach (var item in channel.Items)
        {
            var date = item.Updated ?? item.Published;
            if (newest is null || date > newest) newest = date;
        }
        return newest;
    }
}
