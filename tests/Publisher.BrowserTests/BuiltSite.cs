using Publisher.Core.Build;

namespace Publisher.BrowserTests;

/// <summary>
/// Builds the real sample archive (the repository's <c>input/</c> and <c>theme/</c>) once into a
/// scratch folder and starts one browser for all browser tests. Pages are opened from disk
/// (<c>file://</c>), which is also how the site promises to work without a server.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    public string OutputDir { get; } = Path.Combine(Path.GetTempPath(), "publisher-browser", Guid.NewGuid().ToString("N"), "output");

    public Microsoft.Playwright.IBrowser Browser { get; private set; } = null!;

    private Microsoft.Playwright.IPlaywright? _playwright;

    public string AxeScript { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var root = RepoRoot();
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDir = Path.Combine(root, "input"),
            ThemeDir = Path.Combine(root, "theme"),
            OutputDir = OutputDir,
        });
        if (!result.Succeeded)
            throw new InvalidOperationException("The sample archive does not build:\n" + string.Join('\n', result.Diagnostics));

        AxeScript = await File.ReadAllTextAsync(NodeTools.AxePath());
        (_playwright, Browser) = await ChromiumBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(OutputDir)!, recursive: true); } catch (IOException) { }
    }

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
