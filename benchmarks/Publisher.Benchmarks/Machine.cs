using System.Diagnostics;
using System.Globalization;
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
        $"{RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}, load average {LoadAverage()}";

    /// <summary>This process's peak resident memory in MB (Linux: VmHWM of /proc/self/status).</summary>
    public static double PeakMemoryMb()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    public static string Mb(double mb) => mb.ToString("F0", CultureInfo.InvariantCulture) + " MB";
}
