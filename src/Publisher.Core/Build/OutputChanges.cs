namespace Publisher.Core.Build;

/// <summary>
/// What a build changed in the output folder: files (output-relative, forward slashes, sorted ordinally) that are
/// new, whose content differs, and that are gone, compared with the previous output (the output folder finds them as it
/// writes: see <see cref="OutputFolder"/>).
/// </summary>
public sealed record OutputChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed, IReadOnlyList<string> Unchanged)
{
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


}
