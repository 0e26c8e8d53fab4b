using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// The promise of incremental builds: after any sequence of edits, building over the previous output gives exactly
/// the files (names and bytes) a clean build into an empty folder gives. Edits are random with a fixed seed, so a
/// failure is reproducible.
/// </summary>
public class IncrementalEqualityTests
{
    // Updated and Summary change little besides the feeds (an item's dates and summary, a channel's date). Bio and
    // TagDescription change Markdown the render cache keys by its source (the author's and tag's pages, every article's author box).
    private enum Edit { Body, Title, Tags, Authors, Slug, Delete, Add, Template, Asset, SiteConfig, Updated, Summary, Bio, TagDescription }

    private static readonly string[] TagNames = ["Iraq", "Pakistan", "Togo", "Europe", "CBRN", "Assassination", "Blasphemy"];
    private static readonly string[] AuthorNames = ["Jacob Zenn", "Rami Jameel", "Syed Fazl-e-Haider", "Rueben Dass"];
    private static readonly string[] Templates = ["layouts/article.sbn-html", "layouts/issue.sbn-html", "partials/article-card.sbn-html", "partials/footer.sbn-html"];

    /// <summary>Another article links to this one by its slug: deleting it or changing its slug would break the build, not test it.</summary>
    private const string LinkedArticle = "pakistan-tlp.md";

