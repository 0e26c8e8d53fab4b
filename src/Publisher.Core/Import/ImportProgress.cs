namespace Publisher.Core.Import;

/// <summary>
/// One step of an import run, for a progress display: what the run is doing (reading a seed, or a later stage over all
/// of them) and how many of its seeds were read before this step.
/// </summary>
/// <param name="Step">What the run does now, e.g. "Reading seeds/x.txt" or "Merging duplicates".</param>
/// <param name="Seed">The seed's project-relative path while seeds are read; null for the later stages.</param>
public sealed record ImportProgress(string Step, string? Seed, int SeedsRead, int SeedCount);
