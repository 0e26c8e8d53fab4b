using Publisher.Core.Diagnostics;

namespace Publisher.Core.Content;

/// <summary>
/// Reports keys a reader does not know ("tittle", "tag") as warnings at the key's line, with the known key it most
/// likely meant: one at most two edits away (a transposition counts as one), the same key in another case, or its
/// singular or plural.
/// </summary>
public static class UnknownKeys
{
    /// <param name="what">What holds the keys, for the message ("front matter", "site.yml", "tag entry").</param>
    public static void Report(YamlFields fields, IReadOnlyList<string> known, string what, List<Diagnostic> diagnostics, string code = DiagnosticCodes.UnknownKey)
    {
        foreach (var key in fields.Keys)
            if (!known.Contains(key, StringComparer.Ordinal))
                diagnostics.Add(Diagnostic.Warning(code, Message(key, known, what), fields.LocationOf(key)));
    }

    public static string Message(string key, IReadOnlyList<string> known, string what) =>
        Suggest(key, known) is { } hint
            ? $"unknown {what} field '{key}' is ignored; did you mean '{hint}'?"
            : $"unknown {what} field '{key}' is ignored (known: {string.Join(", ", known)})";

    /// <summary>The known key <paramref name="key"/> most likely stands for, or null.</summary>
    public static string? Suggest(string key, IReadOnlyList<string> known)
    {
        var lower = key.Trim().ToLowerInvariant();
        foreach (var k in known)
            if (k == lower || k == lower + "s" || k + "s" == lower || k == lower + "es") return k;
        var best = known.Select(k => (Key: k, Distance: Distance(lower, k)))
            .Where(c => c.Distance <= 2 && c.Distance < Math.Max(c.Key.Length, lower.Length) / 2 + 1)
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Key;
    }

    /// <summary>Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions, transpositions.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