    [Fact]
    public void After_every_random_edit_the_incremental_output_equals_a_clean_build()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var random = new Random(20261130);
        // Input files written long before the build (as an archive's are): the manifest trusts an unchanged one's length
        // and time and does not read it (its body is read only if a page or feed showing it is rendered).
        foreach (var file in Directory.GetFiles(options.InputDir, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        Build(options);

        // Every kind of edit twice, in a shuffled order; the Markdown edits (which consume no random numbers) go in
        // at fixed places, so the other edits' sequence, which keeps every linked author's page, stays as it was.
        var shuffled = Enum.GetValues<Edit>().Where(e => e < Edit.Bio).ToArray();
        var edits = shuffled.Concat(shuffled).ToArray();
        random.Shuffle(edits);
        edits = [.. edits[..5], Edit.Bio, .. edits[5..11], Edit.TagDescription, .. edits[11..17], Edit.Bio, .. edits[17..], Edit.TagDescription];
        var reused = 0;
        var reusedCounts = 0;
        var reusedTexts = 0;
        var reusedBodies = 0;
        var reusedNames = 0;
        var reusedInputs = 0;
        var unreadInputs = 0;
        for (var n = 0; n < edits.Length; n++)
        {
            var what = Apply(edits[n], n, options, random);
            var incremental = Build(options);
            var clean = Build(options with { OutputDir = temp.Combine($"clean-{n}"), Clean = true, CacheDir = temp.Combine("clean-cache") });
            AssertSameFiles(options.OutputDir, clean.Output, $"after edit {n} ({what})");
            // Every edit shows somewhere: an edit that changed nothing would test nothing.
            var changes = incremental.Result.Changes!;
            Assert.True(changes.Added.Count + changes.Changed.Count + changes.Removed.Count > 0, $"edit {n} ({what}) changed no output file");
            Assert.Equal(clean.Result.Pages, incremental.Result.Pages);
            Assert.Equal(0, clean.Result.Reused);
            reused += incremental.Result.Reused;
            reusedCounts += incremental.Result.ReusedSearchCounts;
            Assert.Equal(0, clean.Result.ReusedSearchCounts);
            reusedTexts += incremental.Result.ReusedSearchTexts;
            Assert.Equal(0, clean.Result.ReusedSearchTexts);
            reusedBodies += incremental.Result.ReusedBodies;
            Assert.Equal(0, clean.Result.ReusedBodies);
            reusedNames += incremental.Result.ReusedNames;
            Assert.Equal(0, clean.Result.ReusedNames);
            reusedInputs += incremental.Result.ReusedInputs;
            unreadInputs += incremental.Result.UnreadInputs;
            Assert.Equal(0, clean.Result.ReusedInputs);
            // The content files' messages too (unchanged files' come from the input manifest).
            Assert.Equal(ContentDiagnostics(clean.Result), ContentDiagnostics(incremental.Result));
            Directory.Delete(clean.Output, recursive: true);
        }
        Assert.DoesNotContain(Directory.GetDirectories(temp.Path), d => d.Contains(".tmp-", StringComparison.Ordinal));
        // The render cache was used (else this test would only test the byte comparison).
        Assert.True(reused > 0);
        // The search index's term counts too (search/ is among the files compared above).
        Assert.True(reusedCounts > 0);
        // And the articles' search text files kept without being made (search/x/, compared above).
        Assert.True(reusedTexts > 0);
        // And the parsed bodies (their descriptions, headings, word counts and texts are in the pages, feeds and index).
        Assert.True(reusedBodies > 0);
        // And the name-variants lint's uses (its warnings are not in the files: NameUseCacheTests compares them).
        Assert.True(reusedNames > 0);
        // And the input manifest's documents (their fields are in every page that shows the article).
        Assert.True(reusedInputs > 0);
        // And files taken as unchanged by their length and time, unread.
        Assert.True(unreadInputs > 0);
    }

    private static List<string> ContentDiagnostics(BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity != Publisher.Core.Diagnostics.Severity.Info && d.Code.StartsWith("PUB0", StringComparison.Ordinal))
            .Select(d => d.ToString()).ToList();

    /// <summary>
    /// An article page is keyed on its model's inputs (PageInputKeys), not its model: each edit here changes only
    /// something the page shows of <em>another</em> page or of the settings (a related article's title and summary, an
    /// author's name and bio, a tag's label, a publication's name, site.yml's title, a template), so each must reach the
    /// article pages that show it, and the incremental output must still equal a clean build's.
    /// </summary>
    [Fact]
    public void Edits_to_what_an_article_page_shows_of_other_pages_reach_it_and_equal_a_clean_build()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        Build(options);
        string Input(string relative) => Path.Combine(options.InputDir, relative);
        var tlp = Input("articles/2021/19-22/pakistan-tlp.md");
        var steps = new (string What, Action Edit, string[] ShownOn)[]
        {
            // pakistan-2020 is in another issue: it shows pakistan-tlp only as a related article.
            ("a related article's title", () => SetField(tlp, "title", "\"A Related Title Edited\""), ["articles/2020/pakistan-2020.md"]),
            ("a related article's summary", () => SetField(tlp, "summary", "\"A related summary, edited.\""), ["articles/2020/pakistan-2020.md"]),
            ("an author's name", () => File.WriteAllText(Input("authors/jacob-zenn.md"), File.ReadAllText(Input("authors/jacob-zenn.md"))
                .Replace("name: Jacob Zenn", "name: Jacob A. Zenn", StringComparison.Ordinal).Replace("- J. Zenn", "- J. Zenn\n- Jacob Zenn", StringComparison.Ordinal)),
                ["articles/2021/19-21/sahel-brief.md", "articles/2021/19-22/togo-attack.md"]),
            ("an author's bio", () => File.AppendAllText(Input("authors/rami-jameel.md"), "\nA sentence added to the bio.\n"),
                ["articles/2021/19-22/iraq-assassination.md"]),
            ("a tag's label", () => File.WriteAllText(Input("tags.yml"), File.ReadAllText(Input("tags.yml"))
                .Replace("{ name: Togo, slug: togo, kind: country, aliases: [Togolese] }", "{ name: Togolese Republic, slug: togo, kind: country, aliases: [Togo, Togolese] }", StringComparison.Ordinal)),
                ["articles/2021/19-22/togo-attack.md"]),
            ("a publication's name", () => File.WriteAllText(Input("site.yml"), File.ReadAllText(Input("site.yml"))
                .Replace("  - name: Terrorism Monitor\n", "  - name: The Terrorism Monitor\n    aliases: [Terrorism Monitor]\n", StringComparison.Ordinal)),
                ["articles/2020/pakistan-2020.md"]),
            ("site.yml's title", () => SetField(Input("site.yml"), "title", "An Archive Retitled", frontMatter: false), ["articles/2020/pakistan-2020.md"]),
            ("the article card template", () => File.AppendAllText(Path.Combine(options.ThemeDir, "partials/article-card.sbn-html"), "<!-- edited -->\n"),
                ["articles/2020/pakistan-2020.md"]),
        };
        var reused = 0;
        for (var n = 0; n < steps.Length; n++)
        {
            var (what, edit, shownOn) = steps[n];
            edit();
            var incremental = Build(options);
            var clean = Build(options with { OutputDir = temp.Combine($"clean-{n}"), Clean = true, CacheDir = temp.Combine("clean-cache") });
            AssertSameFiles(options.OutputDir, clean.Output, $"after {what}");
            var changed = incremental.Result.Changes!.Changed;
            foreach (var source in shownOn)
            {
                var page = Permalinks.OutputPath(Permalinks.Article(SlugOf(options, source)));
                Assert.True(changed.Contains(page), $"{what}: {page} ({source}) was not changed; changed: {string.Join(", ", changed)}");
            }
            reused += incremental.Result.Reused;
            Directory.Delete(clean.Output, recursive: true);
        }
        // Pages were reused along the way (else only the byte comparison was tested).
        Assert.True(reused > 0);
    }

