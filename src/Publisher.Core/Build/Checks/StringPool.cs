using System.Collections.Concurrent;

namespace Publisher.Core.Build.Checks;

/// <summary>
/// One instance of each distinct string, for the link scans a build holds until its link check: every page writes the
/// same navigation, tag and author URLs, so a pooled URL costs its text once per site instead of once per page.
/// Thread-safe; owned by one build (nothing outlives it, unlike <see cref="string.Intern"/>).
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(string value) => _strings.GetOrAdd(value, value);
}
