using Publisher.Core.Build.Checks;
using Publisher.Core.Build.Sitemap;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Feeds;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// The files beside the pages: feeds (RSS, Atom and JSON Feed for the site; RSS per tag and per author),
/// sitemap.xml and robots.txt.
/// </summary>
public static class SiteExtras
{
    /// <summary>Writes the extras into <paramref name="output"/> and returns how many feed files it wrote.</summary>
    /// <param name="pages">The site's pages (<see cref="PageFactory.Plan"/>), for the sitemap.</param>
    /// <param name="catalogue">Records every file written, for the link check.</param>
    public static int Write(Site site, Permalinks permalinks, FeedMapping mapping, IEnumerable<PagePlan> pages, OutputFolder output, OutputCatalogue catalogue)
    {
        void Write(string url, string text)
        {
            var path = Permalinks.OutputPath(url);
            output.Write(path, text);
            catalogue.Written(path, text);
        }

        // Each feed is its own file and its channel reads only the immutable site: they build in parallel.
        var feeds = PageKinds.Feeds(site);
        Parallel.ForEach(feeds, PerCore.Options, feed => Write(feed.Url, WriterFor(feed.Format)(feed.Channel(mapping))));

        var sitemap = SitemapWriter.Write(pages
            .Where(page => page.Kind.InSitemap)
            .Select(page => new SitemapEntry(permalinks.Absolute(page.Url), page.LastModified)));
        Write(Permalinks.Sitemap, sitemap);
        Write(Permalinks.Robots, RobotsTxt.Write(permalinks.Absolute(Permalinks.Sitemap)));
        return feeds.Count;
    }

    private static Func<FeedChannel, string> WriterFor(FeedFormat format) => format switch
    {
        FeedFormat.Atom => AtomFeedWriter.Write,
        FeedFormat.Json => JsonFeedWriter.Write,
        _ => RssFeedWriter.Write,
    };
}
