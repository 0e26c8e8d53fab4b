namespace Publisher.ImportEval;

/// <summary>The corpus folders `--set all` measures: every set written so far that is no longer blind. A blind set is
/// measured with `--dir` until the round after it was written, then added here.</summary>
internal static class DevelopmentSets
{
    public static readonly string[] Names =
    [
        "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
        "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18",
        "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25",
        "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
        "heldout35", "heldout41", "heldout47",
    ];

    /// <summary>
    /// Folders no model may be fitted on (the line model's <c>--train-lines</c>, the head model's <c>--train-head</c>):
    /// the blind sets, this round's validation split (TOTAL lines only) and the new-case folders measured once. Update it
    /// each round, with the blind and validation sets named in tests/ImportCorpus/README.md.
    /// </summary>
    public static readonly string[] NeverFitted =
    [
        // Blind: never read.
        "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout48",
        // This round's validation split.
        "lead17-new", "lead17b-new",
        // New cases, measured once.
        "authors18-new", "kinds18-new", "furn18-new", "kinds19-new", "authors19-new", "shape19-new", "kinds20-new",
        "furn19-new", "issues20-new", "titles20-new", "kinds21-new", "titles21-new", "furn20-new", "glued21-new",
        "kinds22-new", "authors22-new", "furn21-new", "lead17-new", "lead17b-new", "digest-new", "kinds24-new", "kinds25-new",
        "lead19-new", "pages20-new", "wholes20-new", "lead20-new", "lead21-new", "pages21-new", "wholes21-new", "mail21-new",
        "pages22-new", "pages33-new", "lead23-new", "pages34-new", "lead24-new", "pages35-new", "lead25-new", "cases27-new", "cases28-new", "cases29-new",
        "cases30-new", "cases31-new", "cases32-new", "issues38-new", "cases33-new", "issues39-new",
        "cases34-new", "issues40-new", "issues41-new", "cases35-new", "issues42-new", "cases36-new",
        "issues43-new", "cases37-new", "issues44-new", "issues45-new", "issues46-new", "issues47-new", "issues48-new", "mix49-new", "mix50-new",
        "mix51-new", "mix52-new", "mix53-new", "mix54-new", "mix55-new", "mix56-new",
    ];
}