    private static string SlugOf(BuildOptions options, string source)
    {
        var site = SiteLoader.Load(options.InputDir, new Publisher.Core.Diagnostics.DiagnosticBag())!;
        return site.Articles.Single(a => a.SourcePath.EndsWith("/" + source, StringComparison.Ordinal)).Slug;
    }

    /// <summary>
    /// The comparison above can fail: an article's old parse filed under its edited body's key (as a key that did not
    /// cover the opening would file it) is served by the parsed-body cache, and the output differs from a clean build's.
    /// </summary>
    [Fact]
    public void A_parse_cached_under_a_wrong_key_makes_the_output_differ_from_a_clean_build()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        Build(options);
        var file = Directory.GetFiles(options.InputDir, "*.md", SearchOption.AllDirectories)
            .Where(f => f.Contains("/articles/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        var before = BodyKey(options, file);
        File.WriteAllText(file, InsertInBody(File.ReadAllText(file), "\nAn opening this test wrote.\n\n## A heading this test wrote\n"));
        var after = BodyKey(options, file);
        Assert.NotEqual(before, after);

        var cache = Path.Combine(options.CacheDir ?? RenderCache.DefaultFolder(options.InputDir), ParsedBodyCache.FileName);
        var bytes = File.ReadAllBytes(cache);
        var at = bytes.AsSpan().IndexOf(KeyBytes(before));
        Assert.True(at > 0, "the old body's key is in the cache file");
        KeyBytes(after).CopyTo(bytes.AsSpan(at));
        File.WriteAllBytes(cache, bytes);

        var incremental = Build(options);
        var clean = Build(options with { OutputDir = temp.Combine("clean"), Clean = true, CacheDir = temp.Combine("clean-cache") });
        Assert.Equal(0, clean.Result.ReusedBodies);
        Assert.True(incremental.Result.ReusedBodies > 0);
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSameFiles(options.OutputDir, clean.Output, "after the wrong key"));
        // The stale parse's plain text lacks the new opening's words: the clean build's index has terms the incremental one has not.
        Assert.Contains("search/", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A parsed-bodies file that reads well but whose plain texts do not match their stored hashes (a text's bytes or its
    /// hash changed) is no cache for those texts: the build re-parses them, succeeds, equals a clean build, and drops the
    /// file, so the next build parses every body and equals a clean build too. (It once threw InvalidDataException.)
    /// </summary>
    [Theory]
    [InlineData("text")]
    [InlineData("hash")]
    public void A_parsed_bodies_file_whose_texts_fail_their_hash_builds_as_a_clean_build_and_is_dropped(string damage)
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        Build(options);
        var cacheDir = options.CacheDir ?? RenderCache.DefaultFolder(options.InputDir);
        var file = Path.Combine(cacheDir, ParsedBodyCache.FileName);
        var bytes = File.ReadAllBytes(file);
        var site = SiteLoader.Load(options.InputDir, new Publisher.Core.Diagnostics.DiagnosticBag())!;
        var plain = ArticleMarkdown.Parse(site.Articles.First(a => a.Body.Length > 100)).PlainTextHeld;
        if (damage == "text")
        {
            var textsFile = Assert.Single(ParsedBodyCache.TextsFiles(cacheDir));
            var texts = File.ReadAllBytes(textsFile);
            var at = texts.AsSpan().IndexOf(plain.Utf8);
            Assert.True(at >= 0);
            texts[at] ^= 0x01;
            File.WriteAllBytes(textsFile, texts);
        }
        else
        {
            var at = bytes.AsSpan().IndexOf(plain.Sha256);
            Assert.True(at > 0);
            bytes[at] ^= 0x55;
            File.WriteAllBytes(file, bytes);
        }
        // Without the search counts every plain text is read (counted), the damaged one among them.
        File.Delete(Path.Combine(cacheDir, Publisher.Core.Build.Search.SearchCountCache.FileName));

        var incremental = Build(options);
        Assert.True(incremental.Result.ReusedBodies > 0);
        var clean = Build(options with { OutputDir = temp.Combine("clean"), Clean = true, CacheDir = temp.Combine("clean-cache") });
        AssertSameFiles(options.OutputDir, clean.Output, $"after a damaged {damage}");
        Assert.False(File.Exists(file), "the untrusted file is dropped");

        // Nothing changed since: without its record (NoChangeRecord) the next build runs, as the next edit's would.
        File.Delete(NoChangeRecord.PathIn(cacheDir));
        var next = Build(options);
        Assert.Equal(0, next.Result.ReusedBodies);
        AssertSameFiles(options.OutputDir, clean.Output, $"the build after a damaged {damage}");
        Assert.True(File.Exists(file));
    }

    /// <summary>
    /// The render cache saves an edit as a segment appended to its file (in proportion to the edit) and rewrites the
    /// whole file once the segments pass a fraction of it. Edit after edit, both happen, the file read back gives every
    /// entry a whole rewrite would (a build with no edit renders nothing, one after an edit renders only what shows it),
    /// and the output equals a clean build's.
    /// </summary>
    [Fact]
    public void Edits_in_a_row_append_to_the_render_cache_until_it_is_compacted_and_equal_a_clean_build()
    {
        using var temp = new TempDirectory();
        var (options, pages, cache, file) = BuiltWithRenderCache(temp);
        var appended = 0;
        var compacted = 0;
        for (var n = 0; n < 40 && (appended < 3 || compacted < 1); n++)
        {
            var before = File.ReadAllBytes(cache);
            File.AppendAllText(file, $"\nA paragraph this test wrote, edit {n}, long enough to give the page some words of its own.\n");
            var edited = Build(options).Result;
            // The body edit shows on the article's page only (the lists show its title, date and summary).
            Assert.Equal(pages - 1, edited.Reused);
            var after = File.ReadAllBytes(cache);
            if (after.Length > before.Length && after.AsSpan(0, before.Length).SequenceEqual(before)) appended++;
            else compacted++;
            var clean = Build(options with { OutputDir = temp.Combine($"clean-{n}"), Clean = true, CacheDir = temp.Combine("clean-cache") });
            AssertSameFiles(options.OutputDir, clean.Output, $"after edit {n}");
            Directory.Delete(clean.Output, recursive: true);
            // Every entry is right after this save (appended or compacted): a build with no edit renders nothing.
            Assert.Equal(pages, Build(options).Result.Reused);
        }
        Assert.True(appended >= 3, $"{appended} edits appended to the cache");
        Assert.True(compacted >= 1, "the cache was never compacted");
    }

    /// <summary>
    /// perf44: the render cache reads its paths when it is read, but the other strings (anchors, references' URLs) and each
    /// kept file's scan only when something asks for them. Body edits of the oldest and the newest article (the plan
    /// reused: every other file kept, none of their scans made), a card edit (the full plan), a body edit again, a link
    /// into a kept page's anchor (its anchors read from the file) and to an anchor it lacks (the build fails as a clean
    /// build fails), an article deleted (every file's links checked: every kept scan made from the file), the render
    /// cache cut short and then deleted: after each, the output and the content and link messages are a clean build's.
    /// </summary>
    [Fact]
    public void Body_edits_a_card_edit_links_into_kept_pages_and_a_damaged_or_missing_render_cache_equal_a_clean_build()
    {
        using var temp = new TempDirectory();
        var (options, pages, cache, _) = BuiltWithRenderCache(temp);
        string Input(string relative) => Path.Combine(options.InputDir, relative);
        var oldest = Input("articles/2020/pakistan-2020.md");
        var newest = Input("articles/press/arab-news-khadimi.md");
        var togoPage = Permalinks.Article(SlugOf(options, "articles/2021/19-22/togo-attack.md"));
        var togoHtml = File.ReadAllText(Path.Combine(options.OutputDir, Permalinks.OutputPath(togoPage)));
        var anchor = System.Text.RegularExpressions.Regex.Matches(togoHtml, "id=\"([a-z][a-z0-9-]*)\"").Select(m => m.Groups[1].Value)
            .First(id => id.Contains("outlook", StringComparison.Ordinal));
        var oldestText = File.ReadAllText(oldest);
        var steps = new (string What, Action Edit, bool PlanReused, bool Fails)[]
        {
            ("a body edit of the oldest article", () => File.AppendAllText(oldest, "\nA paragraph this test appended to the oldest article.\n"), true, false),
            ("a body edit of the newest article", () => File.AppendAllText(newest, "\nA paragraph this test appended to the newest article.\n"), true, false),
            ("a card edit (the newest article's title)", () => SetField(newest, "title", "\"A Press Item Retitled by a Test\""), false, false),
            ("a body edit again", () => File.AppendAllText(oldest, "\nA second paragraph this test appended.\n"), true, false),
            ("a link into a kept page's anchor", () => File.AppendAllText(oldest, $"\nSee [the outlook]({togoPage}#{anchor}).\n"), true, false),
            ("a link to an anchor a kept page lacks", () => File.AppendAllText(oldest, $"\nSee [nothing]({togoPage}#no-such-anchor-here).\n"), true, true),
            ("the broken link taken out", () => File.WriteAllText(oldest, oldestText + "\nThe last paragraph this test wrote.\n"), true, false),
            ("an article deleted (every file's links checked)", () => File.Delete(Input("articles/2021/19-22/garage-extremists.md")), false, false),
            ("the render cache cut short", () => File.WriteAllBytes(cache, File.ReadAllBytes(cache)[..(File.ReadAllBytes(cache).Length / 2)]), false, false),
            ("the render cache deleted", () => File.Delete(cache), false, false),
            ("a body edit after the cache was made again", () => File.AppendAllText(oldest, "\nOne more paragraph.\n"), true, false),
        };
        for (var n = 0; n < steps.Length; n++)
        {
            var (what, edit, planReused, fails) = steps[n];
            edit();
            var incremental = SiteBuilder.Build(options);
            var cleanOptions = options with { OutputDir = temp.Combine($"clean-{n}"), Clean = true, CacheDir = temp.Combine("clean-cache") };
            var clean = SiteBuilder.Build(cleanOptions);
            Assert.True(ContentAndLinkDiagnostics(clean, cleanOptions.OutputDir).SequenceEqual(ContentAndLinkDiagnostics(incremental, options.OutputDir)),
                $"{what}: the messages differ from a clean build's:\n{string.Join("\n", ContentAndLinkDiagnostics(clean, cleanOptions.OutputDir))}\n-- incremental --\n{string.Join("\n", ContentAndLinkDiagnostics(incremental, options.OutputDir))}");
            if (fails)
            {
                Assert.False(incremental.Succeeded, what);
                Assert.False(clean.Succeeded, what);
                Assert.Contains(incremental.Diagnostics, d => d.Code == Publisher.Core.Diagnostics.DiagnosticCodes.LinkFragmentMissing && d.Message.Contains("no-such-anchor-here", StringComparison.Ordinal));
                continue;
            }
            Assert.True(incremental.Succeeded, $"{what}: {string.Join("\n", incremental.Diagnostics)}");
            Assert.True(clean.Succeeded, what);
            AssertSameFiles(options.OutputDir, cleanOptions.OutputDir, $"after {what}");
            Assert.Equal(planReused ? 1 : null, incremental.EditedWithPlanReused);
            if (planReused) Assert.True(incremental.Reused > 0, $"{what}: nothing kept");
            Directory.Delete(cleanOptions.OutputDir, recursive: true);
        }
        // The last save's cache serves the next build whole: nothing to render.
        var again = SiteBuilder.Build(options);
        Assert.Equal(again.Pages, again.Reused);
    }

    /// <summary>The content files' and the output checks' messages, the output folder named the same for every build.</summary>
    private static List<string> ContentAndLinkDiagnostics(BuildResult result, string outputDir) =>
        result.Diagnostics.Where(d => d.Severity != Publisher.Core.Diagnostics.Severity.Info && (d.Code.StartsWith("PUB0", StringComparison.Ordinal) || d.Code.StartsWith("PUB3", StringComparison.Ordinal)))
            .Select(d => d.ToString().Replace(outputDir.Replace('\\', '/'), "OUTPUT", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The fixture site built once: its options, page count, render cache file and the first article's file (the one the test edits).</summary>
    private static (BuildOptions Options, int Pages, string Cache, string Article) BuiltWithRenderCache(TempDirectory temp)
    {
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var pages = Build(options).Result.Pages;
        var cache = Path.Combine(options.CacheDir ?? RenderCache.DefaultFolder(options.InputDir), "render.bin");
        var article = Directory.GetFiles(options.InputDir, "*.md", SearchOption.AllDirectories)
            .Where(f => f.Contains("/articles/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        return (options, pages, cache, article);
    }

    /// <summary>An appended segment cut short or damaged makes the whole render cache unreadable: an Info, every page rendered, the output a clean build's.</summary>
    [Theory]
    [InlineData("truncated")]
    [InlineData("corrupt")]
    public void A_damaged_appended_segment_renders_every_page_and_equals_a_clean_build(string damage)
    {
        using var temp = new TempDirectory();
        var (options, pages, cache, file) = BuiltWithRenderCache(temp);
        var based = File.ReadAllBytes(cache).Length;
        File.AppendAllText(file, "\nA paragraph this test wrote.\n");
        Build(options);
        var bytes = File.ReadAllBytes(cache);
        Assert.True(bytes.Length > based, "the edit was appended");
        if (damage == "truncated") bytes = bytes[..^3];
        else bytes[based + (bytes.Length - based) / 2] ^= 0x20;
        File.WriteAllBytes(cache, bytes);

        File.AppendAllText(file, "\nAnother paragraph this test wrote.\n");
        var incremental = Build(options);
        Assert.Equal(0, incremental.Result.Reused);
        Assert.Contains(incremental.Result.Diagnostics, d => d.Code == Publisher.Core.Diagnostics.DiagnosticCodes.RenderCacheIgnored);
        var clean = Build(options with { OutputDir = temp.Combine("clean"), Clean = true, CacheDir = temp.Combine("clean-cache") });
        AssertSameFiles(options.OutputDir, clean.Output, $"after a {damage} segment");
        Assert.Equal(pages, Build(options).Result.Reused);
    }

    private static UInt128 BodyKey(BuildOptions options, string file)
    {
        var site = SiteLoader.Load(options.InputDir, new Publisher.Core.Diagnostics.DiagnosticBag())!;
        return ParsedBodyCache.KeyOf(site.Articles.Single(a => a.SourcePath.EndsWith("/" + Path.GetFileName(file), StringComparison.Ordinal)));
    }

    private static byte[] KeyBytes(UInt128 key)
    {
        var bytes = new byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, key);
        return bytes;
    }

    private static (BuildResult Result, string Output) Build(BuildOptions options)
    {
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, options.OutputDir);
    }

    private static void AssertSameFiles(string incremental, string clean, string when)
    {
        var files = FixtureSite.Files(clean);
        Assert.True(files.SequenceEqual(FixtureSite.Files(incremental)),
            $"{when}: file lists differ: only incremental {string.Join(", ", FixtureSite.Files(incremental).Except(files))}; only clean {string.Join(", ", files.Except(FixtureSite.Files(incremental)))}");
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(clean, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(incremental, file))),
                $"{when}: {file} differs from a clean build's");
    }

    /// <summary>Applies one edit and says what it did (for the failure message).</summary>
    private static string Apply(Edit edit, int n, BuildOptions options, Random random)
    {
        var articles = Directory.GetFiles(options.InputDir, "*.md", SearchOption.AllDirectories)
            .Where(f => f.Contains("/articles/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var unlinked = articles.Where(f => Path.GetFileName(f) != LinkedArticle).ToList();
        string Pick(IReadOnlyList<string> from) => from[random.Next(from.Count)];
        switch (edit)
        {
            case Edit.Body:
            {
                var file = Pick(articles);
                File.AppendAllText(file, $"\nA paragraph added by edit {n}, pointing at the [issue contents](/issues/19-22/).\n");
                // Every other time the opening too: the description, headings and links' lines a parse gives change with it.
                if (n % 2 == 0) File.WriteAllText(file, InsertInBody(File.ReadAllText(file), $"\nAn opening written by edit {n}.\n\n## A heading of edit {n}\n"));
                return $"body of {Path.GetFileName(file)}";
            }
            case Edit.Title:
            {
                var file = Pick(articles);
                SetField(file, "title", $"\"Edited Title Number {n}\"");
                return $"title of {Path.GetFileName(file)}";
            }
            case Edit.Tags:
            {
                var file = Pick(articles);
                var text = File.ReadAllText(file);
                var tag = TagNames.Where(t => !text.Contains("- " + t + "\n", StringComparison.Ordinal)).ToList() is { Count: > 0 } free ? Pick(free) : null;
                if (tag is null) return "no tag to add";
                File.WriteAllText(file, text.Contains("\ntags:\n", StringComparison.Ordinal)
                    ? text.Replace("\ntags:\n", $"\ntags:\n- {tag}\n", StringComparison.Ordinal)
                    : InsertField(text, $"tags:\n- {tag}"));
                return $"tag {tag} added to {Path.GetFileName(file)}";
            }
            case Edit.Authors:
            {
                var file = Pick(articles.Where(f => File.ReadAllText(f).Contains("\nauthors:\n", StringComparison.Ordinal)).ToList());
                var text = File.ReadAllText(file);
                var free = AuthorNames.Where(a => !text.Contains(a.Split(' ')[^1], StringComparison.Ordinal)).ToList();
                if (free.Count == 0) return "no author to add";
                var author = Pick(free);
                File.WriteAllText(file, text.Replace("\nauthors:\n", $"\nauthors:\n- {author}\n", StringComparison.Ordinal));
                return $"author {author} added to {Path.GetFileName(file)}";
            }
            case Edit.Slug:
            {
                var file = Pick(unlinked);
                SetField(file, "slug", $"edited-slug-{n}");
                return $"slug of {Path.GetFileName(file)}";
            }
            case Edit.Delete:
            {
                if (unlinked.Count <= 3) return "nothing deleted (too few articles)";
                var file = Pick(unlinked);
                File.Delete(file);
                return $"deleted {Path.GetFileName(file)}";
            }
            case Edit.Add:
            {
                // Half the time into a new issue, which adds an issue page and changes the publication's pages.
                var (issue, date) = random.Next(2) == 0 ? (22, "2021-11-19") : (23 + n, "2021-12-03");
                var file = Path.Combine(options.InputDir, "articles", "2021", $"added-{n}.md");
                File.WriteAllText(file,
                    $"---\ntitle: Added Article Number {n}\nauthors:\n- {Pick(AuthorNames)}\ndate: {date}\nvolume: 19\nissue: {issue}\nkind: analysis\ntags:\n- {Pick(TagNames)}\n---\n\n" +
                    $"An article written by edit {n}.\n\n## A heading\n\nMore text with a footnote.[^1]\n\n[^1]: A note.\n");
                return $"added {Path.GetFileName(file)} in issue {issue}";
            }
            case Edit.Template:
            {
                var template = Pick(Templates);
                File.AppendAllText(Path.Combine(options.ThemeDir, template), $"<!-- edit {n} -->\n");
                return $"template {template}";
            }
            case Edit.Updated:
            {
                var file = Pick(articles);
                SetField(file, "updated", $"2021-12-{10 + n % 18:00}");
                return $"updated date of {Path.GetFileName(file)}";
            }
            case Edit.Summary:
            {
                var file = Pick(articles);
                SetField(file, "summary", $"\"A summary written by edit {n}.\"");
                return $"summary of {Path.GetFileName(file)}";
            }
            case Edit.Bio:
            {
                var profiles = Directory.GetFiles(Path.Combine(options.InputDir, "authors"), "*.md").Order(StringComparer.Ordinal).ToList();
                var file = profiles[n % profiles.Count];
                File.AppendAllText(file, $"\nA sentence added to the bio by edit {n}, with a [link](/tags/).\n");
                return $"bio of {Path.GetFileName(file)}";
            }
            case Edit.TagDescription:
            {
                var file = Path.Combine(options.InputDir, "tags.yml");
                File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(file), "description: \"[^\"]*\"",
                    $"description: \"Described by *edit {n}*.\""));
                return "tag description";
            }
            case Edit.Asset:
                File.AppendAllText(Path.Combine(options.ThemeDir, "assets", "style.css"), $"/* edit {n} */\n");
                return "asset style.css";
            default:
            {
                SetField(Path.Combine(options.InputDir, "site.yml"), "description", $"An archive described by edit {n}.", frontMatter: false);
                return "site.yml description";
            }
        }
    }

    /// <summary>Replaces a top-level field's line (or, for front matter, adds it after the title).</summary>
    private static void SetField(string file, string field, string value, bool frontMatter = true)
    {
        var lines = File.ReadAllText(file).Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        if (at >= 0) lines[at] = $"{field}: {value}";
        else if (frontMatter) lines.Insert(lines.FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal)) + 1, $"{field}: {value}");
        else lines.Add($"{field}: {value}");
        File.WriteAllText(file, string.Join('\n', lines));
    }

    private static string InsertInBody(string text, string opening)
    {
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + "\n---\n".Length;
        return text[..end] + opening + text[end..];
    }

    private static string InsertField(string text, string field)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return text[..end] + "\n" + field + text[end..];
    }
}
