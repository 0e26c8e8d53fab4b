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
    public static int Write(Site site, Permalinks permalinks, FeedMapping mapping, IEnumerable<string> pageUrls, string outputDir)
    {
        // Each feed is its own file and its channel reads only the immutable site: they build in parallel.
        var channels = SiteBuilder.FeedChannels(site, mapping);
        Parallel.ForEach(channels, PerCore.Options, feed =>
            TextFile.Write(Path.Combine(outputDir, Permalinks.OutputPath(feed.Url)), WriterFor(feed.Url)(feed.Channel())));
        var feeds = channels.Count;

        var lastModified = LastModifiedByUrl(site);
        var sitemap = SitemapWriter.Write(pageUrls
            .Where(url => url != Permalinks.NotFound)
            .Select(url => new SitemapEntry(permalinks.Absolute(url), lastModified.GetValueOrDefault(url))));
        TextFile.Write(Path.Combine(outputDir, Permalinks.OutputPath(Permalinks.Sitemap)), sitemap);
        TextFile.Write(Path.Combine(outputDir, Permalinks.OutputPath(Permalinks.Robots)), RobotsTxt.Write(permalinks.Absolute(Permalinks.Sitemap)));
        return feeds;
    }

    /// <summary>Every internal reference in the output must resolve to a file (and fragment) in the output.</summary>
    public static void CheckLinks(string outputDir, string baseUrl, DiagnosticBag diagnostics) =>
        diagnostics.AddRange(LinkChecker.Check(outputDir, baseUrl));

    private static Func<FeedChannel, string> WriterFor(string url) => Path.GetFileName(url) switch
    {
        "atom.xml" => AtomFeedWriter.Write,
        "feed.json" => JsonFeedWriter.Write,
        _ => RssFeedWriter.Write,
    };

    /// <summary>An article page changes with its article, an issue page with its issue; lists have no single date.</summary>
    private static Dictionary<string, DateOnly?> LastModifiedByUrl(Site site)
    {
        var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var article in site.Articles) dates[Permalinks.Article(article.Slug)] = article.Date;
        foreach (var issue in site.Issues) dates[Permalinks.Issue(issue.Key)] = issue.Date;
        return dates;
    }
}
