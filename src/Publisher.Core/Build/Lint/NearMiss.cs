using Publisher.Core.Content;

namespace Publisher.Core.Build.Lint;

/// <summary>The known name a misspelt one most likely stands for ("Burkina Fasso" → "Burkina Faso"). Pure.</summary>
internal static class NearMiss
{
    /// <summary>The closest of <paramref name="known"/>: same skeleton (see <see cref="NameSkeleton"/>) or a few edits away; null when none is close.</summary>
    public static string? Suggest(string name, IEnumerable<string> known)
    {
        var lower = name.Trim().ToLowerInvariant();
        var skeleton = NameSkeleton.Of(name);
        var allowed = Math.Clamp(lower.Length / 4, 1, 3);
        return known
            .Select(k => (Name: k, Distance: NameSkeleton.Of(k) == skeleton ? 0 : UnknownKeys.Distance(lower, k.Trim().ToLowerInvariant())))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>" (did you mean 'X'?)" or "".</summary>
    public static string Hint(string name, IEnumerable<string> known) =>
        Suggest(name, known) is { } hint ? $"; did you mean '{hint}'?" : "";
}
