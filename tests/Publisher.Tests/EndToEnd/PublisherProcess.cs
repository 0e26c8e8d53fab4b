using System.Diagnostics;

namespace Publisher.Tests.EndToEnd;

/// <summary>Runs the built <c>publisher</c> CLI (publisher.dll beside the test assembly) in its own process.</summary>
public static class PublisherProcess
{
    // A guard against a hung child only; no test asserts on how long the CLI takes.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "publisher.dll");

    public static (int ExitCode, string Out, string Error) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the publisher CLI");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"publisher {string.Join(' ', arguments)} did not finish within {Limit.TotalMinutes} minutes");
        }
        return (process.ExitCode, stdout.Result.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
    }
}
