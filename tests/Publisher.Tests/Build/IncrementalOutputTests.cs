using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>A build rewrites only the output files whose bytes changed; a failed build touches nothing.</summary>
public class IncrementalOutputTests
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private const string Togo = "articles/2021/19-22/togo-attack.md";

    /// <summary>Sets every output file's modification time far in the past, so a rewrite shows whatever the clock's granularity.</summary>
    private static void Age(string output)
    {
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, LongAgo);
    }

    private static IReadOnlyList<string> Rewritten(string output) =>
        FixtureSite.Files(output).Where(f => File.GetLastWriteTimeUtc(Path.Combine(output, f)) != LongAgo).ToList();

    private static BuildResult Rebuild(BuildOptions options)
    {
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public void A_second_identical_build_rewrites_nothing()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        var first = Rebuild(options);
        Assert.NotEmpty(first.Changes!.Added);
        Age(options.OutputDir);

        var second = Rebuild(options);

        Assert.Empty(Rewritten(options.OutputDir));
        Assert.Empty(second.Changes!.Added);
        Assert.Empty(second.Changes.Changed);
        Assert.Empty(second.Changes.Removed);
        Assert.Equal(FixtureSite.Files(options.OutputDir), second.Changes.Unchanged);
        Assert.DoesNotContain(Directory.GetDirectories(temp.Path), d => d.Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_article_rewrites_its_page_and_the_pages_that_list_it_only()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        Rebuild(options);
        Age(options.OutputDir);
        var path = Path.Combine(options.InputDir, Togo);
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("title: Togo Suffers First Al-Qaeda-Affiliated Jihadist Attack", "title: Togo Repels a Jihadist Attack", StringComparison.Ordinal)
            .Replace("had already been preparing", "had long been preparing", StringComparison.Ordinal));

        var result = Rebuild(options);

        var rewritten = Rewritten(options.OutputDir);
        // The slug comes from the title: the page moves (new file, old one removed).
        Assert.Equal(result.Changes!.Added.Concat(result.Changes.Changed).Order(StringComparer.Ordinal), rewritten);
        // The page moves with its citation files beside it.
        Assert.Equal(["articles/togo-repels-a-jihadist-attack/cite.bib", "articles/togo-repels-a-jihadist-attack/cite.ris", "articles/togo-repels-a-jihadist-attack/index.html"],
            result.Changes.Added);
        Assert.Contains("articles/togo-suffers-first-al-qaeda-affiliated-jihadist-attack/index.html", result.Changes.Removed);
        Assert.Contains("publications/terrorism-monitor/issues/19-22/index.html", rewritten);
        Assert.Contains("tags/togo/index.html", rewritten);
        Assert.Contains("feed.xml", rewritten);
        // The theme's assets and pages that never show the article are left alone.
        Assert.DoesNotContain("assets/style.css", rewritten);
        Assert.DoesNotContain("publications/terrorism-monitor/issues/18-23/index.html", rewritten);
        Assert.DoesNotContain("404.html", rewritten);
        Assert.Contains("Togo Repels a Jihadist Attack", File.ReadAllText(Path.Combine(options.OutputDir, "publications/terrorism-monitor/issues/19-22/index.html")));
    }

    [Fact]
    public void A_removed_article_has_its_page_deleted_and_empty_folders_go()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        var first = Rebuild(options);
        var togoPage = Assert.Single(first.Changes!.Added, f => f.StartsWith("articles/togo", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal));
        File.Delete(Path.Combine(options.InputDir, Togo));

        var result = Rebuild(options);

        Assert.Contains(togoPage, result.Changes!.Removed);
        Assert.Contains(Path.GetDirectoryName(togoPage) + "/cite.bib", result.Changes.Removed);
        Assert.False(File.Exists(Path.Combine(options.OutputDir, togoPage)));
        Assert.False(Directory.Exists(Path.Combine(options.OutputDir, Path.GetDirectoryName(togoPage)!)));
        Assert.Equal(FixtureSite.Files(options.OutputDir), result.Changes.Added.Concat(result.Changes.Changed).Concat(result.Changes.Unchanged).Order(StringComparer.Ordinal));
    }

    /// <summary>The walk of the previous site (OutputFolder) finds every file it holds: at its top, deep in it, hidden ones, as relative paths.</summary>
    [Fact]
    public void Files_the_new_site_does_not_have_are_removed_wherever_they_are_in_the_output_folder()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        Rebuild(options);
        string[] strays = ["stray.txt", ".hidden", "articles/stray.html", "a/b/c/deep.json", "articles/.x/y.txt"];
        foreach (var stray in strays)
        {
            var path = Path.Combine(options.OutputDir, stray);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "not the site's");
        }

        var result = Rebuild(options);

        Assert.Equal(strays.Order(StringComparer.Ordinal), result.Changes!.Removed);
        Assert.All(strays, stray => Assert.False(File.Exists(Path.Combine(options.OutputDir, stray))));
        Assert.False(Directory.Exists(Path.Combine(options.OutputDir, "a")));
        Assert.False(Directory.Exists(Path.Combine(options.OutputDir, "articles/.x")));
        Assert.Equal(FixtureSite.Files(options.OutputDir), result.Changes.Unchanged);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_as_it_was()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        Rebuild(options);
        Age(options.OutputDir);
        var before = FixtureSite.Files(options.OutputDir).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(options.OutputDir, f)));
        var path = Path.Combine(options.InputDir, Togo);
        File.WriteAllText(path, File.ReadAllText(path).Replace("had already been preparing", "had long been preparing", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(options.ThemeDir, "layouts", "article.sbn-html"), "{{ if }}");

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        Assert.Empty(Rewritten(options.OutputDir));
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), FixtureSite.Files(options.OutputDir));
        foreach (var (file, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(options.OutputDir, file)));
        Assert.DoesNotContain(Directory.GetDirectories(temp.Path), d => d.Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_that_is_not_a_site_is_still_refused()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("output/notes.txt", "mine");

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        Assert.Equal(["notes.txt"], FixtureSite.Files(options.OutputDir));
    }
}

