using Publisher.Core.Build;
using Publisher.Core.Build.Checks;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// The link check in proportion to the change: when the files and anchors links are checked against only add to the
/// previous build's (LinkState.OnlyAdds; the state kept in the render cache), only the files made this build are checked. Its diagnostics
/// must be a clean build's, whatever was edited: a broken link in a page this build kept is still reported.
/// </summary>
public class IncrementalLinkCheckTests
{
    private const string Target = "articles/2020/pakistan-2020.md";
    private const string Linking = "articles/2021/19-21/militias-elections.md";

    [Fact]
    public void A_heading_removed_from_one_page_breaks_a_link_in_an_unchanged_page_as_a_clean_build_reports_it()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var target = Path.Combine(options.InputDir, Target);
        var linking = Path.Combine(options.InputDir, Linking);
        var slug = SlugOf(options, "pakistan-2020.md");
        File.WriteAllText(target, File.ReadAllText(target) + "\n## A heading for links\n\nText under it.\n");
        File.WriteAllText(linking, File.ReadAllText(linking) + $"\nSee [the heading](/articles/{slug}/#a-heading-for-links).\n");
        var first = Build(options);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        // The linking page is not edited: its card, neighbours and body are as they were (the heading keeps its number of
        // words, so the target's reading time too), so it is kept from the cache.
        File.WriteAllText(target, File.ReadAllText(target).Replace("## A heading for links", "## A heading for nothing", StringComparison.Ordinal));
        var progress = new List<string>();
        var incremental = SiteBuilder.Build(options, progress.Add);
        var clean = SiteBuilder.Build(options with { Clean = true, CacheDir = temp.Combine("clean-cache") });
        Assert.False(incremental.Succeeded);
        Assert.False(clean.Succeeded);
        Assert.Equal(Lines(clean), Lines(incremental));
        Assert.Contains(incremental.Diagnostics, d => d.Code == DiagnosticCodes.LinkFragmentMissing && d.Message.Contains("a-heading-for-links", StringComparison.Ordinal));
        // The anchors changed: every file was checked, not only those made this build.
        Assert.Contains(progress, p => p.StartsWith("Checked the links of ", StringComparison.Ordinal) && !p.Contains("made this build", StringComparison.Ordinal));

        // The failed build saved no cache: the next one, unchanged, reports the same again.
        var again = SiteBuilder.Build(options);
        Assert.Equal(Lines(clean), Lines(again));

        // Put back: the build succeeds and then checks only what it made.
        File.WriteAllText(target, File.ReadAllText(target).Replace("## A heading for nothing", "## A heading for links", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Build(options).Succeeded);
    }

    [Fact]
    public void A_kept_pages_links_are_read_from_the_render_cache_file_when_every_file_is_checked_and_a_failed_build_lets_the_file_go()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var target = Path.Combine(options.InputDir, Target);
        var linking = Path.Combine(options.InputDir, Linking);
        var slug = SlugOf(options, "pakistan-2020.md");
        File.WriteAllText(target, File.ReadAllText(target) + "\n## A heading for links\n\nText under it.\n");
        File.WriteAllText(linking, File.ReadAllText(linking) + $"\nSee [the heading](/articles/{slug}/#a-heading-for-links).\n");
        Assert.True(Build(options).Succeeded);
        // A build that saves the render cache whole (no segment): the linking page's entry is in the file's base.
        File.WriteAllText(linking, File.ReadAllText(linking) + "\nIraq's militias after the elections.\n");
        Assert.True(Build(options).Succeeded);

        // Every file checked, the linking page kept: its links are read from the cache file (StoredReferences) and its broken one reported.
        File.WriteAllText(target, File.ReadAllText(target).Replace("## A heading for links", "## A heading for nothing", StringComparison.Ordinal));
        var broken = Build(options);
        var clean = SiteBuilder.Build(options with { Clean = true, CacheDir = temp.Combine("clean-cache") });
        Assert.False(broken.Succeeded);
        Assert.Equal(Lines(clean), Lines(broken));
        Assert.Contains(broken.Diagnostics, d => d.Code == DiagnosticCodes.LinkFragmentMissing && d.Message.Contains("a-heading-for-links", StringComparison.Ordinal));

