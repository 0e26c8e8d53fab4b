using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// The link check in proportion to the change: when the pages and anchors links are checked against are the previous
/// build's (LinkChecker.StateOf, kept in the render cache), only the files made this build are checked. Its diagnostics
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
    public void The_link_state_is_the_same_for_the_same_files_and_anchors_whatever_their_order_and_differs_when_one_changes()
    {
        var a = new PageScanBuilder("a/index.html", "x", "y").Scan;
        var b = new PageScanBuilder("b/index.html", "z").Scan;
        var state = Publisher.Core.Build.Checks.LinkChecker.StateOf(["a/index.html", "b/index.html", "c.css"], [a, b], "https://example.org/", "out", null);
        Assert.Equal(state, Publisher.Core.Build.Checks.LinkChecker.StateOf(["c.css", "b/index.html", "a/index.html"], [b, a], "https://example.org/", "out", null));
        Assert.NotEqual(state, Publisher.Core.Build.Checks.LinkChecker.StateOf(["a/index.html", "b/index.html"], [a, b], "https://example.org/", "out", null));
        Assert.NotEqual(state, Publisher.Core.Build.Checks.LinkChecker.StateOf(["a/index.html", "b/index.html", "c.css"], [a, new PageScanBuilder("b/index.html", "w").Scan], "https://example.org/", "out", null));
        // An anchor moved from one page to another is another state.
        Assert.NotEqual(state, Publisher.Core.Build.Checks.LinkChecker.StateOf(["a/index.html", "b/index.html", "c.css"],
            [new PageScanBuilder("a/index.html", "x").Scan, new PageScanBuilder("b/index.html", "z", "y").Scan], "https://example.org/", "out", null));
        Assert.NotEqual(state, Publisher.Core.Build.Checks.LinkChecker.StateOf(["a/index.html", "b/index.html", "c.css"], [a, b], "https://example.org/", "out", new HashSet<string> { "d/index.html" }));
        Assert.NotEqual(state, Publisher.Core.Build.Checks.LinkChecker.StateOf(["a/index.html", "b/index.html", "c.css"], [a, b], "https://example.net/", "out", null));
    }

    private sealed class PageScanBuilder(string path, params string[] anchors)
    {
        public Publisher.Core.Build.Checks.PageScan Scan { get; } =
            new(path, "out/" + path, anchors.ToHashSet(StringComparer.Ordinal), [], []);
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
