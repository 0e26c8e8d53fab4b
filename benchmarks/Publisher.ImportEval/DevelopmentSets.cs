namespace Publisher.ImportEval;

/// <summary>The corpus folders `--set all` measures: every set written so far that is no longer blind. A blind set is
/// measured with `--dir` until the round after it was written, then added here.</summary>
internal static class DevelopmentSets
{
    public static readonly string[] Names =
    [
        "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
        "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18",
        "heldout19", "heldout20",
    ];
}
