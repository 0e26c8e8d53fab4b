using System.Diagnostics;
using System.Runtime.InteropServices;
using Publisher.Core.Build;

namespace Publisher.BrowserTests;

/// <summary>
/// The CLI as the tool package ships it for this machine, published once (<c>dotnet publish src/Publisher -r RID</c>: on
/// linux-x64 compiled ahead of time, Native AOT, with the framework trimmed), run as editors run it. The unit tests run
/// the same code by the JIT, where reflection sees everything; these check what ahead-of-time compiling and trimming
/// could break (themes reading view models, front matter read into types, JSON, the importer's readers): the same
/// bytes as the in-process build, the same import.
/// </summary>
public sealed class ShippedCli : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "publisher-shipped-cli", Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(_scratch, "cli");

    public string Scratch => _scratch;

    public bool IsNative => File.Exists(Path.Combine(Folder, "publisher")) && !File.Exists(Path.Combine(Folder, "publisher.dll"));

    public ShippedCli()
    {
        var (exit, output) = Run("dotnet", BuiltSite.RepoRoot(),
            ["publish", "src/Publisher", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", Folder, "-v", "q", "--nologo"]);
        if (exit != 0) throw new InvalidOperationException("dotnet publish src/Publisher failed:\n" + output);
    }

    /// <summary>Runs the published CLI in <paramref name="workingDir"/>: its exit code and everything it printed.</summary>
    public (int Exit, string Output) Publisher(string workingDir, params string[] args) => IsNative
        ? Run(Path.Combine(Folder, "publisher"), workingDir, args)
        : Run("dotnet", workingDir, [Path.Combine(Folder, "publisher.dll"), .. args]);

    private static (int Exit, string Output) Run(string program, string workingDir, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    public void Dispose()
    {
        try { Directory.Delete(_scratch, recursive: true); } catch (IOException) { }
    }
}

public sealed class ShippedCliTests(ShippedCli cli) : IClassFixture<ShippedCli>
{
    [Fact]
    public void On_linux_x64_the_shipped_cli_is_compiled_ahead_of_time()
    {
        if (RuntimeInformation.RuntimeIdentifier != "linux-x64") return;
        Assert.True(cli.IsNative, "the linux-x64 publish should be one native 'publisher' file (PublishAot in src/Publisher/Publisher.csproj)");
    }

    [Theory]
    [InlineData("sample", false)]
    [InlineData("fixture", true)]
    public void It_builds_an_archive_to_the_in_process_builds_bytes(string archive, bool drafts)
    {
        var root = BuiltSite.RepoRoot();
        var input = archive == "sample" ? Path.Combine(root, "input") : Path.Combine(root, "tests", "Publisher.Tests", "Build", "Fixtures", "monitor", "input");
        // Each build beside its own copy of the input, so neither reads the other's cache (.publisher-cache/ beside it).
        var project = Path.Combine(cli.Scratch, archive);
        CopyTree(input, Path.Combine(project, "cli", "input"));
        CopyTree(input, Path.Combine(project, "in-process", "input"));
        var theirs = Path.Combine(project, "cli", "output");
        var ours = Path.Combine(project, "in-process", "output");

        string[] args = ["build", "--input", "input", "--theme", Path.Combine(root, "theme"), "--output", theirs, .. drafts ? new[] { "--drafts" } : []];
        var (exit, output) = cli.Publisher(Path.Combine(project, "cli"), args);
        Assert.True(exit == 0, output);
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDir = Path.Combine(project, "in-process", "input"), ThemeDir = Path.Combine(root, "theme"), OutputDir = ours, Drafts = drafts,
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var theirFiles = Files(theirs);
        Assert.Equal(Files(ours), theirFiles);
        Assert.True(theirFiles.Count > 50, $"only {theirFiles.Count} files built");
        foreach (var file in theirFiles)
            Assert.True(File.ReadAllBytes(Path.Combine(theirs, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(ours, file))), $"{file} differs from the in-process build's");
    }

    [Fact]
    public void It_imports_the_sample_seeds_to_the_committed_articles_and_checks_them()
    {
        var root = BuiltSite.RepoRoot();
        var project = Path.Combine(cli.Scratch, "import");
        CopyTree(Path.Combine(root, "input"), Path.Combine(project, "input"));
        CopyTree(Path.Combine(root, "seeds"), Path.Combine(project, "seeds"));

        var (exit, output) = cli.Publisher(project, "import");
        Assert.True(exit == 0, output);
        Assert.Contains("Nothing changed", output);
        Assert.Equal(Files(Path.Combine(root, "input")), Files(Path.Combine(project, "input")));

        var (checkExit, checkOutput) = cli.Publisher(project, "check", "--theme", Path.Combine(root, "theme"));
        Assert.True(checkExit == 0, checkOutput);
        Assert.Contains("0 errors", checkOutput);
    }

    private static List<string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".publisher-cache/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
