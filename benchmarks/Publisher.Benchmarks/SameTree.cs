namespace Publisher.Benchmarks;

/// <summary>Whether two folders hold the same files with the same bytes (what <c>diff -r</c> would say).</summary>
public static class SameTree
{
    /// <summary>Null when the trees are equal; else the first difference, by relative path in ordinal order.</summary>
    public static string? FirstDifference(string a, string b)
    {
        var left = Files(a);
        var right = Files(b);
        foreach (var path in left.Union(right).Order(StringComparer.Ordinal))
        {
            if (!left.Contains(path)) return $"only in {b}: {path}";
            if (!right.Contains(path)) return $"only in {a}: {path}";
            if (!File.ReadAllBytes(Path.Combine(a, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, path)))) return $"differ: {path}";
        }
        return null;
    }

    public static int Count(string folder) => Files(folder).Count;

    private static HashSet<string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).ToHashSet(StringComparer.Ordinal);
}
