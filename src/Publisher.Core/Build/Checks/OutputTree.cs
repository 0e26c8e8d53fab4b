namespace Publisher.Core.Build.Checks;

/// <summary>
/// The files of a built site, by output-relative path with <c>/</c> separators, and the folders that
/// hold them. Lookups are ordinal (case-sensitive), like the static hosts the site is served from.
/// </summary>
public sealed class OutputTree
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders;

    private OutputTree(string root, string displayRoot, HashSet<string> files, HashSet<string> folders)
    {
        Root = root;
        DisplayRoot = displayRoot;
        _files = files;
        _folders = folders;
        Files = files.Order(StringComparer.Ordinal).ToList();
    }

    public string Root { get; }

    /// <summary>The output folder as the caller named it, used at the front of diagnostic paths.</summary>
    public string DisplayRoot { get; }

    public IReadOnlyList<string> Files { get; }

    /// <param name="displayAs">The folder named in diagnostics when it is not <paramref name="outputDir"/> itself (a build's staging folder is named as the output folder it becomes).</param>
    public static OutputTree Scan(string outputDir, string? displayAs = null)
    {
        var displayRoot = (displayAs ?? outputDir).Replace('\\', '/').TrimEnd('/');
        if (displayRoot.Length == 0) displayRoot = (displayAs ?? outputDir).Length > 0 ? "/" : ".";
        var root = Path.GetFullPath(outputDir);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            files.Add(relative);
            for (var slash = relative.LastIndexOf('/'); slash > 0; slash = relative.LastIndexOf('/', slash - 1))
                folders.Add(relative[..slash]);
        }
        return new OutputTree(root, displayRoot, files, folders);
    }

    public bool HasFile(string relativePath) => _files.Contains(relativePath);

    public bool HasFolder(string relativePath) => _folders.Contains(relativePath.TrimEnd('/'));

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    public string DisplayPath(string relativePath) => DisplayRoot == "/" ? "/" + relativePath : $"{DisplayRoot}/{relativePath}";
}
