using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Publisher.Benchmarks;

/// <summary>What a number depends on besides the code: the machine, how busy it is, this process's peak memory.</summary>
public static class Machine
{
    /// <summary>The 1-, 5- and 15-minute load averages (Linux), or "n/a".</summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path)) return "n/a";
        return string.Join(' ', File.ReadAllText(path).Split(' ').Take(3));
    }

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):F0} GB, " +
        $"{RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}, {Collector()}, load average {LoadAverage()}";

    /// <summary>
    /// The garbage collector's settings this process runs under (Publisher.Runtime.props gives the benchmark the CLI's),
    /// so a peak memory is read with the settings it was measured under.
    /// </summary>
    public static string Collector()
    {
        // The settings in effect, whether from runtimeconfig.json or DOTNET_ environment variables.
        var settings = GC.GetConfigurationVariables();
        // The runtime's names for them vary ("ConcurrentGC", "GCConserveMem"): matched by the word they contain.
        string Setting(string word) =>
            settings.Where(s => s.Key.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(s => Convert.ToString(s.Value, CultureInfo.InvariantCulture))
                .FirstOrDefault() ?? "?";
        return $"GC {(GCSettings.IsServerGC ? "server" : "workstation")}, concurrent {Setting("Concurrent")}, conserve memory {Setting("Conserve")}";
    }

    /// <summary>This process's peak resident memory in MB (Linux: VmHWM of /proc/self/status).</summary>
    public static double PeakMemoryMb()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>The middle value of a series of runs (the upper middle of an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    public static string Mb(double mb) => mb.ToString("F0", CultureInfo.InvariantCulture) + " MB";
}
