using System.CommandLine;
using Publisher.Cli;
using Publisher.Cli.Commands;
using Publisher.Core.Import;

namespace Publisher.Tests.Import;

public class ImportCommandTests
{
    [Fact]
    public void Unknown_option_is_bad_usage()
    {
        var root = new RootCommand();
        root.Subcommands.Add(ImportCommand.Create());

        Assert.Equal(ExitCodes.BadUsage, CommandLine.Run(root, ["import", "--no-such-option"]));
    }

    [Fact]
    public void Success_with_warnings_exits_0_and_errors_exit_1()
    {
        using var project = new ImportFixture().WithSampleProject("003_");
        var options = new ImportOptions
        {
            ProjectRoot = project.Root,
            Pipeline = ImportCommand.CreatePipeline(),
            TagMatcher = ImportCommand.CreateTagMatcher(),
        };

        Assert.Equal(ExitCodes.Success, ImportCommand.Run(options));

        project.Temp.Write("seeds/zz.txt", "12345\n");
        Assert.Equal(ExitCodes.Errors, ImportCommand.Run(options));
    }
}