        // The failed build let go of the cache file it read: the next build in the same process saves its cache.
        File.WriteAllText(target, File.ReadAllText(target).Replace("## A heading for nothing", "## A heading for links", StringComparison.Ordinal));
        var mended = Build(options);
        Assert.True(mended.Succeeded, string.Join("\n", mended.Diagnostics));
        Assert.DoesNotContain(mended.Diagnostics, d => d.Code == DiagnosticCodes.RenderCacheNotSaved);
    }

    [Fact]
    public void With_the_same_pages_and_anchors_only_the_files_made_are_checked_and_a_new_broken_link_is_reported_as_a_clean_build_does()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var linking = Path.Combine(options.InputDir, Linking);
        var slug = SlugOf(options, "pakistan-2020.md");
        Assert.True(SiteBuilder.Build(options).Succeeded);

        // A paragraph added, of words the article has already (a new word could add a search shard): no page, file or anchor comes or goes.
        File.WriteAllText(linking, File.ReadAllText(linking) + "\nIraq's militias after the elections.\n");
        var progress = new List<string>();
        var edited = SiteBuilder.Build(options, progress.Add);
        Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics));
        var line = Assert.Single(progress, p => p.StartsWith("Checked the links of ", StringComparison.Ordinal));
        Assert.Contains("made this build", line, StringComparison.Ordinal);
        var checkedFiles = int.Parse(line.Split(' ')[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(checkedFiles, 1, edited.Pages - 1);
        var clean = SiteBuilder.Build(options with { OutputDir = temp.Combine("clean"), Clean = true, CacheDir = temp.Combine("clean-cache") });
        Assert.Equal(Lines(clean).Select(l => l.Replace(temp.Combine("clean"), options.OutputDir, StringComparison.Ordinal)), Lines(edited));

        // A link to an anchor that no page has, in the page made this build: reported, as a clean build reports it.
        File.WriteAllText(linking, File.ReadAllText(linking) + $"\nThe [militias](/articles/{slug}/#no-such-heading).\n");
        progress.Clear();
        var broken = SiteBuilder.Build(options, progress.Add);
        Assert.Contains(progress, p => p.Contains("made this build", StringComparison.Ordinal));
        var cleanBroken = SiteBuilder.Build(options with { Clean = true, CacheDir = temp.Combine("clean-cache-2") });
        Assert.False(broken.Succeeded);
        Assert.Equal(Lines(cleanBroken), Lines(broken));
        Assert.Contains(broken.Diagnostics, d => d.Code == DiagnosticCodes.LinkFragmentMissing && d.Message.Contains("no-such-heading", StringComparison.Ordinal));
    }

    [Fact]
    public void New_words_and_a_new_article_add_files_and_only_the_files_made_are_checked_with_a_clean_builds_diagnostics()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var linking = Path.Combine(options.InputDir, Linking);
        Assert.True(SiteBuilder.Build(options).Succeeded);

        // Words no article had (new search shards) and a new article (new pages, feeds, citations): files only added.
        File.WriteAllText(linking, File.ReadAllText(linking) + "\nZyxwvut quillofaxian brembleworth.\n");
        File.WriteAllText(Path.Combine(options.InputDir, "articles", "2021", "added-for-links.md"),
            "---\ntitle: An Article Added For Links\nauthors:\n- Jacob Zenn\ndate: 2021-12-03\nvolume: 19\nissue: 30\nkind: analysis\ntags:\n- Iraq\n---\n\n"
            + "An added article.\n\n## A heading\n\nMore text with a footnote.[^1]\n\n[^1]: A note.\n");
        var progress = new List<string>();
        var edited = SiteBuilder.Build(options, progress.Add);
        Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics));
        Assert.NotEmpty(edited.Changes!.Added);
        var line = Assert.Single(progress, p => p.StartsWith("Checked the links of ", StringComparison.Ordinal));
        Assert.Contains("made this build", line, StringComparison.Ordinal);
        var checkedFiles = int.Parse(line.Split(' ')[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(checkedFiles, 1, edited.Pages - 1);
        var clean = SiteBuilder.Build(options with { OutputDir = temp.Combine("clean"), Clean = true, CacheDir = temp.Combine("clean-cache") });
        Assert.Equal(Lines(clean).Select(l => l.Replace(temp.Combine("clean"), options.OutputDir, StringComparison.Ordinal)), Lines(edited));

        // Unchanged again: the state the cache saved (its entries and the rest) reads back as this build's, so again only what is made.
        progress.Clear();
        Assert.True(SiteBuilder.Build(options, progress.Add).Succeeded);
        Assert.Contains(progress, p => p.StartsWith("Checked the links of ", StringComparison.Ordinal) && p.Contains("made this build", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_or_anchor_removed_breaks_the_link_of_a_kept_file_which_is_reported_as_a_full_check_reports_it()
    {
        using var temp = new TempDirectory();
        const string Base = "https://example.org/";
        const string A = "<html><body><a href=\"/b/#x\">b</a> <a href=\"/c.css\">c</a></body></html>";
        var first = new OutputCatalogue(temp.Combine("out"), Base);
        var linking = first.Written("a/index.html", A)!;
        first.Written("b/index.html", "<html><body><h2 id=\"x\">x</h2></body></html>");
        first.Written("c.css", "body{}");
        var sound = first.CheckLinks(null, null);
        Assert.Empty(sound.Diagnostics);
        Assert.False(sound.OnlyMade);

        // a kept, b made again, c.css gone: a kept file's link no longer resolves, so every file is checked.
        var second = new OutputCatalogue(temp.Combine("out"), Base);
        second.Reused("a/index.html", linking);
        second.Written("b/index.html", "<html><body><h2 id=\"x\">x</h2></body></html>");
        var incremental = second.CheckLinks(null, sound.State);
        Assert.False(incremental.OnlyMade);
        var full = new OutputCatalogue(temp.Combine("out"), Base);
        full.Written("a/index.html", A);
        full.Written("b/index.html", "<html><body><h2 id=\"x\">x</h2></body></html>");
        var expected = full.CheckLinks(null, null).Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains("c.css", Assert.Single(expected), StringComparison.Ordinal);
        Assert.Equal(expected, incremental.Diagnostics.Select(d => d.ToString()));

        // An anchor gone from a page made this build: the kept page's link to it is reported.
        var third = new OutputCatalogue(temp.Combine("out"), Base);
        third.Reused("a/index.html", linking);
        third.Written("b/index.html", "<html><body><h2 id=\"y\">y</h2></body></html>");
        third.Written("c.css", "body{}");
        var anchorGone = third.CheckLinks(null, sound.State);
        Assert.False(anchorGone.OnlyMade);
        Assert.Contains(anchorGone.Diagnostics, d => d.Code == DiagnosticCodes.LinkFragmentMissing && d.Location!.Path.EndsWith("a/index.html", StringComparison.Ordinal));

        // Only added (a file, an anchor): only what was made is checked, and nothing is reported.
        var fourth = new OutputCatalogue(temp.Combine("out"), Base);
        fourth.Reused("a/index.html", linking);
        fourth.Written("b/index.html", "<html><body><h2 id=\"x\">x</h2><h2 id=\"z\">z</h2></body></html>");
        fourth.Written("c.css", "body{}");
        fourth.Written("d.js", "1");
        var added = fourth.CheckLinks(null, sound.State);
        Assert.True(added.OnlyMade);
        Assert.Equal(1, added.Checked);
        Assert.Empty(added.Diagnostics);
    }

    [Fact]
    public void A_state_only_adds_when_no_file_anchor_or_omission_is_gone_and_no_added_file_can_take_over_a_link()
    {
        static LinkState State(string[] omitted, params (string Path, string[]? Anchors)[] files) =>
            new(files.ToDictionary(f => f.Path, f => f.Anchors is null ? null : (IReadOnlySet<string>)f.Anchors.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal),
                omitted.ToHashSet(StringComparer.Ordinal));
        static bool OnlyAdds(LinkState now, LinkState before) => now.OnlyAdds(before, OutputTree.Of("out", now.Files.Keys));

        var before = State([], ("a/index.html", ["x", "y"]), ("b/index.html", ["z"]), ("c.css", null));
        Assert.True(OnlyAdds(State([], ("b/index.html", ["z"]), ("c.css", null), ("a/index.html", ["y", "x"])), before));
        Assert.True(OnlyAdds(State([], ("a/index.html", ["x", "y", "w"]), ("b/index.html", ["z"]), ("c.css", null), ("d.js", null)), before));
        Assert.True(OnlyAdds(State(["e/index.html"], ("a/index.html", ["x", "y"]), ("b/index.html", ["z"]), ("c.css", null)), before));
        // A file gone, an anchor gone or moved, anchors no longer known.
        Assert.False(OnlyAdds(State([], ("a/index.html", ["x", "y"]), ("b/index.html", ["z"])), before));
        Assert.False(OnlyAdds(State([], ("a/index.html", ["x"]), ("b/index.html", ["z", "y"]), ("c.css", null)), before));
        Assert.False(OnlyAdds(State([], ("a/index.html", null), ("b/index.html", ["z"]), ("c.css", null)), before));
        // An added file named as a folder the site has: a link to "a" reached a/index.html and would now reach the file.
        Assert.False(OnlyAdds(State([], ("a/index.html", ["x", "y"]), ("b/index.html", ["z"]), ("c.css", null), ("a", null)), before));
        // An omission gone, or an added file an omitted name matches (a link to it was excused, and would now be checked).
        var omitting = State(["e/index.html"], ("a/index.html", ["x", "y"]));
        Assert.False(OnlyAdds(State([], ("a/index.html", ["x", "y"])), omitting));
        Assert.False(OnlyAdds(State(["e/index.html"], ("a/index.html", ["x", "y"]), ("e/index.html", [])), omitting));
        Assert.False(OnlyAdds(State(["e"], ("a/index.html", ["x", "y"]), ("e/index.html", [])), State(["e"], ("a/index.html", ["x", "y"]))));
        Assert.True(OnlyAdds(State(["e/index.html"], ("a/index.html", ["x", "y"]), ("f/index.html", [])), omitting));
    }

    private static BuildResult Build(BuildOptions options) => SiteBuilder.Build(options);

    private static List<string> Lines(BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.ToString()).ToList();

    private static string SlugOf(BuildOptions options, string source)
    {
        var site = SiteLoader.Load(options.InputDir, new DiagnosticBag())!;
        return site.Articles.Single(a => a.SourcePath.EndsWith("/" + source, StringComparison.Ordinal)).Slug;
    }
}
