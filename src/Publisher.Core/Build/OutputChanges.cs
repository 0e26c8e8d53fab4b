using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Publisher.Core.Build;

/// <summary>
/// What a build changed in the output folder: files (output-relative, forward slashes, sorted ordinally) that are
/// new, whose content differs (by SHA-256), and that are gone, compared with the previous output.
/// </summary>
public sealed record OutputChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed, IReadOnlyList<string> Unchanged)
{
    /// <summary>Compares the previous output folder (which may not exist) with the newly written one.</summary>
    public static OutputChanges Between(string previous, string current)
    {
        var before = Files(previous);
        var after = Files(current);
        var added = after.Keys.Where(k => !before.ContainsKey(k)).ToList();
        var removed = before.Keys.Where(k => !after.ContainsKey(k)).ToList();
        var changed = new ConcurrentBag<string>();
        var common = after.Keys.Where(before.ContainsKey).ToList();
        Parallel.ForEach(common, PerCore.Options, key =>
        {
            var (old, now) = (before[key], after[key]);
            // Different lengths differ; equal lengths are compared by hash.
            if (old.Length != now.Length || !Hash(old.FullName).AsSpan().SequenceEqual(Hash(now.FullName))) changed.Add(key);
        });
        var same = common.Except(changed, StringComparer.Ordinal);
        return new OutputChanges(Sorted(added), Sorted(changed), Sorted(removed), Sorted(same));
    }

    /// <summary>The same lists restricted to HTML pages.</summary>
    public OutputChanges Pages()
    {
        static List<string> Html(IEnumerable<string> files) => files.Where(IsPage).ToList();
        return new OutputChanges(Html(Added), Html(Changed), Html(Removed), Html(Unchanged));
    }

    /// <summary>How many files there are now.</summary>
    public int Total => Added.Count + Changed.Count + Unchanged.Count;

    /// <summary>The files that are not HTML pages (feeds, assets, sitemap) that were added, changed or removed.</summary>
    public int OtherFilesTouched => Added.Concat(Changed).Concat(Removed).Count(f => !IsPage(f));

    public static bool IsPage(string relativePath) => relativePath.EndsWith(".html", StringComparison.Ordinal);

    private static Dictionary<string, FileInfo> Files(string folder)
    {
        var files = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return files;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, file.FullName).Replace('\\', '/')] = file;
        return files;
    }

    private static byte[] Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return SHA256.HashData(stream);
    }

    private static List<string> Sorted(IEnumerable<string> items) => items.Order(StringComparer.Ordinal).ToList();
}
