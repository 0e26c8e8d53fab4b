using System.Text.RegularExpressions;
using Publisher.Cli;
using Publisher.Cli.Commands;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

[Collection(nameof(ConsoleCapture))]
public class BuildSummaryTests
{
    private static (int ExitCode, string Out, string Error) Build(BuildOptions options, params string[] extra) =>
        CliRunner.Run(BuildCommand.Create(), ["build", "--input", options.InputDir, "--theme", options.ThemeDir, "--output", options.OutputDir, .. extra]);

    private static (int Total, int Added, int Changed, int Removed) Counts(string output)
    {
        var match = Regex.Match(output, @"(\d+) pages: (\d+) added, (\d+) changed, (\d+) removed");
        Assert.True(match.Success, output);
        int At(int i) => int.Parse(match.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (At(1), At(2), At(3), At(4));
    }

    [Fact]
    public void The_summary_counts_pages_added_changed_and_removed_against_the_previous_output()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);

        var first = Counts(Build(options).Out);
        Assert.Equal((first.Total, 0, 0), (first.Added, first.Changed, first.Removed));

        var again = Counts(Build(options).Out);
        Assert.Equal((first.Total, 0, 0, 0), again);

        temp.Write("input/articles/extra/new-piece.md", "---\ntitle: A Brand New Piece\ndate: 2021-01-01\nkind: feature\n---\n\nBody of the new piece.\n");
        var added = Counts(Build(options, "--verbose").Out);
        Assert.True(added.Added >= 1, added.ToString());
        Assert.True(added.Changed >= 1, added.ToString()); // lists that now show it

        File.Delete(temp.Combine("input", "articles", "extra", "new-piece.md"));
        var (_, output, _) = Build(options, "--verbose");
        var removed = Counts(output);
        Assert.True(removed.Removed >= 1, removed.ToString());
        Assert.Contains("  removed articles/a-brand-new-piece/index.html", output);
        Assert.Equal(first.Total, removed.Total);
    }

    [Fact]
    public void The_summary_counts_warnings_by_code()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/extra/odd.md", "---\ntitle: Odd Slug\nslug: Odd Slug!\ndate: 2021-01-01\n---\n\nBody.\n");

        var (exit, output, _) = Build(options);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"; \d+ warnings? \(([A-Z]+\d+: \d+, )*PUB207: 1(, [A-Z]+\d+: \d+)*\)\n$", output);
    }

    [Fact]
    public void Warnings_by_code_are_counted_in_code_order()
    {
        Diagnostic W(string code) => Diagnostic.Warning(code, "m");
        Assert.Equal("3 warnings (PUB011: 2, PUB015: 1)",
            BuildSummary.WarningsByCode([W("PUB015"), W("PUB011"), Diagnostic.Error("PUB003", "e"), W("PUB011")]));
        Assert.Equal("no warnings", BuildSummary.WarningsByCode([]));
    }

    [Fact]
    public void Quiet_prints_errors_only()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/extra/odd.md", "---\ntitle: Odd Slug\nslug: Odd Slug!\ndate: 2021-01-01\n---\n\nBody.\n");

        var (exit, output, error) = Build(options, "--quiet");
        Assert.Equal((ExitCodes.Success, "", ""), (exit, output, error));

        temp.Write("input/articles/extra/no-date.md", "---\ntitle: Undated\n---\n\nBody.\n");
        (exit, output, error) = Build(options, "--quiet");
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Equal("", output);
        Assert.Contains("error PUB003", error);
        Assert.DoesNotContain("PUB207", error);
    }

    [Fact]
    public void Verbose_prints_the_phases_with_counts_and_no_ansi_codes_when_redirected()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);

        var (exit, output, error) = Build(options, "--verbose");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Reading input…\n", output);
        Assert.Matches(@"Rendering \d+ pages…\n", output);
        Assert.Contains("  added   index.html\n", output);
        Assert.DoesNotContain('\u001b', output + error);
    }

    [Fact]
    public void Quiet_and_verbose_together_are_bad_usage()
    {
        var (exit, _, error) = CliRunner.Run(BuildCommand.Create(), "build", "--quiet", "--verbose");
        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("cannot be used together", error);
    }

    [Fact]
    public void The_summary_line_counts_pages_apart_from_other_files()
    {
        var changes = new OutputChanges(Added: ["c/index.html"], Changed: ["b.html", "feed.xml"], Removed: ["gone.html"], Unchanged: ["a.html"]);

        Assert.Equal(1, changes.OtherFilesTouched);
        Assert.Equal("3 pages: 1 added, 1 changed, 1 removed; 1 other file (feeds, assets, sitemap) added, changed or removed; no warnings",
            BuildSummary.ChangeLine(changes, []));
    }
}
