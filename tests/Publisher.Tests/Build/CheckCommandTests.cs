using System.CommandLine;
using System.Text.Json;
using Publisher.Cli;
using Publisher.Cli.Commands;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary><c>publisher check</c> and <c>--strict</c> as the CLI runs them: what is printed, the exit code, nothing written.</summary>
[Collection(nameof(ConsoleCapture))]
public class CheckCommandTests
{
    private const string Misspelt = "---\ntitle: Misspelt Tag\nauthors:\n- Rami Jameel\ndate: 2021-06-01\nkind: analysis\nsummary: S.\ntags:\n- Pakistn\n---\n\nBody.\n";

    private static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        var (output, error) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (CommandLine.Run(root, args), output.ToString().Replace("\r\n", "\n"), error.ToString().Replace('\\', '/'));
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    [Fact]
    public void Warnings_only_exit_0_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/t/tag.md", Misspelt);

        var (exit, output, error) = Run("check", "--input", options.InputDir, "--theme", options.ThemeDir);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("input/articles/t/tag.md:9:3: warning PUB011: tag 'Pakistn' is not in tags.yml", error);
        Assert.Matches(@"^Checked '.*': 0 errors, \d+ warnings; build would succeed; read the warnings\.\n$", output);
        Assert.False(Directory.Exists(temp.Combine("output")));
        Assert.Equal(["input"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Strict_turns_warnings_into_errors_and_exits_1()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/t/tag.md", Misspelt);

        var (exit, output, error) = Run("check", "--input", options.InputDir, "--theme", options.ThemeDir, "--strict");

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("input/articles/t/tag.md:9:3: error PUB011: tag 'Pakistn'", error);
        Assert.Contains("build would fail. (--strict: warnings count as errors)", output);
    }

    [Fact]
    public void Errors_exit_1()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/t/undated.md", "---\ntitle: Undated\n---\n\nBody.\n");

        var (exit, output, error) = Run("check", "--input", options.InputDir, "--theme", options.ThemeDir);

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("input/articles/t/undated.md:2: error PUB003: article has no 'date'", error);
        Assert.Contains("1 error,", output);
    }

    [Fact]
    public void Json_gives_one_object_per_diagnostic_with_fixed_keys()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/t/tag.md", Misspelt);

        var (exit, output, error) = Run("check", "--input", options.InputDir, "--theme", options.ThemeDir, "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.All(items, item => Assert.Equal(["code", "severity", "file", "line", "column", "message"], item.EnumerateObject().Select(p => p.Name)));
        var tag = Assert.Single(items, item => item.GetProperty("message").GetString()!.Contains("Pakistn", StringComparison.Ordinal));
        Assert.Equal("PUB011", tag.GetProperty("code").GetString());
        Assert.Equal("warning", tag.GetProperty("severity").GetString());
        Assert.EndsWith("input/articles/t/tag.md", tag.GetProperty("file").GetString()!.Replace('\\', '/'));
        Assert.Equal(9, tag.GetProperty("line").GetInt32());
        Assert.Equal(3, tag.GetProperty("column").GetInt32());
        Assert.StartsWith("tag 'Pakistn' is not in tags.yml", tag.GetProperty("message").GetString());
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = Run("check", "--format", "xml");

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("xml", error);
    }

    [Fact]
    public void Build_strict_fails_on_warnings_and_leaves_the_output_alone()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/t/tag.md", Misspelt);

        var (exit, _, error) = Run("build", "--input", options.InputDir, "--theme", options.ThemeDir, "--output", options.OutputDir, "--strict");

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("error PUB011", error);
        Assert.Contains("(--strict: warnings count as errors)", error);
        Assert.False(Directory.Exists(options.OutputDir));
    }

    /// <summary>The committed sample: no errors, and its real mistakes (one name spelt two ways) are warnings.</summary>
    [Fact]
    public void The_sample_site_checks_without_errors_and_reports_the_name_spelling_variant()
    {
        var (exit, _, error) = Run("check", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain(": error ", error);
        Assert.Contains("warning PUB017: 'al-Khadimi'", error);
    }
}

public class ReadmeKindsTests
{
    [Fact]
    public void The_readme_lists_every_kind_an_article_may_have()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.All(Publisher.Core.Build.Lint.ArticleLint.Kinds, kind => Assert.Contains($"`{kind}`", readme));
    }
}
