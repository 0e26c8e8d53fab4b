using System.Globalization;
using Publisher.Core.Feeds;

namespace Publisher.Core.Build.Sitemap;

/// <summary>A sitemaps.org 0.9 sitemap, sorted by URL (ordinal) so the file only changes when the site does.</summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// The render cache's key of the sitemap <see cref="Write"/> makes of <paramref name="entries"/>: every entry's URL and
    /// date, in order (the file is a pure function of them; the code is in the cache's build key).
    /// </summary>
    internal static byte[] KeyOf(IReadOnlyList<SitemapEntry> entries)
    {
        var hash = new FramedHash();
        hash.Add("sitemap/1");
        hash.Add(entries.Count);
        foreach (var entry in entries)
        {
            hash.Add(entry.Url);
            hash.Add(entry.LastModified is { } date ? date.DayNumber : -1);
        }
        return hash.Finish();
    }

    /// <summary>
    /// Writes one <c>url</c> per distinct URL; if a URL is listed twice, its latest date wins.
    /// </summary>
    public static string Write(IEnumerable<SitemapEntry> entries)
    {
        var pages = entries
            .GroupBy(e => e.Url, StringComparer.Ordinal)
            .Select(g => new SitemapEntry(g.Key, g.Max(e => e.LastModified)))
            .OrderBy(e => e.Url, StringComparer.Ordinal)
            .ToList();

        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", FeedText.Clean(page.Url));
                if (page.LastModified is { } date)
                    xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }
}
