namespace Publisher.Core.Build;

/// <summary>
/// Options for the build's parallel loops: one worker per core. The loops mix CPU work with reading and
/// writing files; left unbounded, the thread pool adds threads whenever a loop body waits on the disk, and
/// the extra threads only contend for the same folders and cores.
/// </summary>
internal static class PerCore
{
    public static ParallelOptions Options => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
