using System.CommandLine;
using System.Globalization;
using Publisher.Cli;
using Publisher.Cli.Commands;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var root = new RootCommand("Publisher: turns raw newsletter text into a static archive site.");
// Each command lives in Commands/<Name>Command.cs and is registered here.
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(ServeCommand.Create());

return CommandLine.Run(root, args);
