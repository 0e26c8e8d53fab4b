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
    /// <param name="cache">The render cache: a feed whose key (<see cref="FeedKeys"/>) matches
    /// what the previous build wrote is kept as it is, and none of its articles is rendered for it. Null renders every feed.</param>
    /// <returns>How many feed files the site has (written or kept), and how many of them were kept.</returns>
    /// <param name="progress">Told when each step starts (feeds' keys, feeds, citations, sitemap), for the benchmark's phases.</param>
    /// <param name="edited">When the previous build's plan is reused (<see cref="PlanRecord"/>: nothing changed but these articles'
    /// bodies), the edited articles: a feed that carries none of them, every other article's citation and the sitemap are
    /// kept by their render-cache entries without being keyed, when the entries and files allow. Null: key everything.</param>
    /// <param name="layouts">Where each item sits in each feed file (<see cref="FeedLayouts"/>): with <paramref name="edited"/>, a feed
    /// carrying an edited article is made from its previous file with only the edited articles' items replaced, when that file is
    /// as the previous build left it; every feed written or kept is recorded in it for the next build. Null: every feed written whole.</param>
    public static (int Feeds, int Reused) Write(Site site, Permalinks permalinks, FeedMapping mapping, IEnumerable<PagePlan> pages, OutputFolder output, OutputCatalogue catalogue,
        RenderCache? cache = null, Action<string>? progress = null, IReadOnlySet<string>? edited = null)
        => Write(site, permalinks, mapping, pages, output, catalogue, cache, progress, edited, layouts: null);

    internal static (int Feeds, int Reused) Write(Site site, Permalinks permalinks, FeedMapping mapping, IEnumerable<PagePlan> pages, OutputFolder output, OutputCatalogue catalogue,
        RenderCache? cache, Action<string>? progress, IReadOnlySet<string>? edited, FeedLayouts? layouts)
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
        var feedKeys = new FeedKeys(site.Articles.Count);
        var carriesEdited = cache is null || edited is null ? null : mapping.Carrying(edited);
        var reused = 0;
        // First the feeds the previous build left as they would be now (kept, none of their articles rendered) …
        var toWrite = new (FeedEntry Feed, byte[]? Key)?[feeds.Count];
        Parallel.For(0, feeds.Count, PerCore.Options, i =>
        {
            var feed = feeds[i];
            var path = Permalinks.OutputPath(feed.Url);
            if (carriesEdited is not null && !carriesEdited(feed.Channel) && cache!.TryKeepAsBefore(path, output, catalogue))
            {
                Interlocked.Increment(ref reused);
                layouts?.Kept(path);
                return;
            }
            var key = keys is null ? null : feedKeys.Of(feed.Format, feed.Channel(keys));
            if (key is not null && cache!.TryKeep(path, key, output, catalogue))
            {
                Interlocked.Increment(ref reused);
                layouts?.Kept(path);
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
        // With the plan reused, a feed carrying an edited article is its previous file with that article's item replaced.
        var splicing = edited is not null && keys is not null && layouts is not null ? new FeedSplicing(mapping.Only(edited, keys), edited.Select(slug => mapping.ItemId(site.ArticleBySlug[slug])).ToHashSet(StringComparer.Ordinal)) : null;
        Parallel.ForEach(writing, PerCore.Options, () => new MemoryStream(), (w, _, buffer) =>
        {
            var path = Permalinks.OutputPath(w.Feed.Url);
            ReadOnlySpan<byte> bytes;
            if (splicing?.TryMake(w.Feed, layouts!.Previous(path), cache!.LengthAsLeft(path), Path.Combine(output.Target, path), buffer) is { } made)
            {
                bytes = made.Bytes;
                layouts.Spliced(path, made.Layout);
            }
            else
            {
                buffer.SetLength(0);
                var spans = layouts is null ? null : new List<FeedItemSpan>();
                var channel = w.Feed.Channel(mapping);
                WriterFor(w.Feed.Format)(channel, buffer, spans);
                bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
                layouts?.Wrote(path, new FeedLayouts.Layout(bytes.Length, channel.Items.Select(item => item.Id).ToArray(), spans!.ToArray()));
            }
            output.Write(path, bytes);
            var scan = catalogue.Written(path, TextFile.Utf8NoBom.GetString(bytes));
            if (w.Key is not null) cache!.Rendered(path, w.Key, scan);
            return buffer;
        }, buffer => buffer.Dispose());

        progress?.Invoke("Writing citations");
        // Citations: two small files per article, each a pure function of its citation (and the code, in the render cache's
        // build key). Keyed on the citation's fields: one the previous build wrote for the same fields and left untouched is
        // kept, neither made nor read; any other is made and written only when its bytes change (OutputFolder).
        Parallel.ForEach(site.Articles, PerCore.Options, article =>
        {
            var asBefore = edited is not null && !edited.Contains(article.Slug);
            Citation? citation = null;
            WriteCitation(Permalinks.ArticleBibTeX(article.Slug), "bib", BibTeX.Write);
            WriteCitation(Permalinks.ArticleRis(article.Slug), "ris", Ris.Write);

            void WriteCitation(string url, string format, Func<Citation, string> make)
            {
                if (asBefore && cache!.TryKeepAsBefore(Permalinks.OutputPath(url), output, catalogue)) return;
                Make(url, format, citation ??= Citation.For(article, site, permalinks), make);
            }
        });

        void Make(string url, string format, Citation citation, Func<Citation, string> make)
        {
            if (cache is null)
            {
                Write(url, make(citation));
                return;
            }
            var path = Permalinks.OutputPath(url);
            var key = KeyOf(format, citation);
            if (cache.TryKeep(path, key, output, catalogue)) return;
            cache.Rendered(path, key, Write(url, make(citation)));
        }

        progress?.Invoke("Writing the sitemap");
        // A pure function of its entries (and the code): keyed on them, one the previous build wrote for the same entries
        // and left untouched is kept, neither made nor read (its stored scan goes to the link check).
        var entries = pages
            .Where(page => page.Kind.InSitemap)
            .Select(page => new SitemapEntry(permalinks.Absolute(page.Url), page.LastModified))
            .ToList();
        var sitemapPath = Permalinks.OutputPath(Permalinks.Sitemap);
        if (cache is not null && edited is not null && cache.TryKeepAsBefore(sitemapPath, output, catalogue))
        {
            Write(Permalinks.Robots, RobotsTxt.Write(permalinks.Absolute(Permalinks.Sitemap)));
            return (feeds.Count, reused);
        }
        var sitemapKey = cache is null ? null : SitemapWriter.KeyOf(entries);
        if (sitemapKey is null || !cache!.TryKeep(sitemapPath, sitemapKey, output, catalogue))
        {
            var scan = Write(Permalinks.Sitemap, SitemapWriter.Write(entries));
            if (sitemapKey is not null) cache!.Rendered(sitemapPath, sitemapKey, scan);
        }
        Write(Permalinks.Robots, RobotsTxt.Write(permalinks.Absolute(Permalinks.Sitemap)));
        return (feeds.Count, reused);
    }

    /// <summary>
    /// A citation file's render-cache key: its format and every field of the citation (the file is a pure function of
    /// these and the code). <c>SiteExtrasTests</c> pins the fields, so a new one fails until it is hashed here.
    /// </summary>
    internal static byte[] KeyOf(string format, Citation citation)
    {
        var hash = new FramedHash();
        hash.Add("citation");
        hash.Add(format);
        hash.Add(citation.Key);
        hash.Add(citation.Authors.Count);
        foreach (var author in citation.Authors) hash.Add(author);
        hash.Add(citation.Title);
        hash.Add(citation.Publication);
        hash.Optional(citation.Volume);
        hash.Optional(citation.Issue);
        hash.Add(citation.Date.DayNumber);
        hash.Add(citation.Url);
        return hash.Finish();
    }

    internal static Action<FeedChannel, MemoryStream, List<FeedItemSpan>?> WriterFor(FeedFormat format) => format switch
    {
        FeedFormat.Atom => AtomFeedWriter.WriteTo,
        FeedFormat.Json => JsonFeedWriter.WriteTo,
        _ => RssFeedWriter.WriteTo,
    };
}
