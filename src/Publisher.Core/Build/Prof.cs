using System.Collections.Concurrent;
using System.Diagnostics;
namespace Publisher.Core.Build;
/// <summary>SCRATCH profiling (not to merge).</summary>
internal static class Prof
{
    public static readonly bool On = Environment.GetEnvironmentVariable("PUBLISHER_PROFILE") == "1";
    private static readonly ConcurrentDictionary<string, long> Ticks = new();
    private static long _last = Stopwatch.GetTimestamp();
    private static TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;
    public static void Mark(string what)
    {
        if (!On) return;
        var now = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Console.Error.WriteLine($"    [prof] {what,-40} {(now - _last) / (double)Stopwatch.Frequency:F3} s wall, {(cpu - _lastCpu).TotalSeconds:F3} s cpu");
        _last = now; _lastCpu = cpu;
    }
    public static void Add(string what, long since) { if (On) Ticks.AddOrUpdate(what, Stopwatch.GetTimestamp() - since, (_, t) => t + Stopwatch.GetTimestamp() - since); }
    public static void Dump()
    {
        if (!On) return;
        foreach (var (k, v) in Ticks.OrderBy(e => e.Key)) Console.Error.WriteLine($"    [prof-threads] {k,-40} {v / (double)Stopwatch.Frequency:F3} s");
        Ticks.Clear();
    }
}
