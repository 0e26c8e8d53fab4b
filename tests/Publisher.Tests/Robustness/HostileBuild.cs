using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Robustness;

/// <summary>
/// The fixture archive in a scratch folder nested two levels down (<c>temp/site/project/</c>), so that a file a
/// hostile slug writes "outside the output folder" still lands inside the test's own folder, where it is found.
/// </summary>
internal sealed class HostileBuild : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly BuildOptions _options;

    public HostileBuild()
    {
        var project = _temp.Combine("site", "project");
        FixtureSite.CopyTree(FixtureSite.FixtureInput, Path.Combine(project, "input"));
        _options = new BuildOptions { InputDir = Path.Combine(project, "input"), ThemeDir = RepoPaths.Theme, OutputDir = Path.Combine(project, "output") };
    }

    public BuildOptions Options => _options;

    public string Output => _options.OutputDir;

    /// <summary>Writes a file under the project's input folder.</summary>
    public HostileBuild Input(string relative, string text)
    {
        var full = Path.Combine(_options.InputDir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public HostileBuild Article(string name, string frontMatter, string body = "A body.") =>
        Input($"articles/hostile/{name}.md", $"---\n{frontMatter.TrimEnd('\n')}\n---\n\n{body}\n");

    /// <summary>Builds, then checks that no exception escaped, every diagnostic names a file, and nothing was written beside the output folder (but the render cache).</summary>
    public BuildResult BuildSafely()
    {
        var before = Everything();
        var result = SiteBuilder.Build(_options);
        foreach (var d in result.Diagnostics)
            Assert.DoesNotContain("Exception", d.Message, StringComparison.Ordinal);
        foreach (var d in result.Diagnostics.Where(d => d.Location?.Path.Contains("/articles/", StringComparison.Ordinal) == true))
            Assert.True(d.Location!.Line >= 1, $"diagnostic about an article without a line: {d}");
        var outputPrefix = Path.GetRelativePath(_temp.Path, _options.OutputDir).Replace('\\', '/') + "/";
        // The render cache beside input/ is the one file a build writes outside output/, on purpose.
        var cachePrefix = Path.GetRelativePath(_temp.Path, RenderCache.DefaultFolder(_options.InputDir)).Replace('\\', '/') + "/";
        var stray = Everything().Except(before)
            .Where(f => !f.StartsWith(outputPrefix, StringComparison.Ordinal) && !f.StartsWith(cachePrefix, StringComparison.Ordinal)).ToList();
        Assert.True(stray.Count == 0, "written outside the output folder: " + string.Join(", ", stray));
        return result;
    }

    public string Page(string relative) => File.ReadAllText(Path.Combine(_options.OutputDir, relative));

    public IReadOnlyList<string> OutputFiles() => FixtureSite.Files(_options.OutputDir);

    private IReadOnlySet<string> Everything() =>
        Directory.GetFiles(_temp.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_temp.Path, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);

    public static string Errors(BuildResult result) =>
        string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error));

    public void Dispose() => _temp.Dispose();
}
