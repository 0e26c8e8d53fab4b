using System.Diagnostics;
using System.Globalization;
using Publisher.Core.Build;

namespace Publisher.Benchmarks;

/// <summary>
/// Writes a synthetic archive of N articles into a scratch folder, times clean builds of it with the repository's
/// theme, prints each run's phases (SiteBuilder's progress steps) and the median, and ends with one
/// machine-readable <see cref="BuildSample"/> line for <see cref="ScaleCurve"/>. Each run prints the process's CPU
/// time (all threads) beside the wall time: on a shared machine the CPU time shows whether a slower run did more
/// work or only waited for the cores.
/// </summary>
public static class CleanBuilds
{
    public static int Run(int articles, int runs)
    {
        // The process id keeps two benchmarks on one machine (helpers, CI) out of each other's folders.
        var root = Path.Combine(Path.GetTempPath(), "publisher-bench", $"{articles}-{Environment.ProcessId}");
        var input = Path.Combine(root, "input");
        var output = Path.Combine(root, "output");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        try
        {
            var write = Stopwatch.StartNew();
            SyntheticArchive.Write(input, articles);
            Console.WriteLine($"wrote {articles} synthetic articles in {write.Elapsed.TotalSeconds:F2} s");

            var builds = new List<(double Wall, double Cpu, int Pages, int Feeds)>();
            for (var run = 1; run <= runs; run++)
            {
                if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
                // A clean build: no previous site and no render cache (.publisher-cache/ beside input/).
                if (Directory.Exists(Path.Combine(root, ".publisher-cache"))) Directory.Delete(Path.Combine(root, ".publisher-cache"), recursive: true);
                var (wall, cpu, result) = TimedBuild(input, output, printPhases: true);
                builds.Add((wall, cpu, result.Pages, result.Feeds));
                Console.WriteLine($"run {run}: {result.Pages} pages, {result.Feeds} feeds in {wall:F2} s (cpu {cpu:F2} s)" +
                    $"{(result.Diagnostics.Count > 0 ? $", {result.Diagnostics.Count} warnings" : "")}");
                if (run == 1)
                    foreach (var warning in result.Diagnostics.Take(5)) Console.WriteLine("  " + warning);
            }
            var median = builds.OrderBy(b => b.Wall).ElementAt(builds.Count / 2);
            var sample = new BuildSample(articles, median.Pages, median.Feeds, median.Wall, median.Cpu, Machine.PeakMemoryMb());
            Console.WriteLine($"clean build of {articles} articles: median {median.Wall:F2} s over {runs} runs, " +
                $"peak memory {Machine.Mb(sample.PeakMb)} ({Environment.ProcessorCount} cores, load average {Machine.LoadAverage()})");
            Console.WriteLine(sample.ToLine());
            // The last run's site, kept for comparing two versions' output (diff -r) when asked.
            if (Environment.GetEnvironmentVariable("PUBLISHER_BENCH_KEEP_OUTPUT") is { Length: > 0 } keep)
            {
                if (Directory.Exists(keep)) Directory.Delete(keep, recursive: true);
                Directory.Move(output, keep);
            }
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>One clean build: wall and CPU seconds; throws <see cref="BenchmarkFailed"/> when the build fails.</summary>
    public static (double Wall, double Cpu, BuildResult Result) TimedBuild(string input, string output, bool printPhases, string? theme = null)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var stopwatch = Stopwatch.StartNew();
        var phases = new List<(string Phase, TimeSpan At, TimeSpan Cpu, TimeSpan Jit, long Methods, string Gcs, long Allocated)>();
        // PUBLISHER_BENCH_JIT=1 adds each phase's JIT time (all threads) and methods compiled: what a cold process pays.
        var jit = Environment.GetEnvironmentVariable("PUBLISHER_BENCH_JIT") is { Length: > 0 };
        // PUBLISHER_BENCH_MEMORY=1 prints, at each phase's start, the live heap after a full collection and the
        // process's resident set, so the phase that holds what is visible (the collection makes the run slower).
        var memory = Environment.GetEnvironmentVariable("PUBLISHER_BENCH_MEMORY") is { Length: > 0 };
        var result = SiteBuilder.Build(new BuildOptions { InputDir = input, ThemeDir = theme ?? Path.Combine(RepoRoot(), "theme"), OutputDir = output },
            phase =>
            {
                if (memory) PrintMemory(phase);
                phases.Add((phase, stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime,
                    System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount(), GcCounts(), GC.GetTotalAllocatedBytes()));
            });
        if (memory) PrintMemory("end of build");
        stopwatch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var (jitEnd, methodsEnd) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        if (!result.Succeeded)
            throw new BenchmarkFailed("build failed:\n" + string.Join('\n', result.Diagnostics.Take(20)));
        if (printPhases)
            for (var i = 0; i < phases.Count; i++)
            {
                var end = i + 1 < phases.Count ? phases[i + 1].At : stopwatch.Elapsed;
                // CPU per phase beside wall time: on a shared machine only the CPU column says what a phase costs.
                var cpuEnd = i + 1 < phases.Count ? phases[i + 1].Cpu : cpuBefore + cpu;
                var jitText = "";
                if (jit)
                {
                    var (jitTo, methodsTo) = i + 1 < phases.Count ? (phases[i + 1].Jit, phases[i + 1].Methods) : (jitEnd, methodsEnd);
                    // And what the phase allocated (all threads; the JIT's own allocations included): what a collection pays for.
                    var allocatedTo = i + 1 < phases.Count ? phases[i + 1].Allocated : GC.GetTotalAllocatedBytes();
                    jitText = $" (jit {(jitTo - phases[i].Jit).TotalSeconds,5:F2} s, {methodsTo - phases[i].Methods,5} methods; allocated {(allocatedTo - phases[i].Allocated) / 1e6,6:F1} MB; collections so far {phases[i].Gcs})";
                }
                Console.WriteLine($"  {phases[i].Phase,-40} {(end - phases[i].At).TotalSeconds,6:F2} s (cpu {(cpuEnd - phases[i].Cpu).TotalSeconds,6:F2} s){jitText}");
            }
        if (jit)
            Console.WriteLine($"  jit in all (the process so far): {jitEnd.TotalSeconds:F2} s, {methodsEnd} methods; in this build {(jitEnd - jitBefore).TotalSeconds:F2} s; " +
                $"collections (gen 0/1/2) {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s, " +
                $"allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB");
        return (stopwatch.Elapsed.TotalSeconds, cpu.TotalSeconds, result);
    }

    private static string GcCounts() => $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";

    private static void PrintMemory(string phase)
    {
        var live = GC.GetTotalMemory(forceFullCollection: true);
        var info = GC.GetGCMemoryInfo();
        Console.WriteLine($"  memory before {phase,-32} live {live / 1048576.0,7:F1} MB, heap {info.HeapSizeBytes / 1048576.0,7:F1} MB, " +
            $"committed {info.TotalCommittedBytes / 1048576.0,7:F1} MB, resident {Environment.WorkingSet / 1048576.0,7:F1} MB, peak {Machine.Mb(Machine.PeakMemoryMb())}");
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new BenchmarkFailed("Publisher.sln not found above " + AppContext.BaseDirectory);
    }
}
