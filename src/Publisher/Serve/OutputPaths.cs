namespace Publisher.Cli.Serve;

/// <summary>What a request path maps to under <c>output/</c>.</summary>
internal enum PathVerdict
{
    /// <summary>A file inside the output folder (directories resolve to their <c>index.html</c>).</summary>
    Found,

    /// <summary>A folder with an <c>index.html</c>, asked for without the trailing slash its pages' relative links need.</summary>
    FolderWithoutSlash,

    /// <summary>A well-formed path with nothing at it.</summary>
    NotFound,

    /// <summary>A path that tries to leave the output folder (<c>..</c>, a drive, a backslash, a NUL, a link out).</summary>
    Refused,
}

/// <summary>
/// Maps a decoded request path to a file inside the output folder and nowhere else: every segment is checked
/// before it touches the file system, the combined path must stay under the folder, and a symbolic link is
/// followed only when its final target is inside the folder too. The build never writes links; this is
/// defence against one placed there by hand.
/// </summary>
internal static class OutputPaths
{
    public static (PathVerdict Verdict, string? File) Resolve(string outputRoot, string requestPath)
    {
        if (!requestPath.StartsWith('/')) return (PathVerdict.Refused, null);
        var segments = requestPath[1..].Split('/');
        foreach (var segment in segments)
            if (!IsPlainSegment(segment)) return (PathVerdict.Refused, null);

        var root = RealRoot(outputRoot);
        if (root is null) return (PathVerdict.NotFound, null);
        var named = segments.Where(s => s.Length > 0).ToArray();
        var candidate = Path.GetFullPath(Path.Combine([root, .. named]));
        if (!IsInside(root, candidate) && candidate != root) return (PathVerdict.Refused, null);

        var folder = Directory.Exists(candidate);
        if (folder) candidate = Path.Combine(candidate, "index.html");
        if (!File.Exists(candidate)) return (PathVerdict.NotFound, null);
        if (LeavesRoot(root, candidate)) return (PathVerdict.Refused, null);
        return folder && !requestPath.EndsWith('/') ? (PathVerdict.FolderWithoutSlash, candidate) : (PathVerdict.Found, candidate);
    }

    /// <summary>A segment that names one entry of a folder: not <c>.</c> or <c>..</c>, no separator, drive or control character.</summary>
    internal static bool IsPlainSegment(string segment) =>
        segment is not ("." or "..")
        && segment.IndexOfAny(['\\', ':', '\0']) < 0
        && !segment.Any(char.IsControl);

    private static string? RealRoot(string outputRoot)
    {
        var full = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var info = new DirectoryInfo(full);
        if (!info.Exists) return null;
        return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
    }

    /// <summary>True when a link on the way from the root to the file points outside the root.</summary>
    private static bool LeavesRoot(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
        var current = root;
        foreach (var part in relative)
        {
            current = Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (entry.LinkTarget is null) continue;
            var target = entry.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInside(root, Path.GetFullPath(target.FullName))) return true;
        }
        return false;
    }

    private static bool IsInside(string root, string path) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
