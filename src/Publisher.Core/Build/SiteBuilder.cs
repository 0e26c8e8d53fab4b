using System.Collections.Concurrent;
using System.Diagnostics;
using Publisher.Core.Build.Checks;
using Publisher.Core.Build.Search;
using Publisher.Core.Build.Views;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Feeds;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

public sealed record BuildOptions
{
    public string InputDir { get; init; } = "input";
    public string ThemeDir { get; init; } = "theme";
    public string OutputDir { get; init; } = "output";

    /// <summary>Overrides site.yml's base_url (e.g. for a staging server).</summary>
    public string? BaseUrl { get; init; }

    /// <summary><c>--strict</c>: warnings count as errors (they are reported as errors and fail the run).</summary>
    public bool Strict { get; init; }

    /// <summary><c>--drafts</c>: articles with <c>draft: true</c> are built (marked as drafts, not indexed); otherwise left out.</summary>
    public bool Drafts { get; init; }

    /// <summary><c>--clean</c>: ignore the render cache and the search term counts, render every page and count every article (both are still written for the next build).</summary>
    public bool Clean { get; init; }

    /// <summary>Where the render cache lives; null: <c>.publisher-cache/</c> beside the input folder.</summary>
    public string? CacheDir { get; init; }
}

/// <param name="Pages">HTML pages written.</param>
/// <param name="Feeds">Feed files written.</param>
public sealed record BuildResult(bool Succeeded, int Pages, int Feeds, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What the build changed against the previous output (null when it wrote nothing: failed or check).</summary>
    public OutputChanges? Changes { get; init; }

    /// <summary>Pages (of <see cref="Pages"/>) not rendered because the render cache showed their file already holds what they would render.</summary>
    public int Reused { get; init; }

    /// <summary>Feeds (of <see cref="Feeds"/>) not written because the render cache showed their file already holds what they would hold.</summary>
    public int ReusedFeeds { get; init; }

    /// <summary>Articles whose search terms were not counted again: the previous build's counts were in the cache (Search/SearchCountCache.cs).</summary>
    public int ReusedSearchCounts { get; init; }

    /// <summary>Articles' search text files (<c>search/x/</c>) kept as the previous build wrote them, neither made nor read (the render cache showed them untouched).</summary>
    public int ReusedSearchTexts { get; init; }

    /// <summary>Articles whose Markdown was not parsed again: the previous build's parse of the same body was in the cache (ParsedBodyCache.cs).</summary>
    public int ReusedBodies { get; init; }

    /// <summary>Articles the name-variants lint did not scan again: the previous build's uses of the same text were in the cache (NameUseCache.cs).</summary>
    public int ReusedNames { get; init; }

    /// <summary>Article files not parsed or linted again: the previous build read the same bytes at the same path (InputManifest.cs).</summary>
    public int ReusedInputs { get; init; }

    /// <summary>
    /// Articles edited since the previous build when its plan was reused (<see cref="PlanRecord"/>: the site's structure
    /// unchanged, so of the pages, feeds and citations only their own pages and citations and the feeds carrying them were
    /// keyed); null when the full plan was made.
    /// </summary>
    public int? EditedWithPlanReused { get; init; }

    /// <summary>
    /// The input, theme, settings and output were as the previous build recorded them (<see cref="NoChangeRecord"/>): its
    /// result was returned without reading any cache or file (the other counts of reuse are then 0: nothing was looked at).
    /// </summary>
    public bool NothingChanged { get; init; }

    /// <summary>
    /// Feeds (of those written) made from their previous files with only the edited articles' items replaced
    /// (<see cref="FeedLayouts"/>: the plan reused, the file as the previous build left it).
    /// </summary>
    public int SplicedFeeds { get; init; }

    /// <summary>Of <see cref="ReusedInputs"/>, files not even read: their length and time were what the manifest recorded, and settled (InputManifest.cs).</summary>
    public int UnreadInputs { get; init; }
}

