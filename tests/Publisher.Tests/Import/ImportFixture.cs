using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import;

/// <summary>A scratch project (seeds/ and input/) for one importer test, never the real input folder.</summary>
public sealed class ImportFixture : IDisposable
{
    public TempDirectory Temp { get; } = new();

    public string Root => Temp.Path;

    /// <summary>Copies the real sample seeds and sidecars, and the editor files of input/.</summary>
    public ImportFixture WithSampleProject(params string[] seedPrefixes)
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds))
        {
            var name = Path.GetFileName(file);
            if (seedPrefixes.Length == 0 || seedPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
                File.Copy(file, Temp.Combine("seeds", name).EnsureFolder());
        }
        foreach (var name in new[] { "site.yml", "tags.yml", "outlets.yml" })
            File.Copy(Path.Combine(RepoPaths.Input, name), Temp.Combine("input", name).EnsureFolder());
        return this;
    }

    /// <summary>Runs import the way the CLI does: the default fix-up rules and tag matcher unless a test names its own rules.</summary>
    public ImportReport Import(bool force = false, FixupPipeline? pipeline = null) =>
        Importer.Run(new ImportOptions
        {
            ProjectRoot = Root,
            Force = force,
            Pipeline = pipeline ?? DefaultFixups.Create(),
            TagMatcher = TagMatcher.Match,
        });

    public string Read(string relative) => File.ReadAllText(Temp.Combine(relative.Split('/')));

    public IReadOnlyList<string> ArticleFiles() =>
        Directory.Exists(Temp.Combine("input", "articles"))
            ? Directory.GetFiles(Temp.Combine("input", "articles"), "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Each imported article's text by its front matter's title (YAML quotes left out).</summary>
    public IReadOnlyDictionary<string, string> ArticlesByTitle() =>
        ArticleFiles().Select(Read).ToDictionary(
            a => a.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..].Trim('\'', '"'),
            StringComparer.Ordinal);

    /// <summary>Every file under input/ with its bytes, for comparing whole runs.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.GetFiles(Temp.Combine("input"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Root, f).Replace('\\', '/'), f => Convert.ToHexString(File.ReadAllBytes(f)), StringComparer.Ordinal);

    public void Dispose() => Temp.Dispose();
}

internal static class PathExtensions
{
    public static string EnsureFolder(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
