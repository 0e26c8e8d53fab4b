using Publisher.Cli.Commands;
using Publisher.Core.Build;
using Publisher.Core.Import;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// A scratch copy of the sample project as an editor starts it: the raw <c>seeds/</c> and the editor files
/// of <c>input/</c> (site.yml, tags.yml, outlets.yml), then <c>import</c> and <c>build</c> run the way
/// the CLI runs them, with the committed theme.
/// </summary>
public sealed class SampleProject : IDisposable
{
    public static readonly string[] EditorFiles = ["site.yml", "tags.yml", "outlets.yml"];

    private readonly TempDirectory _temp = new();

    public SampleProject()
    {
        FixtureCopy.Tree(RepoPaths.Seeds, Path.Combine(Root, "seeds"));
        foreach (var name in EditorFiles)
            FixtureCopy.File(Path.Combine(RepoPaths.Input, name), Path.Combine(InputDir, name));

        Import = Importer.Run(new ImportOptions
        {
            ProjectRoot = Root,
            Pipeline = ImportCommand.CreatePipeline(),
            TagMatcher = ImportCommand.CreateTagMatcher(),
        });
        Build = SiteBuilder.Build(new BuildOptions { InputDir = InputDir, ThemeDir = RepoPaths.Theme, OutputDir = OutputDir });
    }

    public string Root => _temp.Path;
    public string InputDir => Path.Combine(Root, "input");
    public string OutputDir => Path.Combine(Root, "output");

    public ImportReport Import { get; }
    public BuildResult Build { get; }

    public void Dispose() => _temp.Dispose();
}

internal static class FixtureCopy
{
    public static void Tree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    public static void File(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        System.IO.File.Copy(from, to, overwrite: true);
    }

    /// <summary>Fails, listing what differs, unless both trees hold the same files with the same bytes.</summary>
    public static void AssertSameTree(string expectedRoot, string actualRoot, string hint = "")
    {
        var differences = Differences(expectedRoot, actualRoot);
        Assert.True(differences.Length == 0, $"{actualRoot} differs from {expectedRoot}:\n{differences}{hint}");
    }

    /// <summary>
    /// "" when the two trees hold the same files with the same bytes; otherwise the files missing, extra and
    /// different, with a line diff of the first different one.
    /// </summary>
    public static string Differences(string expectedRoot, string actualRoot)
    {
        var expected = SampleSite.Files(expectedRoot);
        var actual = SampleSite.Files(actualRoot);
        var sb = new System.Text.StringBuilder();
        foreach (var missing in expected.Except(actual, StringComparer.Ordinal)) sb.Append("missing: ").Append(missing).Append('\n');
        foreach (var extra in actual.Except(expected, StringComparer.Ordinal)) sb.Append("extra: ").Append(extra).Append('\n');
        var diffShown = false;
        foreach (var file in expected.Intersect(actual, StringComparer.Ordinal))
        {
            var (a, b) = (System.IO.File.ReadAllBytes(Path.Combine(expectedRoot, file)), System.IO.File.ReadAllBytes(Path.Combine(actualRoot, file)));
            if (a.AsSpan().SequenceEqual(b)) continue;
            sb.Append("different: ").Append(file).Append('\n');
            if (diffShown) continue;
            diffShown = true;
            sb.Append(LineDiff.Describe(System.Text.Encoding.UTF8.GetString(a), System.Text.Encoding.UTF8.GetString(b)));
        }
        return sb.ToString();
    }
}