/// <summary>
/// <c>publisher build</c>: input/ + theme/ → output/. Loads the site, parses every article once (in
/// parallel), checks internal links, renders every page through the theme (in parallel), writes into a staging folder
/// only the files whose bytes changed, copies the theme's assets and moves the changes in only when nothing failed.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, Action<string>? progress = null) => Run(options, progress, write: true, options.OutputDir);

    /// <summary>
    /// <c>publisher check</c>: everything <see cref="Build"/> validates (content, config, theme, rendering, links of
    /// the rendered pages), rendered into a temporary folder that is then deleted; the output folder is not touched.
    /// </summary>
    public static BuildResult Check(BuildOptions options, Action<string>? progress = null)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "publisher-check-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            // Messages name the output folder a build would write, never the temporary one (deleted when check ends).
            return Run(options with { OutputDir = Path.Combine(scratch, "output") }, progress, write: false, options.OutputDir);
        }
        finally
        {
            try
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover folder in the system's temp folder is harmless.
            }
        }
    }

    private static string CacheFolder(BuildOptions options) => options.CacheDir ?? RenderCache.DefaultFolder(options.InputDir);

    /// <param name="write">False: validate only; the staged site is abandoned whatever the result.</param>
    /// <param name="displayOutput">The output folder as the editor named it: output-check messages name it, not the staging folder.</param>
    private static BuildResult Run(BuildOptions options, Action<string>? progress, bool write, string displayOutput)
    {
        // A build that finds its input, theme, settings and output as the previous build recorded them stops here, before
        // any cache is read; a check validates everything, and a clean build renders everything (NoChangeRecord.cs).
        var restsOn = write && Directory.Exists(options.InputDir) ? NoChangeRecord.Take(options, CacheFolder(options), Lint.ArticleLint.Today()) : null;
        if (restsOn is not null && !options.Clean && NoChangeRecord.TryReplay(CacheFolder(options), options.OutputDir, restsOn) is { } unchanged)
        {
            progress?.Invoke("Nothing changed since the previous build (input, theme, settings and output as it recorded them): its result is this build's");
            return unchanged;
        }
        var diagnostics = new DiagnosticBag();
        ParsedBodyCache? parsedBodies = null;
        // A check parses, renders and counts everything: it must validate every page, and it must not disturb the next build's caches.
        // No input folder (or an empty name): the loader reports it, and there is no folder to put a cache beside.
        var names = write && Directory.Exists(options.InputDir) ? NameUseCache.Open(CacheFolder(options), options.Clean) : null;
        var inputs = write && Directory.Exists(options.InputDir) ? InputManifest.Open(CacheFolder(options), options.Clean) : null;
        // Every input file besides the articles, for the plan record's digest (PlanRecord.cs).
        var otherInputs = inputs is null ? null : new FramedHash();
        BuildResult Failed(DiagnosticBag bag)
        {
            parsedBodies?.Abandon();
            names?.Abandon();
            inputs?.Abandon();
            return FailedResult(bag, options.Strict);
        }
        // Up to the output: a body the input manifest deferred can be read here (name uses, parsing) and fail the build.
        Site? site;
        string cacheDir;
        Permalinks permalinks;
        IReadOnlyDictionary<string, ParsedBody> bodies;
        int reusedBodies;
        PageFactory factory;
        IReadOnlyList<PagePlan> pages;
        Theme theme;
        try
        {
            progress?.Invoke("Reading input");
            site = SiteLoader.Load(options.InputDir, diagnostics, options.BaseUrl, options.Drafts, names, inputs, otherInputs);
            if (site is null) return Failed(diagnostics);
            // After the loader: an input folder it reported missing or unnamed has no cache folder beside it.
            cacheDir = CacheFolder(options);
            if (inputs is not null) progress?.Invoke($"Read {inputs.Reused} article files as the previous build did (input manifest), {inputs.Unread} of them unread (length and time unchanged)");
            if (names is not null) progress?.Invoke($"Read the names of {names.Reused} articles from the cache");

            permalinks = new Permalinks(site.Config.BaseUrl);
            parsedBodies = write ? ParsedBodyCache.Open(cacheDir, options.Clean) : null;
            progress?.Invoke("Parsing articles");
            (bodies, reusedBodies) = ParseBodies(site, parsedBodies);
            progress?.Invoke($"Parsed {site.Articles.Count - reusedBodies} articles, {reusedBodies} from the cache");
            progress?.Invoke("Checking article links");
            diagnostics.AddRange(PageKinds.Collisions(site));
            CheckInternalLinks(site, bodies, diagnostics);

            progress?.Invoke("Loading theme");
            factory = new PageFactory(site, permalinks, bodies);
            pages = factory.Plan();
            // Every kind's layout, not only those with pages this time: a kind without a layout is an error in every build.
            theme = Theme.Load(options.ThemeDir, PageKinds.All.Select(k => k.Layout).Distinct(StringComparer.Ordinal), diagnostics);
            if (diagnostics.HasErrors) return Failed(diagnostics);
        }
        catch (Exception e) when (ChangedInput(e) is { } changed)
        {
            diagnostics.Add(ChangedError(changed));
            return Failed(diagnostics);
        }

        var output = OutputFolder.Begin(options.OutputDir, diagnostics);
        if (output is null) return Failed(diagnostics);

        var written = 0;
        var reused = 0;
        var feeds = 0;
        var reusedFeeds = 0;
        // What is written, and the links in it, recorded as it is written: the link check reads nothing back.
        var catalogue = new OutputCatalogue(output.Staging, site.Config.BaseUrl, displayOutput);
        if (write) progress?.Invoke("Loading the render cache");
        // Released on every way out, a failure's too (a successful save releases it first).
        using var cache = write
            ? RenderCache.Open(cacheDir, options.ThemeDir, site.Config.BaseUrl, options.OutputDir, catalogue.DisplayRoot, options.Clean, diagnostics)
            : null;
        if (cache is { PreviousCount: > 0 and var expected })
        {
            output.Expect(expected);
            catalogue.Expect(expected);
        }
        // The output as the previous build left it (every folder's time as recorded): its files are neither looked at one by one nor walked.
        var stamp = cache is { FileAsRead: { } asRead, PreviousFiles: not null } ? OutputStamp.Read(cacheDir, options.OutputDir, asRead) : null;
        if (stamp is not null)
        {
            cache!.TrustOutput(stamp);
            progress?.Invoke($"Output record read: {stamp.ChangedFolders} folders changed since the previous build (only their files are looked at)");
        }
        // The previous build's plan, reused when only articles' bodies changed: their own pages and the feeds carrying them are
        // keyed; every other page, feed and citation, and the sitemap, keep their entries' keys (PlanRecord.cs).
        var (nextPlan, edited) = inputs is null || cache is null ? (null, null)
            : PlanRecord.Of(site, otherInputs!.Finish(), article => inputs.KeyOfFile(article.SourcePath), factory.PlacementOf,
                cache.FileAsRead is { } renderRead ? PlanRecord.Read(cacheDir, renderRead) : null);
        Func<PagePlan, bool>? keptAsBefore = null;
        if (edited is not null)
        {
            var editedPages = edited.Select(Permalinks.Article).ToHashSet(StringComparer.Ordinal);
            keptAsBefore = plan => !editedPages.Contains(plan.Url);
            progress?.Invoke($"Plan record read: {edited.Count} articles edited, the site's structure as the previous build's (the other pages keep their keys)");
        }
        // Where each item sits in each feed the previous build left: a feed carrying an edited article is made from its file (FeedLayouts.cs).
        var layouts = cache is null ? null : cache.FileAsRead is { } layoutsBeside ? FeedLayouts.Read(cacheDir, layoutsBeside) : FeedLayouts.Empty();
        var searchCounts = write ? SearchCountCache.Open(cacheDir, options.Clean) : null;
        var reusedCounts = 0;
        var reusedTexts = 0;
        try
        {
            // The index first, so the plain texts it reads are let go before the pages and feeds are made.
            progress?.Invoke("Writing the search index");
            var indexed = WriteSearchIndex(site, bodies, output, catalogue, searchCounts, cache);
            reusedCounts = indexed.Reused;
            reusedTexts = indexed.KeptTexts;
            progress?.Invoke($"Indexed {site.Articles.Count} articles, the terms of {reusedCounts} counted by an earlier build (steps' wall and CPU time: {indexed})");

            progress?.Invoke($"Rendering {pages.Count} pages");
            (written, reused) = RenderPages(pages, theme, output, catalogue, cache, keptAsBefore, diagnostics, progress);
            progress?.Invoke("Copying assets");
            CopyAssets(theme.AssetsDir, output, catalogue, diagnostics);

            progress?.Invoke("Writing feeds: their keys");
            // An article appears in several feeds (site, its tags, its authors): the mapping renders its HTML once for all of them.
            var mapping = new FeedMapping(site, permalinks, a => HtmlUrls.MakeAbsolute(
                ArticleMarkdown.Render(bodies[a.Slug], LinkContext.AbsoluteFor(permalinks)), permalinks.Absolute(Permalinks.Article(a.Slug))), factory.SummaryOf);
            (feeds, reusedFeeds) = SiteExtras.Write(site, permalinks, mapping, pages, output, catalogue, cache, progress, edited, layouts);
            progress?.Invoke($"Wrote {feeds - reusedFeeds} feeds ({layouts?.SplicedCount ?? 0} of them made from their previous files, only the edited articles' items replaced), {reusedFeeds} from the cache");
            // Pages a template failed on are missing: checking links to them would only repeat that failure.
            if (!diagnostics.HasErrors)
            {
                progress?.Invoke("Checking links");
                var links = catalogue.CheckLinks(OmittedDraftFiles(site), cache?.PreviousLinkState());
                diagnostics.AddRange(links.Diagnostics);
                cache?.CheckedLinksIn(links.State);
                progress?.Invoke(links.OnlyMade
                    ? $"Checked the links of {links.Checked} files made this build (the rest checked by an earlier build; since, files and anchors were only added)"
                    : $"Checked the links of {links.Checked} files");
            }
        }
        catch (Exception e) when (ChangedInput(e) is { } changed)
        {
            // A deferred body read for the search text, a page or a feed (InputManifest.TryUnchanged): the file changed meanwhile.
            diagnostics.Add(ChangedError(changed));
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            // Pages and feeds are written in parallel, which wraps the file system's exception.
            var cause = e is AggregateException all ? all.Flatten().InnerExceptions.MinBy(inner => inner.Message, StringComparer.Ordinal)! : e;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot write the site: {cause.Message}"));
        }

        if (options.Strict) diagnostics.PromoteWarnings();
        if (diagnostics.HasErrors || !write)
        {
            output.Abandon();
            searchCounts?.Abandon();
            parsedBodies?.Abandon();
            names?.Abandon();
            inputs?.Abandon();
            return diagnostics.HasErrors ? Failed(diagnostics) : new BuildResult(true, written, feeds, diagnostics.Sorted());
        }
        progress?.Invoke("Updating the previous site");
        // The record goes before the output changes; it is written again only once the render cache is saved.
        var records = new[] { OutputStamp.PathIn(cacheDir), PlanRecord.PathIn(cacheDir), FeedLayouts.PathIn(cacheDir), NoChangeRecord.PathIn(cacheDir) };
        if (records.FirstOrDefault(record => !CacheFileFormat.DeleteIfPresent(record)) is { } kept)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputFailed,
                $"cannot delete '{kept.Replace('\\', '/')}' before updating the output folder; make the cache folder writable or delete it"));
            output.Abandon();
            searchCounts?.Abandon();
            return Failed(diagnostics);
        }
        if (output.Commit(diagnostics, stamp?.Files(options.OutputDir, cache!.PreviousFiles!)) is not { } changes)
        {
            searchCounts?.Abandon();
            return Failed(diagnostics);
        }
        progress?.Invoke("Saving the render cache");
        if (cache?.Save(diagnostics) is { } saved)
        {
            progress?.Invoke($"Saved the render cache: {saved}");
            OutputStamp.Write(cacheDir, options.OutputDir, cache.FilePath, changes, stamp);
            nextPlan?.Write(cacheDir, cache.FilePath);
            layouts?.Write(cacheDir, cache.FilePath);
        }
        progress?.Invoke("Saving the other caches");
        searchCounts?.Save();
        parsedBodies?.Save();
        names?.Save();
        inputs?.Save();
        var result = new BuildResult(true, written, feeds, diagnostics.Sorted())
        {
            Changes = changes, Reused = reused, ReusedFeeds = reusedFeeds, ReusedSearchCounts = reusedCounts, ReusedSearchTexts = reusedTexts, ReusedBodies = reusedBodies, ReusedNames = names?.Reused ?? 0,
            ReusedInputs = inputs?.Reused ?? 0, UnreadInputs = inputs?.Unread ?? 0, EditedWithPlanReused = edited?.Count, SplicedFeeds = layouts?.SplicedCount ?? 0,
        };
        // Last, once every cache is saved: the record vouches for all of them.
        if (restsOn is not null && cache is not null) NoChangeRecord.Write(cacheDir, restsOn, result, changes, cache.FilePath);
        return result;
    }

    /// <summary>
    /// Builds, renders and writes every page in parallel. Page models read only the immutable site;
    /// parsed templates are shared and each worker thread renders in its own context
    /// (Theme.Load parses every template first); each page goes to its own file and diagnostics are
    /// sorted when read, so the output and the report do not depend on which thread finished first.
    /// </summary>
    /// <param name="keptAsBefore">True for a page whose key is the previous build's (<see cref="PlanRecord"/>: every page but an edited article's own, the only kind whose model reads an article's body beyond its card): kept by its render-cache entry without computing its key, when the entry and file allow.</param>
    private static (int Written, int Reused) RenderPages(IReadOnlyList<PagePlan> pages, Theme theme, OutputFolder output, OutputCatalogue catalogue, RenderCache? cache,
        Func<PagePlan, bool>? keptAsBefore, DiagnosticBag diagnostics, Action<string>? progress)
    {
        var written = 0;
        var reused = 0;
        var done = 0;
        // About twenty progress reports over the phase, whatever its size.
        var step = Math.Max(100, pages.Count / 20);
        // Where the time goes, summed over threads: the cache's keys (building key models and hashing them), building the models of pages to render, rendering.
        long modelTicks = 0, keyTicks = 0, renderTicks = 0;
        Parallel.ForEach(pages, PerCore.Options, plan =>
        {
            var started = Stopwatch.GetTimestamp();
            // Keyed on the key model (Markdown's source standing in for its HTML): an unchanged page renders no Markdown.
            // A page that renders no Markdown is keyed on its model itself, and a key model can be finished into the model:
            // either way the model built for the key is not built again to render the page.
            // A page whose model's inputs are enumerated (articles, tags, authors, issues: PageInputKeys) is keyed on them and builds no model to be keyed.
            PageModel? keyModel = null;
            var keptByPlan = keptAsBefore?.Invoke(plan) == true && cache!.TryKeepAsBefore(plan.OutputPath, output, catalogue);
            var key = cache is null || keptByPlan ? null
                : plan.InputKey is { } inputKey ? inputKey()
                : RenderCache.KeyOf(keyModel = (plan.KeyModel ?? plan.Model)());
            var keyed = Stopwatch.GetTimestamp();
            Interlocked.Add(ref keyTicks, keyed - started);
            if (keptByPlan || key is not null && cache!.TryKeep(plan.OutputPath, key, output, catalogue))
            {
                Interlocked.Increment(ref reused);
            }
            else
            {
                var page = keyModel is null ? plan.Build()
                    : plan.KeyModel is null ? new PageToRender(plan.Url, plan.Layout, keyModel)
                    : plan.ModelFromKey is { } finish ? new PageToRender(plan.Url, plan.Layout, finish(keyModel))
                    : plan.Build();
                var rendering = Stopwatch.GetTimestamp();
                Interlocked.Add(ref modelTicks, rendering - keyed);
                var html = theme.Render(page);
                Interlocked.Add(ref renderTicks, Stopwatch.GetTimestamp() - rendering);
                if (html is null) return;
                output.Write(plan.OutputPath, html);
                var scan = catalogue.Written(plan.OutputPath, html);
                if (key is not null) cache!.Rendered(plan.OutputPath, key, scan);
            }
            Interlocked.Increment(ref written);
            if (progress is null) return;
            var n = Interlocked.Increment(ref done);
            if (n % step == 0) progress($"Rendering pages: {n}/{pages.Count}");
        });
        theme.ReportRenderFailures(diagnostics);
        static string Seconds(long ticks) => (ticks / (double)Stopwatch.Frequency).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        progress?.Invoke($"Rendered {pages.Count - reused} pages, {reused} from the cache (threads' time: models {Seconds(modelTicks)} s, cache keys {Seconds(keyTicks)} s, templates {Seconds(renderTicks)} s)");
        return (written, reused);
    }

    /// <summary>
    /// The search index (Search/SearchIndex.cs) under search/, beside the search page, written file by file as the
    /// index makes them (it is never held whole); only changed files are rewritten; an article whose search text is
    /// unchanged is not tokenised again (<see cref="SearchCountCache"/>), and its text file (<c>x/&lt;id&gt;</c>), when the
    /// render cache shows the previous build wrote it for the same id and count key and it is untouched since, is kept
    /// without being made or read (<see cref="RenderCache.KeyOfSearchText"/>). Then the bodies' plain texts go.
    /// </summary>
    private static SearchIndexSteps WriteSearchIndex(Site site, IReadOnlyDictionary<string, ParsedBody> bodies, OutputFolder output, OutputCatalogue catalogue,
        SearchCountCache? counts, RenderCache? cache)
    {
        long writeTicks = 0;
        var texts = cache is null ? null : new SearchTextReuse(
            (name, key) => cache.TryKeep(SearchIndex.Folder + name + ".js", RenderCache.KeyOfSearchText(key), output, catalogue),
            (name, key) => cache.Rendered(SearchIndex.Folder + name + ".js", RenderCache.KeyOfSearchText(key), null));
        var steps = SearchIndex.WriteUtf8(SearchDocuments.From(site, bodies), (name, script) =>
        {
            var started = Stopwatch.GetTimestamp();
            var path = SearchIndex.Folder + name + ".js";
            output.Write(path, script);
            catalogue.Written(path, script);
            Interlocked.Add(ref writeTicks, Stopwatch.GetTimestamp() - started);
        }, counts, texts);
        foreach (var body in bodies.Values) body.ReleasePlainText();
        return steps with { WriteTime = TimeSpan.FromSeconds(writeTicks / (double)Stopwatch.Frequency) };
    }

    /// <summary>Every article's body parsed, or its previous parse when the cache has one for the same Markdown; the next cache file is written from them.</summary>
    private static (IReadOnlyDictionary<string, ParsedBody> Bodies, int Reused) ParseBodies(Site site, ParsedBodyCache? cache)
    {
        var bodies = new ConcurrentDictionary<string, ParsedBody>(StringComparer.Ordinal);
        var keys = new UInt128[site.Articles.Count];
        var reused = 0;
        Parallel.For(0, site.Articles.Count, PerCore.Options, i =>
        {
            var article = site.Articles[i];
            if (cache is null)
            {
                bodies[article.Slug] = ArticleMarkdown.Parse(article);
                return;
            }
            keys[i] = ParsedBodyCache.KeyOf(article);
            if (cache.TryGet(keys[i], article) is { } found)
            {
                bodies[article.Slug] = found;
                Interlocked.Increment(ref reused);
            }
            else
            {
                var parsed = ArticleMarkdown.Parse(article);
                // The plain text's hash, which the cache file and the search count key hold, made here in parallel.
                _ = parsed.PlainTextHeld.Sha256;
                bodies[article.Slug] = parsed;
            }
        });
        cache?.WriteNext(site.Articles, keys, bodies, reused);
        return (bodies, reused);
    }

    /// <summary>The output files drafts would have, had this build included them: links to them are warned about at their source.</summary>
    private static IReadOnlySet<string> OmittedDraftFiles(Site site) =>
        site.DraftUrls.Except(site.Articles.Select(a => Permalinks.Article(a.Slug)), StringComparer.Ordinal)
            .Select(Permalinks.OutputPath).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A root-relative link in an article must name a page or file the site will have. A published article's link to a
    /// draft is a warning: it works only while drafts are built.
    /// </summary>
    private static void CheckInternalLinks(Site site, IReadOnlyDictionary<string, ParsedBody> bodies, DiagnosticBag diagnostics)
    {
        var known = PageKinds.Urls(site);
        foreach (var article in site.Articles)
            foreach (var (url, location) in bodies[article.Slug].RootLinks)
            {
                var normalized = Permalinks.Normalize(url);
                var path = normalized.Split('#', '?')[0];
                if (!article.Draft && site.DraftUrls.Contains(path))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.LinkToDraft,
                        $"link to '{url}' points at a draft ('draft: true'): it is broken whenever the site is built without --drafts; publish the draft or remove the link", location));
                    continue;
                }
                if (known.Contains(path) || path.StartsWith(Permalinks.AssetsFolder, StringComparison.Ordinal)) continue;
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BrokenInternalLink,
                    $"link to '{url}' points at no page of the site", location));
            }
    }

    private static void CopyAssets(string from, OutputFolder output, OutputCatalogue catalogue, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(from))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TemplateMissing, "the theme has no assets/ folder; pages will have no styles", SourceLocation.File(from.Replace('\\', '/'))));
            return;
        }
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = "assets/" + Path.GetRelativePath(from, file).Replace('\\', '/');
            output.Copy(relative, file);
            catalogue.Copied(relative, file);
        }
    }

    /// <summary>
    /// An article file the input manifest took as unchanged (its body deferred) that changed, vanished or became unreadable
    /// before its body was read (<see cref="InputChangedException"/>), thrown directly or from parallel work; several: the
    /// first by path, so the message does not depend on which thread failed first.
    /// </summary>
    private static InputChangedException? ChangedInput(Exception e) => e switch
    {
        InputChangedException changed => changed,
        AggregateException all => all.Flatten().InnerExceptions.Select(ChangedInput).OfType<InputChangedException>().MinBy(c => c.DisplayPath, StringComparer.Ordinal),
        _ => e.InnerException is { } inner ? ChangedInput(inner) : null,
    };

    private static Diagnostic ChangedError(InputChangedException changed) =>
        Diagnostic.Error(DiagnosticCodes.FileUnreadable, "changed while the site was being built; build again", SourceLocation.File(changed.DisplayPath));

    private static bool IsWriteFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException
        || (e is AggregateException all && all.Flatten().InnerExceptions.All(inner => inner is IOException or UnauthorizedAccessException));

    private static BuildResult FailedResult(DiagnosticBag diagnostics, bool strict)
    {
        if (strict) diagnostics.PromoteWarnings();
        return new(false, 0, 0, diagnostics.Sorted());
    }
}
