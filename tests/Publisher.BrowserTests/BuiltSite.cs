using Publisher.Core.Build;
using Publisher.Core.Diagnostics;

namespace Publisher.BrowserTests;

/// <summary>
/// Builds the real sample archive (the repository's <c>input/</c> and <c>theme/</c>) once into a
/// scratch folder and starts one browser for all browser tests. Pages are opened from disk
/// (<c>file://</c>), which is also how the site promises to work without a server.
/// Beside it, the unit tests' fixture archive is built with the same theme: it has every page kind the sample lacks
/// (aliases, second pages of paged lists, press coverage), and one more article, Fixtures/every-markdown-shape.md,
/// with every Markdown construct, so the checkers also see what the renderer makes of tables, lists, images, ….
/// That article is a draft and the fixture is built with <c>--drafts</c>, so the draft marks editors preview are checked too.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "publisher-browser", Guid.NewGuid().ToString("N"));

    public string OutputDir => Path.Combine(_scratch, "output");

    /// <summary>Where the fixture archive was built.</summary>
    public string FixtureOutputDir => Path.Combine(_scratch, "fixture-output");

    /// <summary>The Markdown-shapes draft's page in the fixture site.</summary>
    public const string MarkdownShapesPage = "articles/every-markdown-shape/index.html";

    /// <summary>The fixture archive's input as built: the unit tests' fixture plus the Markdown-shapes article.</summary>
    public string FixtureInputDir => Path.Combine(_scratch, "fixture-input");

    public static string SampleInputDir => Path.Combine(RepoRoot(), "input");

    public Microsoft.Playwright.IBrowser Browser { get; private set; } = null!;

    private Microsoft.Playwright.IPlaywright? _playwright;

    public string AxeScript { get; private set; } = "";

    public async Task InitializeAsync()
    {
        BuildInto(SampleInputDir, OutputDir, drafts: false);
        CopyTree(Path.Combine(RepoRoot(), "tests", "Publisher.Tests", "Build", "Fixtures", "monitor", "input"), FixtureInputDir);
        File.Copy(Path.Combine(RepoRoot(), "tests", "Publisher.BrowserTests", "Fixtures", "every-markdown-shape.md"),
            Path.Combine(FixtureInputDir, "articles", "every-markdown-shape.md"));
        BuildInto(FixtureInputDir, FixtureOutputDir, drafts: true);

        AxeScript = await File.ReadAllTextAsync(NodeTools.AxePath());
        (_playwright, Browser) = await ChromiumBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        try { Directory.Delete(_scratch, recursive: true); } catch (IOException) { }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void BuildInto(string inputDir, string outputDir, bool drafts)
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDir = inputDir, ThemeDir = Path.Combine(RepoRoot(), "theme"), OutputDir = outputDir, Drafts = drafts,
        });
        if (!result.Succeeded)
            throw new InvalidOperationException($"{inputDir} does not build:\n" + string.Join('\n', result.Diagnostics));
    }

    /// <summary>
    /// The output files (site paths) of each page kind of <see cref="PageKinds.All"/> for the archive in
    /// <paramref name="inputDir"/>, read from the catalogue itself, so a new kind is checked as soon as it exists.
    /// <paramref name="drafts"/> as the site was built (<see cref="FixtureInputDir"/> with drafts, the sample without).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> PagesByKind(string inputDir, bool drafts)
    {
        var site = SiteLoader.Load(inputDir, new DiagnosticBag(), includeDrafts: drafts) ?? throw new InvalidOperationException($"{inputDir} does not load");
        return PageKinds.All.ToDictionary(k => k.Name,
            k => (IReadOnlyList<string>)k.Pages(site).Select(p => Permalinks.OutputPath(p.Url)).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The file:// URL of a file of the fixture site given by its site path.</summary>
    public string FixtureUrl(string sitePath) => new Uri(Path.Combine(FixtureOutputDir, sitePath)).AbsoluteUri;

    /// <summary>The file:// URL of an output file given by its site path ("articles/x/index.html").</summary>
    public string Url(string sitePath) => new Uri(Path.Combine(OutputDir, sitePath)).AbsoluteUri;

    /// <summary>
    /// Every HTML page of the built site but the redirects (<see cref="Redirects"/>), as site paths, ordinal-sorted:
    /// a redirect is left as soon as it loads, so it is checked by following it, not by inspecting it.
    /// </summary>
    public IReadOnlyList<string> Pages() => AllHtml().Where(p => !IsRedirect(p)).ToList();

    /// <summary>The redirect pages at old addresses (<c>&lt;meta http-equiv="refresh"&gt;</c>), as site paths.</summary>
    public IReadOnlyList<string> Redirects() => AllHtml().Where(IsRedirect).ToList();

    private IEnumerable<string> AllHtml() =>
        Directory.GetFiles(OutputDir, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDir, f).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);

    private bool IsRedirect(string sitePath) =>
        File.ReadAllText(Path.Combine(OutputDir, sitePath)).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal);

    public string FirstPage(string prefix) =>
        Pages().First(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.Count(c => c == '/') == 2);

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Publisher.sln not found");
    }
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built sample site";
}
