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
}
