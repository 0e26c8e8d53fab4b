namespace Publisher.Cli.Serve;

/// <summary>Which changes <c>publisher serve</c> acts on: not an editor's swap, backup or lock files, nor import's backups.</summary>
internal static class WatchedChange
{
    private static readonly string[] IgnoredFolders = [".git", ".backups", ".vs", ".idea", "node_modules"];

    public static bool IsIgnored(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return true;
        if (parts[..^1].Any(p => IgnoredFolders.Contains(p, StringComparer.OrdinalIgnoreCase))) return true;
        return IsEditorTempFile(parts[^1]);
    }

    /// <summary>
    /// vim (<c>.x.swp</c>, <c>4913</c>, <c>x~</c>), emacs (<c>.#x</c>, <c>#x#</c>), Office (<c>~$x</c>), <c>sed -i</c>'s
    /// working copy (<c>sedAb12Cd</c>), and generic <c>.tmp</c>/<c>.bak</c> files.
    /// </summary>
    internal static bool IsEditorTempFile(string name) =>
        name.EndsWith('~')
        || name.StartsWith(".#", StringComparison.Ordinal)
        || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))
        || name.StartsWith("~$", StringComparison.Ordinal)
        || name == "4913"
        || IsSedWorkingCopy(name)
        || name.Equals(".DS_Store", StringComparison.Ordinal)
        || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".swo", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".bak", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".crswap", StringComparison.OrdinalIgnoreCase);

    // GNU sed -i writes "sed" plus six random letters or digits beside the file, then renames it over the file.
    private static bool IsSedWorkingCopy(string name) =>
        name.Length == 9 && name.StartsWith("sed", StringComparison.Ordinal) && name.AsSpan(3).IndexOfAnyExcept(Letters) < 0;

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
}
