using Publisher.Core.Build.Checks;
using Publisher.Core.Build.Reading;
using Publisher.Core.Build.Sitemap;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Feeds;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// The files beside the pages: feeds (RSS, Atom and JSON Feed for the site; RSS per tag and per author),
/// each article's citation (<c>cite.bib</c>, <c>cite.ris</c> beside its page), sitemap.xml and robots.txt.
/// </summary>
public static class SiteExtras
{
    /// <summary>Writes the extras into <paramref name="output"/>.</summary>
    /// <param name="pages">The site's pages (<see cref="PageFactory.Plan"/>), for the sitemap.</param>
    /// <param name="catalogue">Records every file written, for the link check.</param>
    /// <param name="cache">The render cache: a feed whose key (<see cref="RenderCache.KeyOf(FeedFormat, FeedChannel)"/>) matches
    /// what the previous build wrote is kept as it is, and none of its articles is rendered for it. Null renders every feed.</param>
    /// <returns>How many feed files the site has (written or kept), and how many of them were kept.</returns>
    /// <param name="progress">Told when each step starts (feeds' keys, feeds, citations, sitemap), for the benchmark's phases.</param>
    public static (int Feeds, int Reused) Write(Site site, Permalinks permalinks, FeedMapping mapping, IEnumerable<PagePlan> pages, OutputFolder output, OutputCatalogue catalogue,
        RenderCache? cache = null, Action<string>? progress = null)
    {
        PageScan? Write(string url, string text)
        {
            var path = Permalinks.OutputPath(url);
            output.Write(path, text);
            return catalogue.Written(path, text);
        }

        // Each feed is its own file and its channel reads only the immutable site: they build in parallel.
        var feeds = PageKinds.Feeds(site);
        var keys = cache is null ? null : mapping.ForKeys();
        var reused = 0;
        // First the feeds the previous build left as they would be now (kept, none of their articles rendered) …
        var toWrite = new (FeedEntry Feed, byte[]? Key)?[feeds.Count];
        Parallel.For(0, feeds.Count, PerCore.Options, i =>
        {
            var feed = feeds[i];
            var path = Permalinks.OutputPath(feed.Url);
            var key = keys is null ? null : RenderCache.KeyOf(feed.Format, feed.Channel(keys));
            if (key is not null && cache!.TryReuse(path, key, out var scanned))
            {
                output.Keep(path);
                catalogue.Reused(path, scanned);
                Interlocked.Increment(ref reused);
                return;
            }
            toWrite[i] = (feed, key);
        });
        // … then the rest, each article's HTML let go once the last of them that carries it is made.
        progress?.Invoke($"Writing feeds: {feeds.Count - reused} of {feeds.Count} not kept");
        var writing = toWrite.OfType<(FeedEntry Feed, byte[]? Key)>().ToList();
        mapping.ExpectItems(writing.Select(w => w.Feed.Channel));
        // Each thread writes its feeds into one buffer it reuses (a feed is megabytes: a fresh, growing stream per feed
        // and a byte copy of its text were most of what the phase allocated); the text is decoded once, for the link scan.
        Parallel.ForEach(writing, PerCore.Options, () => new MemoryStream(), (w, _, buffer) =>
        {
            buffer.SetLength(0);
            WriterFor(w.Feed.Format)(w.Feed.Channel(mapping), buffer);
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            var path = Permalinks.OutputPath(w.Feed.Url);
            output.Write(path, bytes);
            var scan = catalogue.Written(path, TextFile.Utf8NoBom.GetString(bytes));
            if (w.Key is not null) cache!.Rendered(path, w.Key, scan);
            return buffer;
        }, buffer => buffer.Dispose());

        progress?.Invoke("Writing citations");
        // Citations are small and cheap: made every build, written only when their bytes change (OutputFolder).
        Parallel.ForEach(site.Articles, PerCore.Options, article =>
        {
            var citation = Citation.For(article, site, permalinks);
            Write(Permalinks.ArticleBibTeX(article.Slug), BibTeX.Write(citation));
            Write(Permalinks.ArticleRis(article.Slug), Ris.Write(citation));
        });

        progress?.Invoke("Writing the sitemap");
        var sitemap = SitemapWriter.Write(pages
            .Where(page => page.Kind.InSitemap)
            .Select(page => new SitemapEntry(permalinks.Absolute(page.Url), page.LastModified)));
        Write(Permalinks.Sitemap, sitemap);
        Write(Permalinks.Robots, RobotsTxt.Write(permalinks.Absolute(Permalinks.Sitemap)));
        return (feeds.Count, reused);
    }

    private static Action<FeedChannel, MemoryStream> WriterFor(FeedFormat format) => format switch
    {
        FeedFormat.Atom => AtomFeedWriter.WriteTo,
        FeedFormat.Json => JsonFeedWriter.WriteTo,
        _ => RssFeedWriter.WriteTo,
    };
}
