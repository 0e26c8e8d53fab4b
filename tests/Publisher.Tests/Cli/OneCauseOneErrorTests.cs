using Publisher.Cli;
using Publisher.Cli.Commands;
using Publisher.Tests.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>
/// Issue 10, "one cause, one error", through the CLI on the fixture site, for <c>build</c> and for <c>check</c> (which
/// renders into a temporary folder): a theme mistake is one error at its file:line:col, with no follow-on link errors,
/// and no message names a temporary folder (a build's staging folder or check's scratch folder).
/// </summary>
[Collection(nameof(ConsoleCapture))]
public class OneCauseOneErrorTests
{
    public static TheoryData<string> Commands => ["build", "check"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_misspelt_partial_is_one_error_at_the_include_and_no_link_errors(string command)
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var layout = temp.Combine("theme", "layouts", "article.sbn-html");
        var text = File.ReadAllText(layout);
        var at = text.IndexOf("include \"author-names\"", StringComparison.Ordinal);
        Assert.True(at >= 0, "the theme's article layout includes author-names");
        File.WriteAllText(layout, text[..at] + "include \"author-namez\"" + text[(at + "include \"author-names\"".Length)..]);
        var line = text[..at].Count(c => c == '\n') + 1;

        var (exitCode, errors, all) = Run(command, options);

        Assert.Equal(ExitCodes.Errors, exitCode);
        var error = Assert.Single(errors);
        Assert.Matches($@"^theme/layouts/article\.sbn-html:{line}:\d+: error PUB201: .*'author-namez'", error);
        Assert.DoesNotContain("PUB3", all);
        AssertNoTemporaryPaths(all);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_unclosed_block_is_one_error_at_its_line_and_column(string command)
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var footer = temp.Combine("theme", "partials", "footer.sbn-html");
        var line = File.ReadAllLines(footer).Length + 1;
        File.AppendAllText(footer, "{{ if site.title }}\n<p>never closed</p>\n");

        var (exitCode, errors, all) = Run(command, options);

        Assert.Equal(ExitCodes.Errors, exitCode);
        var error = Assert.Single(errors);
        Assert.StartsWith($"theme/partials/footer.sbn-html:{line}:4: error PUB202: this 'if' is never closed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("PUB3", all);
        AssertNoTemporaryPaths(all);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_broken_link_in_a_partial_on_every_page_is_one_error_in_the_output_folder_not_the_staging_one(string command)
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        File.AppendAllText(temp.Combine("theme", "partials", "footer.sbn-html"), "<a href=\"/no-such-page/\">Nowhere</a>\n");

        var (exitCode, errors, all) = Run(command, options);

        Assert.Equal(ExitCodes.Errors, exitCode);
        var error = Assert.Single(errors);
        Assert.Matches(@"^output/[^ ]+\.html:\d+:\d+: error PUB300: link to '/no-such-page/' .*the same link is on \d+ more pages", error);
        AssertNoTemporaryPaths(all);
    }

    /// <summary>
    /// Runs the command on the fixture copy; the copy's own folder is cut from the messages, so any temporary path
    /// left in them is one publisher made up.
    /// </summary>
    private static (int ExitCode, string[] Errors, string All) Run(string command, Core.Build.BuildOptions options)
    {
        var project = Path.GetDirectoryName(options.InputDir)!.Replace('\\', '/') + "/";
        string[] args = command == "build"
            ? ["build", "--input", options.InputDir, "--theme", options.ThemeDir, "--output", options.OutputDir]
            : ["check", "--input", options.InputDir, "--theme", options.ThemeDir];
        var (exitCode, output, error) = CliRunner.Run(command == "build" ? BuildCommand.Create() : CheckCommand.Create(), args);
        var all = (output + error).Replace('\\', '/').Replace(project, "", StringComparison.Ordinal);
        // The closing line ("publisher: build failed …" / "Checked '…'") repeats the first error as a reminder; it is not a second error.
        var closing = all.Split('\n').Where(IsClosingLine).ToList();
        var errors = all.Split('\n').Where(l => l.Contains(": error PUB", StringComparison.Ordinal) && !IsClosingLine(l)).ToArray();
        if (errors.Length > 0) Assert.Contains(closing, l => l.EndsWith("First error: " + errors[0], StringComparison.Ordinal));
        return (exitCode, errors, all);
    }

    private static bool IsClosingLine(string line) =>
        line.StartsWith("publisher: build failed", StringComparison.Ordinal) || line.StartsWith("Checked '", StringComparison.Ordinal);

    private static void AssertNoTemporaryPaths(string all)
    {
        Assert.DoesNotContain(".tmp-", all);
        Assert.DoesNotContain("publisher-check-", all);
        Assert.DoesNotContain(Path.GetTempPath().Replace('\\', '/').TrimEnd('/'), all);
    }
}
