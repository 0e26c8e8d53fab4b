using System.CommandLine;
using Publisher.Cli;
using Publisher.Cli.Commands;
using Publisher.Tests.Build;

namespace Publisher.Tests.Serve;

[Collection(nameof(ConsoleCapture))]
public class ServeCommandTests
{
    [Theory]
    [InlineData("70000")]
    [InlineData("-1")]
    [InlineData("web")]
    public void A_port_that_cannot_be_one_is_bad_usage(string port)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(ServeCommand.Create());
        var oldError = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            Assert.Equal(ExitCodes.BadUsage, CommandLine.Run(root, ["serve", "--port", port]));
        }
        finally
        {
            Console.SetError(oldError);
        }
        Assert.Contains("--port", error.ToString());
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--drafts" }, true)]
    public void Drafts_pass_through_to_the_build_as_build_drafts_does(string[] args, bool drafts)
    {
        var command = ServeCommand.Create(out var read);

        var parse = command.Parse(args);

        Assert.Empty(parse.Errors);
        Assert.Equal(drafts, read(parse).Build.Drafts);
    }
}
