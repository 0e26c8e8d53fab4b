using System.CommandLine;
using Publisher.Cli;
using Publisher.Cli.Commands;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;

/// <summary>Runs <c>publisher build</c> as the CLI does, capturing what it prints.</summary>
[Collection(nameof(ConsoleCapture))]
public class BuildCommandTests
{
    private static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(BuildCommand.Create());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        var (output, error) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (CommandLine.Run(root, args), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    [Fact]
    public void Builds_the_fixture_and_prints_a_one_line_summary()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);

        var (exit, output, _) = Run("build", "--input", options.InputDir, "--theme", options.ThemeDir, "--output", options.OutputDir,
            "--base-url", "https://staging.example.org/archive");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"^Built \d+ pages and \d+ feeds into '.*' in \d+\.\d\d s\.\n(\d+) pages: \1 added, 0 changed, 0 removed; [^\n]+\n$", output.Replace("\r\n", "\n"));
        var home = File.ReadAllText(Path.Combine(options.OutputDir, "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://staging.example.org/archive/\">", home);
    }

    [Fact]
    public void Missing_title_and_date_exit_1_with_file_and_line()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/broken/no-title.md", "---\ndate: 2021-01-01\n---\n\nBody.\n");
        temp.Write("input/articles/broken/no-date.md", "---\ntitle: Undated\n---\n\nBody.\n");

        var (exit, _, error) = Run("build", "--input", options.InputDir, "--theme", options.ThemeDir, "--output", options.OutputDir);

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("input/articles/broken/no-date.md:2: error PUB003: article has no 'date'", error);
        Assert.Contains("input/articles/broken/no-title.md:2: error PUB003: article has no 'title'", error);
        Assert.False(Directory.Exists(options.OutputDir));
    }

    [Fact]
    public void The_summary_counts_what_was_written_and_warnings_do_not_fail_the_build()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/extra/odd-slug.md", "---\ntitle: Odd Slug\nslug: Odd Slug!\ndate: 2021-01-01\n---\n\nBody.\n");

        var (exit, output, error) = Run("build", "--input", options.InputDir, "--theme", options.ThemeDir, "--output", options.OutputDir);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("input/articles/extra/odd-slug.md:3:7: warning PUB207: slug 'Odd Slug!'", error.Replace('\\', '/'));
        var match = System.Text.RegularExpressions.Regex.Match(output, @"Built (\d+) pages and (\d+) feeds");
        var files = FixtureSite.Files(options.OutputDir);
        Assert.Equal(files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(files.Count(f => f.EndsWith("feed.xml", StringComparison.Ordinal) || f.EndsWith("atom.xml", StringComparison.Ordinal) || f.EndsWith("feed.json", StringComparison.Ordinal)), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_template_error_exits_1_naming_the_template_and_keeps_the_previous_site()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        Assert.Equal(ExitCodes.Success, Run("build", "--input", options.InputDir, "--theme", options.ThemeDir, "--output", options.OutputDir).ExitCode);
        var before = File.ReadAllText(Path.Combine(options.OutputDir, "index.html"));
        temp.Write("theme/layouts/tag.sbn-html", "{{ for card in content.list.items }}\n<p>{{ card.title }}</p>\n");

        var (exit, _, error) = Run("build", "--input", options.InputDir, "--theme", options.ThemeDir, "--output", options.OutputDir);

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("theme/layouts/tag.sbn-html:1:4: error PUB202", error.Replace('\\', '/'));
        Assert.Contains("was not changed", error);
        // The closing line names the cause again, so warnings printed above cannot bury it.
        var last = error.TrimEnd().Split('\n')[^1].Replace('\\', '/');
        Assert.StartsWith("publisher: build failed", last);
        Assert.Contains("First error: ", last);
        Assert.Contains("tag.sbn-html:1:4: error PUB202", last);
        Assert.Equal(before, File.ReadAllText(Path.Combine(options.OutputDir, "index.html")));
    }

    [Fact]
    public void Unknown_options_are_bad_usage()
    {
        var (exit, _, error) = Run("build", "--colour", "red");
        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("--colour", error);
    }
}
