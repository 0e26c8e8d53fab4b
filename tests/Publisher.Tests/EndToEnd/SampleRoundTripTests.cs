using System.Text.RegularExpressions;
using Publisher.Cli;
using Publisher.Core.Build.Checks;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// seeds/ → import → build on a scratch copy of the sample project: the run is clean, reproduces the
/// committed input/ exactly, is deterministic, and the CLI built from this checkout behaves as the README says.
/// </summary>
public sealed partial class SampleRoundTripTests(SampleProject project) : IClassFixture<SampleProject>
{
    private const string BaseUrl = "https://monitor-archive.example.org/";
    // The committed sample archive must be exactly what import produces from the committed seeds.
    private const string RegenerateHint =
        "The committed input/ is not what import produces now: if import changed on purpose, run `publisher import` and commit input/.";

    private const string Article = "articles/2021/togo-suffers-first-al-qaeda-affiliated-jihadist-attack.md";

    [Fact]
    public void Import_and_build_report_no_errors()
    {
        Assert.DoesNotContain(project.Import.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True(project.Build.Succeeded, string.Join("\n", project.Build.Diagnostics));
        Assert.DoesNotContain(project.Build.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void The_link_checker_finds_nothing_in_the_built_site()
    {
        Assert.Empty(LinkChecker.Check(project.OutputDir, BaseUrl));
    }

    [Fact]
    public void Import_writes_exactly_the_committed_articles_byte_for_byte()
    {
        FixtureCopy.AssertSameTree(Path.Combine(RepoPaths.Input, "articles"), Path.Combine(project.InputDir, "articles"), RegenerateHint);
    }

    [Fact]
    public void Import_writes_exactly_the_committed_author_profiles_and_manifest()
    {
        FixtureCopy.AssertSameTree(Path.Combine(RepoPaths.Input, "authors"), Path.Combine(project.InputDir, "authors"), RegenerateHint);
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepoPaths.Input, ".import-manifest.yml")),
            File.ReadAllText(Path.Combine(project.InputDir, ".import-manifest.yml")));
    }

    [Fact]
    public void A_second_full_import_and_build_gives_byte_identical_input_and_output()
    {
        using var second = new SampleProject();

        FixtureCopy.AssertSameTree(project.InputDir, second.InputDir);
        FixtureCopy.AssertSameTree(project.OutputDir, second.OutputDir);
    }

    [Fact]
    public void The_cli_builds_the_imported_archive_prints_its_summary_and_writes_the_same_site()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");

        var (exit, stdout, stderr) = PublisherProcess.Run(temp.Path, "build", "--input", project.InputDir, "--theme", RepoPaths.Theme, "--output", output);

        Assert.True(exit == ExitCodes.Success, $"exit {exit}\n{stdout}\n{stderr}");
        var files = SampleSite.Files(output);
        var pages = files.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
        var feeds = files.Count(f => f is "feed.xml" or "atom.xml" or "feed.json" || f.EndsWith("/feed.xml", StringComparison.Ordinal)
            || (f.StartsWith("publications/", StringComparison.Ordinal) && (f.EndsWith("/atom.xml", StringComparison.Ordinal) || f.EndsWith("/feed.json", StringComparison.Ordinal))));
        Assert.Matches($@"^Built {pages} pages and {feeds} feeds into '{Regex.Escape(output)}' in \d+\.\d\d s\.\n{pages} pages: {pages} added, 0 changed, 0 removed; [^\n]*warning[^\n]*\n$", stdout);
        // The sample's likely mistakes (see SampleSiteSnapshotTests) are warned about; nothing else is printed.
        Assert.All(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.True(LikelyMistakes.IsPrinted(line), line));
        FixtureCopy.AssertSameTree(project.OutputDir, output);
    }

    [Fact]
    public void A_build_with_a_broken_link_exits_1_with_file_and_line_and_leaves_the_previous_site_untouched()
    {
        // Given an editor's copy of the project with a built site, and an article whose new link points nowhere
        using var temp = new TempDirectory();
        FixtureCopy.Tree(project.InputDir, temp.Combine("input"));
        FixtureCopy.Tree(project.OutputDir, temp.Combine("output"));
        var article = temp.Combine(["input", .. Article.Split('/')]);
        File.AppendAllText(article, "\nSee [the Sahel topic](/tags/sahel-that-does-not-exist/).\n");
        var line = File.ReadAllLines(article).Length;

        // When the editor builds from the project folder
        var (exit, stdout, stderr) = PublisherProcess.Run(temp.Path, "build", "--input", "input", "--theme", RepoPaths.Theme, "--output", "output");

        // Then the build fails naming the file and line, and the previous site is exactly as it was
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains($"input/{Article}:{line}:5: error {DiagnosticCodes.BrokenInternalLink}: link to '/tags/sahel-that-does-not-exist/'", stderr, StringComparison.Ordinal);
        Assert.Contains("'output' was not changed", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Built", stdout, StringComparison.Ordinal);
        FixtureCopy.AssertSameTree(project.OutputDir, temp.Combine("output"));
        Assert.Equal(["input", "output"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
