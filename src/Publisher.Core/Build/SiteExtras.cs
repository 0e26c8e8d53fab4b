using Publisher.Core.Build.Checks;
using Publisher.Core.Build.Sitemap;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Feeds;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// The files beside the pages: feeds (RSS, Atom and JSON Feed for the site; RSS per tag and per author),
/// sitemap.xml and robots.txt; then the output link check over the finished staging tree.
/// </summary>
public static class SiteExtras
{
    /// <summary>Writes the extras into <paramref name="outputDir"/> and returns how many feed files it wrote.</summary>
    /// <param name="pages">The site's pages (<see cref="PageFactory.Plan"/>), for the sitemap.</param>
    public static int Write(Site site, Permalinks permalinks, FeedMapping mapping, IEnumerable<PagePlan> pages, string outputDir)
    {
        // Each feed is its own file and its channel reads only the immutable site: they build in parallel.
        var feeds = PageKinds.Feeds(site);
        Parallel.ForEach(feeds, PerCore.Options, feed =>
            TextFile.Write(Path.Combine(outputDir, Permalinks.OutputPath(feed.Url)), WriterFor(feed.Format)(feed.Channel(mapping))));

        var sitemap = SitemapWriter.Write(pages
            .Where(page => page.Kind.InSitemap)
            .Select(page => new SitemapEntry(permalinks.Absolute(page.Url), page.LastModified)));
        TextFile.Write(Path.Combine(outputDir, Permalinks.OutputPath(Permalinks.Sitemap)), sitemap);
        TextFile.Write(Path.Combine(outputDir, Permalinks.OutputPath(Permalinks.Robots)), RobotsTxt.Write(permalinks.Absolute(Permalinks.Sitemap)));
        return feeds.Count;
    }

    /// <summary>Every internal reference in the output must resolve to a file (and fragment) in the output.</summary>
    /// <param name="omitted">Files left out on purpose (drafts), whose links were reported where they are written.</param>
    /// <param name="displayAs">The output folder as the editor named it, which diagnostics name instead of the staging folder.</param>
    public static void CheckLinks(string outputDir, string baseUrl, DiagnosticBag diagnostics, IReadOnlySet<string>? omitted = null, string? displayAs = null) =>
        diagnostics.AddRange(LinkChecker.Check(outputDir, baseUrl, omitted, displayAs));

    private static Func<FeedChannel, string> WriterFor(FeedFormat format) => format switch
    {
        FeedFormat.Atom => AtomFeedWriter.Write,
        FeedFormat.Json => JsonFeedWriter.Write,
        _ => RssFeedWriter.Write,
    };
}