/// <summary>The render cache (.publisher-cache/): unchanged pages are not rendered; any doubt renders.</summary>
public class RenderCacheTests
{
    private static BuildResult Build(BuildOptions options)
    {
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public void A_second_build_renders_no_page_and_an_edit_renders_only_what_shows_it()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        var first = Build(options);
        Assert.Equal(0, first.Reused);
        Assert.True(File.Exists(temp.Combine(".publisher-cache", "render.bin")));

        Assert.Equal(first.Pages, Build(options).Reused);

        var path = Path.Combine(options.InputDir, "articles/2021/19-22/togo-attack.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("had already been preparing", "had long been preparing", StringComparison.Ordinal));
        var edited = Build(options);
        Assert.Equal(first.Pages - 1, edited.Reused);
        Assert.Equal(["articles/togo-suffers-first-al-qaeda-affiliated-jihadist-attack/index.html"], edited.Changes!.Pages().Changed);
    }

    [Fact]
    public void An_edited_article_rewrites_only_the_feeds_that_carry_it()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        var first = Build(options);
        Assert.Equal(0, first.ReusedFeeds);
        Assert.Equal(first.Feeds, Build(options).ReusedFeeds);

        var path = Path.Combine(options.InputDir, "articles/2021/19-22/togo-attack.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("had already been preparing", "had long been preparing", StringComparison.Ordinal));
        var edited = Build(options);

        var carrying = FixtureSite.Files(options.OutputDir)
            .Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => f != "sitemap.xml" && File.ReadAllText(Path.Combine(options.OutputDir, f)).Contains("had long been preparing", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(carrying);
        Assert.Equal(edited.Feeds - carrying.Count, edited.ReusedFeeds);
        Assert.True(edited.ReusedFeeds > 0);
        // Besides the pages, only the feeds that carry the article and the search index's files that hold its words change.
        var changed = edited.Changes!.Changed.Where(f => !f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(carrying.Order(StringComparer.Ordinal), changed.Where(f => !f.StartsWith("search/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(changed.Where(f => f.StartsWith("search/", StringComparison.Ordinal)), f => Assert.EndsWith(".js", f));
    }

    /// <summary>
    /// The sitemap is a render-cache entry keyed on its entries (every page's URL and date): kept while they are the same,
    /// made again when one changes or the file was replaced by hand (as an editor saves: a new file renamed over it), and
    /// then as a clean build makes it.
    /// </summary>
    [Fact]
    public void The_sitemap_is_kept_while_its_entries_are_the_same_and_made_again_when_one_or_the_file_changes()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        Build(options);
        var sitemap = Path.Combine(options.OutputDir, "sitemap.xml");
        var original = File.ReadAllText(sitemap);
        Assert.Empty(Build(options).Changes!.Changed);

        OutputByHand.Replace(sitemap, "edited by hand");
        var repaired = Build(options);
        Assert.Equal(original, File.ReadAllText(sitemap));
        Assert.Equal(["sitemap.xml"], repaired.Changes!.Changed);

        var path = Path.Combine(options.InputDir, "articles/2021/19-22/togo-attack.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("date: 2021-11-19", "date: 2021-11-19\nupdated: 2022-03-04", StringComparison.Ordinal));
        var dated = Build(options);
        Assert.Contains("sitemap.xml", dated.Changes!.Changed);
        Assert.NotEqual(original, File.ReadAllText(sitemap));
        var clean = options with { OutputDir = temp.Combine("clean"), CacheDir = temp.Combine("clean-cache"), Clean = true };
        Build(clean);
        Assert.Equal(File.ReadAllText(Path.Combine(clean.OutputDir, "sitemap.xml")), File.ReadAllText(sitemap));
    }

    [Fact]
    public void A_changed_output_file_a_theme_change_or_clean_renders_again()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var first = Build(options);
        var home = Path.Combine(options.OutputDir, "index.html");
        var original = File.ReadAllText(home);
        OutputByHand.Replace(home, "edited by hand");

        var repaired = Build(options);
        Assert.Equal(first.Pages - 1, repaired.Reused);
        Assert.Equal(original, File.ReadAllText(home));

        Assert.Equal(0, Build(options with { Clean = true }).Reused);
        Assert.Equal(first.Pages, Build(options).Reused);

        File.AppendAllText(Path.Combine(options.ThemeDir, "partials", "footer.sbn-html"), "<!-- a change -->\n");
        Assert.Equal(0, Build(options).Reused);
    }

    [Fact]
    public void A_corrupt_cache_is_ignored_with_an_info()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        var first = Build(options);
        var cache = temp.Combine(".publisher-cache", "render.bin");
        var bytes = File.ReadAllBytes(cache);
        File.WriteAllBytes(cache, bytes[..(bytes.Length / 2)]);

        var second = Build(options);

        Assert.Equal(0, second.Reused);
        Assert.Contains(second.Diagnostics, d => d.Code == Publisher.Core.Diagnostics.DiagnosticCodes.RenderCacheIgnored);
        Assert.Empty(second.Changes!.Changed);
        Assert.Equal(first.Pages, Build(options).Reused);

        File.WriteAllText(cache, "not a cache at all");
        Assert.Contains(Build(options).Diagnostics, d => d.Code == Publisher.Core.Diagnostics.DiagnosticCodes.RenderCacheIgnored);
    }
}
