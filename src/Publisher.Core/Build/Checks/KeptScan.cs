namespace Publisher.Core.Build.Checks;

/// <summary>
/// The scan of a file a build keeps as an earlier build wrote it (<see cref="OutputCatalogue.Reused(string, KeptScan?)"/>):
/// its anchors are one object for the whole build (the link state compares a kept file's anchors with the previous
/// build's by reference), and the whole scan is made only when something reads it. A one-article edit keeps ~23,000
/// files and checks the links of the two or three it made: the render cache then makes none of the kept files' scans
/// (<see cref="RenderCache"/>, benchmarks/RESULTS.md perf44).
/// </summary>
public abstract class KeptScan
{
    /// <summary>The file's anchors (the scan's own <see cref="PageScan.Anchors"/>, the very same object).</summary>
    public abstract IReadOnlySet<string> Anchors { get; }

    /// <summary>The whole scan (made the first time it is asked for, then the same object).</summary>
    public abstract PageScan Scan { get; }

    /// <summary>A scan made this build, as a kept one.</summary>
    public static KeptScan Of(PageScan scan) => new Made(scan);

    private sealed class Made(PageScan scan) : KeptScan
    {
        public override IReadOnlySet<string> Anchors => scan.Anchors;

        public override PageScan Scan => scan;
    }
}
