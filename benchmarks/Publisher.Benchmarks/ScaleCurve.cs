using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Publisher.Benchmarks;

/// <summary>
/// The scale curve: each size is built by a fresh child process running <see cref="CleanBuilds"/>, so its peak
/// memory is that size's alone and no size inherits another's JIT or heap. Prints one table and the growth from each
/// size to the next (near-linear means the time ratio stays close to the size ratio).
/// </summary>
public static class ScaleCurve
{
    public static int Run(IReadOnlyList<int> sizes, int runs)
    {
        var machine = Machine.Describe();
        Console.WriteLine($"scale curve: sizes {string.Join(", ", sizes)}, median of {runs} clean builds each, one child process per size");
        var samples = new List<BuildSample>();
        foreach (var size in sizes)
        {
            Console.WriteLine($"--- {size} articles");
            samples.Add(RunChild(size, runs));
        }

        Console.WriteLine();
        Console.WriteLine($"machine: {machine} (at start); load average at end {Machine.LoadAverage()}");
        Console.WriteLine("| articles | pages | feeds | wall (median) | CPU | peak memory | wall per 1,000 articles |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in samples)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Articles:N0} | {s.Pages:N0} | {s.Feeds:N0} | {s.WallSeconds:F2} s | {s.CpuSeconds:F2} s | {Machine.Mb(s.PeakMb)} | {s.WallSeconds * 1000 / s.Articles:F2} s |"));
        Console.WriteLine();
        for (var i = 1; i < samples.Count; i++)
        {
            var (small, large) = (samples[i - 1], samples[i]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{large.Articles}/{small.Articles} (×{(double)large.Articles / small.Articles:F1} articles): wall ×{large.WallSeconds / small.WallSeconds:F2}, " +
                $"CPU ×{large.CpuSeconds / small.CpuSeconds:F2}, peak memory ×{large.PeakMb / small.PeakMb:F2}"));
        }
        return 0;
    }

    private static BuildSample RunChild(int articles, int runs)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        // Under `dotnet bench.dll` the host is dotnet and needs the assembly; under the apphost it does not.
        if (string.Equals(Path.GetFileNameWithoutExtension(start.FileName), "dotnet", StringComparison.Ordinal))
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        start.ArgumentList.Add(articles.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(runs.ToString(CultureInfo.InvariantCulture));

        using var child = Process.Start(start) ?? throw new BenchmarkFailed("could not start " + start.FileName);
        BuildSample? sample = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            Console.WriteLine("  " + line);
            sample = BuildSample.TryParse(line) ?? sample;
        }
        child.WaitForExit();
        if (child.ExitCode != 0 || sample is null)
            throw new BenchmarkFailed($"the {articles}-article child process failed (exit code {child.ExitCode})");
        return sample;
    }
}
