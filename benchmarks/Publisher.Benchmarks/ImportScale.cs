using System.Diagnostics;
using System.Globalization;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Review;

namespace Publisher.Benchmarks;

/// <summary>
/// Import at scale: writes N synthetic raw whole-issue seeds (<see cref="SyntheticSeeds"/>) into a scratch project,
/// imports them in this process the way <c>publisher import</c> does (default rules and tag matcher), then imports the
/// unchanged seeds again, which must write nothing, then checks the no-op path of a third re-import (the cached run's
/// fingerprint matches, as <c>publisher import</c> checks it). Prints wall and CPU time of each, seconds per 100 issues for the
/// first, milliseconds per seed file for the second, and peak memory; removes the scratch folder.
/// </summary>
public static class ImportScale
{
    public static int Run(int issues)
    {
        var root = Path.Combine(Path.GetTempPath(), "publisher-bench", $"import-{issues}-{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        try
        {
            var bytes = SyntheticSeeds.Write(Path.Combine(root, "seeds"), issues);
            Directory.CreateDirectory(Path.Combine(root, "input"));
            File.WriteAllText(Path.Combine(root, "input", "site.yml"),
                "title: Benchmark Security Monitor Archive\nbase_url: https://bench.example.org/\n" +
                "publications:\n  - name: Benchmark Security Monitor\n    slug: benchmark-security-monitor\n    first_volume_year: 2001\n");
            Console.WriteLine($"wrote {issues} synthetic issues ({SyntheticSeeds.ArticlesPerIssue} articles each, {bytes / 1024.0 / 1024.0:F1} MB)");

            var (firstWall, firstCpu, first) = TimedImport(root);
            var errors = first.Diagnostics.Count(d => d.Severity == Core.Diagnostics.Severity.Error);
            Console.WriteLine($"first import: {first.Seeds.Count} seeds, {first.ArticlesWritten} articles and {first.AuthorsWritten} author profiles written, " +
                $"{first.Warnings} warnings, {errors} errors in {firstWall:F2} s (cpu {firstCpu:F2} s) = {firstWall * 100 / issues:F2} s per 100 issues");
            foreach (var diagnostic in first.Diagnostics.Where(d => d.Severity != Core.Diagnostics.Severity.Info).Take(5)) Console.WriteLine("  " + diagnostic);
            if (first.ArticlesWritten == 0) throw new BenchmarkFailed("the first import wrote no articles");

            var (againWall, againCpu, again) = TimedImport(root);
            var written = again.FilesWritten.Count;
            Console.WriteLine($"re-import of the unchanged seeds: {written} files written, {again.ArticlesUnchanged} articles unchanged in {againWall:F2} s " +
                $"(cpu {againCpu:F2} s) = {againWall * 1000 / issues:F1} ms per seed file");
            if (written != 0 || !again.NothingChanged) throw new BenchmarkFailed($"re-import of unchanged seeds wrote {written} files");

            // The CLI keeps the output of a run that wrote nothing; a third run with nothing changed shows it again.
            var options = Options(root);
            _ = ImportReplay.TryLoad(options, out var fingerprint, out _);
            ImportReplay.Save(options, fingerprint, again, ReviewReport.Render(again), "nothing changed");
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var replay = ImportReplay.TryLoad(options, out _, out _);
            stopwatch.Stop();
            var replayCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            if (replay is null) throw new BenchmarkFailed("the unchanged archive's re-import was not a no-op");
            Console.WriteLine($"no-op re-import (fingerprint of seeds and input matches the cached run): {stopwatch.Elapsed.TotalSeconds:F2} s " +
                $"(cpu {replayCpu:F2} s) = {stopwatch.Elapsed.TotalMilliseconds / issues:F2} ms per seed file (cpu {replayCpu * 1000 / issues:F2} ms)");
            Console.WriteLine($"peak memory {Machine.Mb(Machine.PeakMemoryMb())} ({Machine.Describe()})");
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static ImportOptions Options(string root) => new() { ProjectRoot = root, Pipeline = DefaultFixups.Create(), TagMatcher = TagMatcher.Match };

    /// <summary>One import: wall and CPU seconds, with each stage's (all seeds' reading counted as one).</summary>
    private static (double Wall, double Cpu, ImportReport Report) TimedImport(string root)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var stages = new List<(string Stage, TimeSpan At, TimeSpan Cpu)>();
        var report = Importer.Run(Options(root), step =>
        {
            if (step.Seed is null || step.SeedsRead == 0)
                stages.Add((step.Seed is null ? step.Step : $"Reading {step.SeedCount} seeds", stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime));
        });
        stopwatch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        for (var i = 0; i < stages.Count; i++)
        {
            var end = i + 1 < stages.Count ? stages[i + 1].At : stopwatch.Elapsed;
            var cpuEnd = i + 1 < stages.Count ? stages[i + 1].Cpu : cpuBefore + cpu;
            Console.WriteLine($"  {stages[i].Stage,-48} {(end - stages[i].At).TotalSeconds,6:F2} s (cpu {(cpuEnd - stages[i].Cpu).TotalSeconds,6:F2} s)");
        }
        return (stopwatch.Elapsed.TotalSeconds, cpu.TotalSeconds, report);
    }
}
