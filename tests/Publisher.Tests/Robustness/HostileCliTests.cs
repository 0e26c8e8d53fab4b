using System.CommandLine;
using Publisher.Cli;
using Publisher.Cli.Commands;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Robustness;

/// <summary>The CLI given hostile arguments and folders: an exit code and a message, never a stack trace.</summary>
[Collection(nameof(ConsoleCapture))]
public class HostileCliTests
{
    private static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        var (output, error) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (CommandLine.Run(root, args), output.ToString(), error.ToString().Replace('\\', '/'));
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    [Theory]
    [InlineData("build", "--input", "{temp}/missing")]
    [InlineData("build", "--input", "{temp}/file.txt")]
    [InlineData("build", "--input", "")]
    [InlineData("build", "--input", "{temp}/input", "--theme", "{temp}/missing-theme", "--output", "{temp}/out")]
    [InlineData("build", "--input", "{temp}/input", "--output", "{temp}/file.txt")]
    [InlineData("build", "--input", "{temp}/input", "--output", "{temp}/input")]
    [InlineData("build", "--input", "{temp}/input", "--output", "{temp}/out", "--base-url", "javascript:alert(1)")]
    [InlineData("build", "--input", "{temp}/input", "--output", "{temp}/out", "--base-url", "")]
    [InlineData("import", "--seeds", "{temp}/missing", "--input", "{temp}/in")]
    [InlineData("import", "--seeds", "{temp}/file.txt", "--input", "{temp}/in")]
    [InlineData("import", "--seeds", "{temp}/seeds", "--input", "{temp}/file.txt")]
    public void Hostile_arguments_exit_1_with_a_message_and_no_stack_trace(params string[] args)
    {
        using var temp = new TempDirectory();
        FixtureSite.CopyTree(FixtureSite.FixtureInput, temp.Combine("input"));
        temp.Write("file.txt", "not a folder");
        temp.Write("seeds/one.txt", "Title\nPublication: Terrorism Monitor Volume: 1 Issue: 1\nBy: A Writer\nText.\n");

        var (exit, _, error) = Run(args.Select(a => a.Replace("{temp}", temp.Path, StringComparison.Ordinal)).ToArray());

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Matches(@"error PUB\d{3}: ", error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(temp.Combine("file.txt")));
    }

    [Fact]
    public void A_flood_of_one_warning_is_printed_twenty_times_and_counted()
    {
        var flood = Enumerable.Range(1, 500).Select(i => Diagnostic.Warning(DiagnosticCodes.FootnoteMarkerWithoutNote, "marker", new SourceLocation("seeds/x.txt", i)))
            .Append(Diagnostic.Error(DiagnosticCodes.ImportFormatUnknown, "the one that matters", new SourceLocation("seeds/x.txt", 600)))
            .ToList();

        var printed = DiagnosticPrinter.Capped(flood, DiagnosticPrinter.RepeatLimit);

        Assert.Equal(22, printed.Count);
        Assert.Equal("seeds/x.txt: warning PUB152: 480 more of these in this file are not shown", printed[20].ToString());
        Assert.Contains(printed, d => d.Message == "the one that matters");
    }
}
