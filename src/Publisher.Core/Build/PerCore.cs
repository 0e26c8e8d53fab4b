namespace Publisher.Core.Build;

/// <summary>
/// Options for the build's parallel loops: one worker per core. The loops mix CPU work with reading and
/// writing files; left unbounded, the thread pool adds threads whenever a loop body waits on the disk, and
/// the extra threads only contend for the same folders and cores.
/// </summary>
internal static class PerCore
{
    public static ParallelOptions Options => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>
    /// Lock stripes for a concurrent table the workers fill: a few per worker, so two workers seldom wait on one stripe
    /// (a table made with a capacity keeps its stripes; one grown from empty adds them as it grows, locking every worker out each time).
    /// </summary>
    public static int ConcurrencyLevel => Math.Max(8, Environment.ProcessorCount * 4);

    /// <summary>A concurrent table sized for <paramref name="expected"/> entries (with room to spare), striped for the workers.</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, T> Table<T>(int expected) =>
        new(ConcurrencyLevel, Math.Max(31, expected + expected / 8), StringComparer.Ordinal);
}
