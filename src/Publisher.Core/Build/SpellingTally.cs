namespace Publisher.Core.Build;

/// <summary>
/// Counts how articles spell each author or tag (keyed by slug), so one without a profile or
/// definition is displayed the way most articles write it. Safe to use from parallel loaders.
/// </summary>
internal sealed class SpellingTally
{
    private readonly Dictionary<string, Dictionary<string, int>> _spellings = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Add(string slug, string spelling)
    {
        lock (_gate)
        {
            if (!_spellings.TryGetValue(slug, out var counts)) _spellings[slug] = counts = new(StringComparer.Ordinal);
            counts[spelling] = counts.GetValueOrDefault(spelling) + 1;
        }
    }

    /// <summary>The spelling used most often for <paramref name="slug"/> (ties: ordinal first).</summary>
    public string MostCommon(string slug)
    {
        lock (_gate)
        {
            return _spellings[slug]
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .First().Key;
        }
    }
}
