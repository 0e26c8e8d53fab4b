using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Publisher.Benchmarks;

/// <summary>
/// What an editor waits for when they run <c>publisher build</c> on the sample site (input/): a cold process (runtime
/// start, JIT of everything the build touches, the build) per start-up setting, against a warm build (the same
/// build again in a process that has built once, as <c>publisher serve</c> rebuilds after a save). The CLI is
/// published twice into a scratch folder: as is (JIT) and with ReadyToRun (code compiled ahead of time; needs the
/// runtime pack, which <c>dotnet publish</c> fetches from NuGet when it is not cached). The JIT settings are the
/// runtime's knobs (DOTNET_TieredPGO, DOTNET_TieredCompilation), the same ones the csproj properties
/// <c>TieredPGO</c> and <c>TieredCompilation</c> write into publisher.runtimeconfig.json.
/// </summary>
public static class StartupCost
{
    private sealed record Variant(string Name, string Folder, string[] Arguments, (string Name, string Value)[] Environment);

    public static int Run(int runs)
    {
        var repo = CleanBuilds.RepoRoot();
        var root = Path.Combine(Path.GetTempPath(), "publisher-bench", $"startup-{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        try
        {
            Console.WriteLine($"machine: {Machine.Describe()}");
            var jit = Path.Combine(root, "jit");
            var r2r = Path.Combine(root, "r2r");
            Publish(repo, jit, ["-p:PublishAot=false"]);
            var haveR2r = Publish(repo, r2r, ["-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-p:PublishAot=false", "-p:PublishReadyToRun=true"]);

            string[] build = ["build", "--output", Path.Combine(root, "site"), "--quiet"];
            var variants = new List<Variant>
            {
                new("--version only (runtime start floor), JIT", jit, ["--version"], []),
                new("build, JIT (defaults: tiered, PGO off as Publisher.Runtime.props sets)", jit, build, []),
                new("build, JIT, TieredPGO on", jit, build, [("DOTNET_TieredPGO", "1")]),
                new("build, JIT, TieredCompilation off", jit, build, [("DOTNET_TieredCompilation", "0")]),
                new("build, JIT, framework's ReadyToRun code ignored", jit, build, [("DOTNET_ReadyToRun", "0")]),
            };
            if (haveR2r)
            {
                variants.Add(new("--version only, ReadyToRun", r2r, ["--version"], []));
                variants.Add(new("build, ReadyToRun", r2r, build, []));
                variants.Add(new("build, ReadyToRun, TieredPGO on", r2r, build, [("DOTNET_TieredPGO", "1")]));
            }

            var results = variants.Select(v => (v.Name, Seconds: Machine.Median(Enumerable.Range(0, runs).Select(_ => ColdRun(repo, v)).ToList()))).ToList();

            // Warm: this process builds the sample once (its own JIT, no runtime start), then again.
            var output = Path.Combine(root, "in-process");
            var first = InProcessBuild(repo, output);
            var warm = Machine.Median(Enumerable.Range(0, runs).Select(_ => InProcessBuild(repo, output)).ToList());

            Console.WriteLine();
            Console.WriteLine($"sample site (input/), median of {runs}; load average at end {Machine.LoadAverage()}");
            Console.WriteLine("| how | wall |");
            Console.WriteLine("|---|---:|");
            foreach (var (name, seconds) in results) Console.WriteLine(Row(name + ", cold process", seconds));
            Console.WriteLine(Row("build in a running process, first (JIT, no runtime start)", first));
            Console.WriteLine(Row("build in a running process, warm (again after one build)", warm));
            if (!haveR2r) Console.WriteLine("ReadyToRun: `dotnet publish -p:PublishReadyToRun=true` failed here (see above), so it is not measured.");
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static string Row(string name, double seconds) => string.Create(CultureInfo.InvariantCulture, $"| {name} | {seconds:F2} s |");

    private static bool Publish(string repo, string folder, string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repo, UseShellExecute = false };
        foreach (var a in new[] { "publish", "src/Publisher", "-c", "Release", "-o", folder, "-v", "q", "--nologo" }.Concat(extra)) start.ArgumentList.Add(a);
        Console.WriteLine("dotnet " + string.Join(' ', start.ArgumentList));
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0 && File.Exists(Path.Combine(folder, "publisher.dll"));
    }

    private static double ColdRun(string repo, Variant variant)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repo, UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(variant.Folder, "publisher.dll"));
        foreach (var a in variant.Arguments) start.ArgumentList.Add(a);
        foreach (var (name, value) in variant.Environment) start.Environment[name] = value;
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        if (process.ExitCode != 0) throw new BenchmarkFailed($"{variant.Name}: exit code {process.ExitCode}");
        Console.WriteLine($"  {variant.Name}: {stopwatch.Elapsed.TotalSeconds:F2} s");
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static double InProcessBuild(string repo, string output)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var (wall, _, _) = CleanBuilds.TimedBuild(Path.Combine(repo, "input"), output, printPhases: false, Path.Combine(repo, "theme"));
        Console.WriteLine($"  in-process build: {wall:F2} s");
        return wall;
    }
}
