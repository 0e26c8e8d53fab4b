using Publisher.Core.Build;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// The committed sample archive (<c>input/</c>) built with the committed <c>theme/</c> into a scratch
/// folder, once for every test class in the <see cref="SampleSiteCollection"/>; the committed input is
/// only read. Also holds the articles' front matter as the editors' files state it, so tests can say
/// what the output should contain without asking the build.
/// </summary>
public sealed class SampleSite : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SampleSite()
    {
        OutputDir = _temp.Combine("output");
        Result = SiteBuilder.Build(new BuildOptions { InputDir = RepoPaths.Input, ThemeDir = RepoPaths.Theme, OutputDir = OutputDir });

        var diagnostics = new List<Diagnostic>();
        var site = ConfigFiles.ReadSite(File.ReadAllText(Path.Combine(RepoPaths.Input, "site.yml")), "input/site.yml", diagnostics)
            ?? throw new InvalidOperationException("input/site.yml does not read: " + string.Join("\n", diagnostics));
        BaseUrl = site.BaseUrl.TrimEnd('/') + "/";
        Articles = ReadArticles(diagnostics);
        if (diagnostics.Any(d => d.Severity == Severity.Error))
            throw new InvalidOperationException("the committed input does not read: " + string.Join("\n", diagnostics));
    }

    public BuildResult Result { get; }

    public string OutputDir { get; }

    /// <summary>site.yml's base URL with one trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Every committed article's front matter, by file path (ordinal).</summary>
    public IReadOnlyList<ArticleDocument> Articles { get; }

    public IReadOnlyList<string> OutputFiles() => Files(OutputDir);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(OutputDir, relativePath));

    /// <summary>
    /// The output file an absolute site URL is served from (<c>…/articles/x/</c> → <c>articles/x/index.html</c>),
    /// or null when the URL is not under the base URL.
    /// </summary>
    public string? OutputPathFor(string absoluteUrl)
    {
        if (!absoluteUrl.StartsWith(BaseUrl, StringComparison.Ordinal)) return null;
        var path = absoluteUrl[BaseUrl.Length..].Split('#', '?')[0];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>Every file under <paramref name="root"/>, as sorted forward-slash relative paths.</summary>
    public static IReadOnlyList<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    private static List<ArticleDocument> ReadArticles(List<Diagnostic> diagnostics)
    {
        var folder = Path.Combine(RepoPaths.Input, "articles");
        return Files(folder)
            .Select(relative => ArticleFile.Read(File.ReadAllText(Path.Combine(folder, relative)), "input/articles/" + relative, diagnostics)
                ?? throw new InvalidOperationException($"input/articles/{relative} does not read: " + string.Join("\n", diagnostics)))
            .ToList();
    }

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(nameof(SampleSiteCollection))]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>;
