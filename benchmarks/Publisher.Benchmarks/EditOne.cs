using System.Diagnostics;
using System.Globalization;

namespace Publisher.Benchmarks;

/// <summary>
/// What an editor waits for after changing one article: the synthetic archive is built once (a clean build, which
/// also fills the render cache), one article's body is edited, and the site is built again: once in this process
/// (warm, with each phase), then, after another edit, by the CLI in a cold process (runtime start, JIT, the build),
/// under <c>/usr/bin/time</c> for its CPU time. The clean build is also timed by that CLI in a cold process, on a copy of
/// the archive with no cache, and its site compared byte for byte with the in-process build's: the clean build as
/// editors run it (and as Hugo is timed), beside the in-process figure. The CLI is published into a scratch folder first as <c>dotnet tool
/// install</c> installs it on this machine: for this runtime identifier, so on linux-x64 compiled ahead of time (Native
/// AOT) as the csproj's RID-specific tool package is (<see cref="ShippedCli"/>).
/// </summary>
public static class EditOne
{
    /// <param name="jit">
    /// Also publish the CLI without a runtime identifier (no ReadyToRun code of its own: what <c>dotnet run</c> and the
    /// portable <c>any</c> tool package run) and time its cold one-edit build after one more edit, in the same run.
    /// </param>
    public static int Run(int articles, bool jit = false)
    {
        var repo = CleanBuilds.RepoRoot();
        var root = Path.Combine(Path.GetTempPath(), "publisher-bench", $"edit-{articles}-{Environment.ProcessId}");
        var input = Path.Combine(root, "input");
        var output = Path.Combine(root, "output");
        var theme = Path.Combine(repo, "theme");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        try
        {
            SyntheticArchive.Write(input, articles);
            var cli = Path.Combine(root, "cli");
            if (!Publish(repo, cli, ShippedCli)) throw new BenchmarkFailed("dotnet publish src/Publisher " + string.Join(' ', ShippedCli) + " failed");
            if (!IsNative(cli)) SameCore(cli);
            var jitCli = Path.Combine(root, "cli-jit");
            if (jit)
            {
                if (!Publish(repo, jitCli, ["-p:PublishAot=false"])) throw new BenchmarkFailed("dotnet publish src/Publisher failed");
                SameCore(jitCli);
            }
            var shipped = IsNative(cli) ? "Native AOT, as installed"
                : IsReadyToRun(Path.Combine(cli, "Publisher.Core.dll")) ? "ReadyToRun, as installed" : "as installed; its Publisher.Core has no ReadyToRun code";
            // The CLI's clean build gets its own copy of the archive: the cache folder is beside the input folder.
            var cliClean = Path.Combine(root, "cli-clean");
            CopyTree(input, Path.Combine(cliClean, "input"));

            Console.WriteLine($"first build (clean, fills the cache) of {articles} articles:");
            var (cleanWall, cleanCpu, clean) = CleanBuilds.TimedBuild(input, output, printPhases: true);
            Console.WriteLine($"  {clean.Pages} pages, {clean.Feeds} feeds in {cleanWall:F2} s (cpu {cleanCpu:F2} s)");

            var cliCleanRun = ColdBuild(cli, Path.Combine(cliClean, "input"), theme, Path.Combine(cliClean, "output"));
            var difference = SameTree.FirstDifference(output, Path.Combine(cliClean, "output"));
            if (difference is not null) throw new BenchmarkFailed("the CLI's clean build differs from the in-process build's: " + difference);
            Console.WriteLine($"clean build by the CLI ({shipped}) in a cold process: {cliCleanRun.Wall:F2} s (cpu {cliCleanRun.Cpu:F2} s, peak {Machine.Mb(cliCleanRun.PeakMb)}); " +
                $"its {SameTree.Count(output)} files are the in-process build's, byte for byte");
            Directory.Delete(cliClean, recursive: true);

            var articleFiles = Directory.GetFiles(Path.Combine(input, "articles"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            Edit(articleFiles[articleFiles.Count / 2], 1);
            Console.WriteLine("one article edited, built again in this process (warm):");
            var (warmWall, warmCpu, warm) = CleanBuilds.TimedBuild(input, output, printPhases: true);
            Console.WriteLine($"  {warm.Pages - warm.Reused} of {warm.Pages} pages rendered, {Touched(warm)} files rewritten, in {warmWall:F2} s (cpu {warmCpu:F2} s)");

            Edit(articleFiles[articleFiles.Count / 3], 2);
            var (coldWall, coldCpu, _) = ColdBuild(cli, input, theme, output);
            Console.WriteLine($"one article edited, built again by the CLI ({shipped}) in a cold process: {coldWall:F2} s (cpu {coldCpu:F2} s)");

            Edit(articleFiles[articleFiles.Count / 4], 3);
            Console.WriteLine("one article edited, built again in a cold child process of this benchmark (each phase; JIT included):");
            var (phasesWall, phasesCpu) = ColdPhases(input, theme, output);

            (double Wall, double Cpu, double PeakMb) jitCold = default;
            if (jit)
            {
                Edit(articleFiles[articleFiles.Count / 5], 4);
                jitCold = ColdBuild(jitCli, input, theme, output);
                Console.WriteLine($"one article edited, built again by the CLI published without a runtime identifier (JIT) in a cold process: {jitCold.Wall:F2} s (cpu {jitCold.Cpu:F2} s)");
            }

            Console.WriteLine();
            Console.WriteLine($"| {articles} articles | wall | cpu |");
            Console.WriteLine("|---|---:|---:|");
            Console.WriteLine(Row("clean build (in process, fills the cache)", cleanWall, cleanCpu));
            Console.WriteLine(Row($"clean build, cold CLI process ({shipped}; peak {Machine.Mb(cliCleanRun.PeakMb)})", cliCleanRun.Wall, cliCleanRun.Cpu));
            Console.WriteLine(Row("one article edited, in a warm process", warmWall, warmCpu));
            Console.WriteLine(Row($"one article edited, cold CLI process ({shipped})", coldWall, coldCpu));
            Console.WriteLine(Row("one article edited, cold benchmark child (phases above; JIT)", phasesWall, phasesCpu));
            if (jit) Console.WriteLine(Row("one article edited, cold CLI process published without a runtime identifier (JIT)", jitCold.Wall, jitCold.Cpu));
            Console.WriteLine($"({Environment.ProcessorCount} cores, load average {Machine.LoadAverage()})");
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// How the CLI is published to be what <c>dotnet tool install</c> gives this machine: for its runtime identifier. The
    /// csproj compiles a linux-x64 publish ahead of time (Native AOT, the tool's linux-x64 package: one native file, its
    /// Core compiled from the tree as it is, so run the benchmark on an unchanged tree); any other identifier gets the
    /// portable package's code, JIT.
    /// </summary>
    internal static readonly string[] ShippedCli = ["-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier];

    /// <summary>A CLI published ahead of time: a native <c>publisher</c> file and no <c>publisher.dll</c>.</summary>
    internal static bool IsNative(string cli) => File.Exists(Path.Combine(cli, "publisher")) && !File.Exists(Path.Combine(cli, "publisher.dll"));

    private static int Touched(Publisher.Core.Build.BuildResult result) =>
        result.Changes is { } c ? c.Added.Count + c.Changed.Count + c.Removed.Count : 0;

    private static void Edit(string file, int n) =>
        File.AppendAllText(file, $"\nA paragraph added by the benchmark's edit {n.ToString(CultureInfo.InvariantCulture)}.\n");

    private static string Row(string name, double wall, double cpu) => string.Create(CultureInfo.InvariantCulture, $"| {name} | {wall:F2} s | {cpu:F2} s |");

    /// <summary>
    /// The caches name the Publisher.Core build that wrote them (its module version id), so the cold CLI build reuses
    /// what this process's builds cached only when its Core is this process's. A deterministic build of the same
    /// source gives the same bytes, but <c>dotnet publish</c> compiles Core again from the tree as it is now (an edit, a
    /// checkout or another build's restore since this benchmark started gives another id, and every cache misses): so
    /// the CLI gets this process's own Core and Markdig, and says when they were not what it was published with. (A
    /// ReadyToRun publish keeps the IL's id, so its compiled Core stays; a replaced one is IL only, and the cold CLI's row
    /// says its Core has no ReadyToRun code.)
    /// </summary>
    private static void SameCore(string cli)
    {
        foreach (var assembly in new[] { typeof(Publisher.Core.Build.SiteBuilder).Assembly, typeof(Markdig.Markdown).Assembly })
        {
            var published = Path.Combine(cli, Path.GetFileName(assembly.Location));
            var ours = assembly.ManifestModule.ModuleVersionId;
            var theirs = ModuleVersionId(published);
            if (theirs == ours) continue;
            Console.WriteLine($"  the published {Path.GetFileName(published)} ({theirs}) is not this process's ({ours}): replaced by this process's");
            File.Copy(assembly.Location, published, overwrite: true);
        }
    }

    /// <summary>Whether the assembly carries ReadyToRun code (a managed native header in its CLI header).</summary>
    private static bool IsReadyToRun(string file)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(file));
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static Guid ModuleVersionId(string file)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(file));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    internal static bool Publish(string repo, string folder, string[]? extra = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repo, UseShellExecute = false };
        foreach (var a in new[] { "publish", "src/Publisher", "-c", "Release", "-o", folder, "-v", "q", "--nologo" }.Concat(extra ?? [])) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0 && (File.Exists(Path.Combine(folder, "publisher.dll")) || IsNative(folder));
    }

    /// <summary>
    /// <c>--build-once INPUT THEME OUTPUT</c>: one build in this (fresh) process, each phase printed, then the wall and
    /// CPU seconds on a last line, for <see cref="ColdPhases"/>.
    /// </summary>
    public static int BuildOnce(string input, string theme, string output)
    {
        var (wall, cpu, result) = CleanBuilds.TimedBuild(input, output, printPhases: true, theme);
        Console.WriteLine($"  {result.Pages - result.Reused} of {result.Pages} pages rendered, {Touched(result)} files rewritten");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall} {cpu}"));
        return 0;
    }

    /// <summary>A build in a fresh child process running <see cref="BuildOnce"/>: where a cold process's time goes, phase by phase.</summary>
    private static (double Wall, double Cpu) ColdPhases(string input, string theme, string output)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(start.FileName), "dotnet", StringComparison.Ordinal))
            start.ArgumentList.Add(System.Reflection.Assembly.GetEntryAssembly()!.Location);
        foreach (var a in new[] { "--build-once", input, theme, output }) start.ArgumentList.Add(a);
        using var child = Process.Start(start) ?? throw new BenchmarkFailed("could not start " + start.FileName);
        var last = "";
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (last.Length > 0) Console.WriteLine(last);
            last = line;
        }
        child.WaitForExit();
        if (child.ExitCode != 0) throw new BenchmarkFailed($"the cold build child process failed (exit code {child.ExitCode})");
        var f = last.Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return (f[0], f[1]);
    }

    internal static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The CLI's build in a fresh process, timed by /usr/bin/time (wall, user + system CPU, peak resident memory).</summary>
    internal static (double Wall, double Cpu, double PeakMb) ColdBuild(string cli, string input, string theme, string output)
    {
        string[] command = IsNative(cli) ? [Path.Combine(cli, "publisher")] : ["dotnet", Path.Combine(cli, "publisher.dll")];
        return Timed([.. command, "build", "--input", input, "--theme", theme, "--output", output, "--quiet"], Path.Combine(Path.GetDirectoryName(cli)!, "time.txt"));
    }

    /// <summary>A command in a fresh process under /usr/bin/time (its record in <paramref name="times"/>): wall, user + system CPU, peak resident memory.</summary>
    internal static (double Wall, double Cpu, double PeakMb) Timed(string[] command, string times, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var a in new[] { "-f", "%e %U %S %M", "-o", times }.Concat(command)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new BenchmarkFailed($"{Path.GetFileName(command[0])} exited with {process.ExitCode}");
        var f = File.ReadAllLines(times).Last().Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return (f[0], f[1] + f[2], f[3] / 1024);
    }
}
