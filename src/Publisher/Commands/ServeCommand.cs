using System.CommandLine;
using System.Globalization;
using Publisher.Cli.Serve;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;

namespace Publisher.Cli.Commands;

/// <summary>
/// <c>publisher serve [--port 5080] [--input DIR] [--theme DIR] [--output DIR] [--seeds DIR] [--drafts]</c>: builds, serves
/// <c>output/</c> on 127.0.0.1, rebuilds on every change to input/, theme/ and seeds/ and reloads open pages.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Command Create() => Create(out _);

    /// <param name="read">What the command's action runs with, read from a parse (tests check the options reach the build).</param>
    internal static Command Create(out Func<ParseResult, ServeOptions> read)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 to serve the site on", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            // Only a number that parsed: a word is already System.CommandLine's own error.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value is < 0 or > 65535)
                result.AddError($"--port must be between 0 and 65535, not {value}");
        });
        var input = new Option<string>("--input") { Description = "Folder with site.yml, tags.yml, authors/ and articles/", DefaultValueFactory = _ => "input" };
        var theme = new Option<string>("--theme") { Description = "Theme folder with layouts/, partials/ and assets/", DefaultValueFactory = _ => "theme" };
        var output = new Option<string>("--output") { Description = "Folder the site is built into and served from", DefaultValueFactory = _ => "output" };
        var drafts = new Option<bool>("--drafts") { Description = "Include articles with 'draft: true', as build --drafts does (a preview)" };
        var seeds = new Option<string>("--seeds") { Description = "Folder of raw seed files; a change there runs import, then the build", DefaultValueFactory = _ => "seeds" };

        var command = new Command("serve", "Build, serve output/ on 127.0.0.1, and rebuild and reload the open pages whenever input/, theme/ or seeds/ change.");
        command.Options.Add(port);
        command.Options.Add(input);
        command.Options.Add(theme);
        command.Options.Add(output);
        command.Options.Add(seeds);
        command.Options.Add(drafts);
        read = parse => new ServeOptions
        {
            Build = new BuildOptions { InputDir = parse.GetValue(input)!, ThemeDir = parse.GetValue(theme)!, OutputDir = parse.GetValue(output)!, Drafts = parse.GetValue(drafts) },
            SeedsDir = parse.GetValue(seeds),
            Port = parse.GetValue(port),
        };
        var options = read;
        command.SetAction((parse, cancellation) => RunAsync(options(parse), cancellation));
        return command;
    }

    /// <param name="cancellation">Ctrl+C as System.CommandLine reports it (the host hears it too; either stops the server).</param>
    internal static async Task<int> RunAsync(ServeOptions options, CancellationToken cancellation)
    {
        DevServer server;
        try
        {
            server = await DevServer.StartAsync(options, Console.Out);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error {DiagnosticCodes.ServePortUnavailable}: cannot serve on 127.0.0.1:{options.Port} ({e.Message}); "
                + "another program (or another publisher serve) may be using it: choose another with --port");
            return ExitCodes.Errors;
        }
        await using (server)
        {
            Console.WriteLine($"Serving '{options.Build.OutputDir}' at {server.Url} — watching '{options.Build.InputDir}', '{options.Build.ThemeDir}'"
                + (Directory.Exists(options.SeedsDir) ? $" and '{options.SeedsDir}'" : "") + ". Press Ctrl+C to stop.");
            await Task.WhenAny(server.StopRequested, Task.Delay(Timeout.Infinite, cancellation));
        }
        Console.WriteLine("Stopped.");
        return server.LastBuild.Succeeded ? ExitCodes.Success : ExitCodes.Errors;
    }
}
