using System.Diagnostics;
using System.Text.Json;
using Publisher.Tests.Support;

namespace Publisher.Tests.Feeds;

/// <summary>
/// Parses feeds with a real feed parser (feedparser, in tests/feedcheck) and returns what a feed reader sees.
/// Installs the npm project once if its node_modules is missing. Node is required: without it the
/// feed tests fail (CI installs it), they never skip.
/// </summary>
public sealed class FeedReader
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);

    // One setup per test run, shared by every fixture instance, so two test classes never run `npm ci`
    // in the same folder at once.
    private static readonly Lazy<string?> SetupError = new(Setup, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ProjectFolder => Path.Combine(RepoPaths.Root, "tests", "feedcheck");

    public ReaderFeed Parse(string feedText)
    {
        if (SetupError.Value is { } error) Assert.Fail(error);

        using var temp = new TempDirectory();
        var file = temp.Write("feed.xml", feedText);
        var (exitCode, stdout, stderr) = Run("node", ["check.js", file]);
        if (exitCode != 0) Assert.Fail($"feedparser rejected the feed (exit {exitCode}): {stderr}");
        return JsonSerializer.Deserialize<ReaderFeed>(stdout, JsonOptions)
            ?? throw new InvalidOperationException("check.js printed no JSON");
    }

    private static string? Setup()
    {
        if (!CanRun("node")) return "Node.js is required for the feed tests (tests/feedcheck): install nodejs and npm, e.g. `apt-get install nodejs npm`.";
        if (Directory.Exists(Path.Combine(ProjectFolder, "node_modules", "feedparser"))) return null;
        if (!CanRun("npm")) return "npm is required to install tests/feedcheck: install npm, or run `npm ci` in tests/feedcheck.";
        var (exitCode, _, stderr) = Run("npm", ["ci", "--no-audit", "--no-fund"]);
        return exitCode == 0 ? null : $"`npm ci` in {ProjectFolder} failed (exit {exitCode}): {stderr}";
    }

    private static bool CanRun(string program)
    {
        try
        {
            return Run(program, ["--version"]).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = ProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ProcessTimeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "", $"{program} did not finish within {ProcessTimeout.TotalMinutes} minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

public sealed record ReaderFeed(
    string Type,
    string? Title,
    string? Description,
    string? Link,
    string? SelfLink,
    string? Language,
    string? Copyright,
    string? Generator,
    string? Updated,
    IReadOnlyList<ReaderItem> Items);

public sealed record ReaderItem(
    string? Guid,
    string? Title,
    string? Link,
    string? Permalink,
    string? Pubdate,
    string? Author,
    IReadOnlyList<ReaderPerson> Authors,
    IReadOnlyList<string> Categories,
    string? Summary,
    string? Content,
    bool HasFullContent);

public sealed record ReaderPerson(string? Name, string? Url);
