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
        var root = Path.GetFullPath(outputDir);
        return Of(outputDir, Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(root, file)), displayAs);
    }

    /// <summary>The tree of the files a build wrote into <paramref name="outputDir"/>, as it recorded them, without listing the folder.</summary>
    /// <param name="relativePaths">Every file, relative to <paramref name="outputDir"/>.</param>
    public static OutputTree Of(string outputDir, IEnumerable<string> relativePaths, string? displayAs = null)
    {
        var displayRoot = DisplayRootFor(outputDir, displayAs);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var path in relativePaths)
        {
            var relative = path.Replace('\\', '/');
            files.Add(relative);
            for (var slash = relative.LastIndexOf('/'); slash > 0; slash = relative.LastIndexOf('/', slash - 1))
                folders.Add(relative[..slash]);
        }
        return new OutputTree(Path.GetFullPath(outputDir), displayRoot, files, folders);
    }

    /// <summary>How diagnostics name <paramref name="outputDir"/> (or <paramref name="displayAs"/>, when given).</summary>
    public static string DisplayRootFor(string outputDir, string? displayAs)
    {
        var displayRoot = (displayAs ?? outputDir).Replace('\\', '/').TrimEnd('/');
        return displayRoot.Length > 0 ? displayRoot : (displayAs ?? outputDir).Length > 0 ? "/" : ".";
    }

    public static string DisplayPath(string displayRoot, string relativePath) => displayRoot == "/" ? "/" + relativePath : $"{displayRoot}/{relativePath}";

    public bool HasFile(string relativePath) => _files.Contains(relativePath);

    public bool HasFolder(string relativePath) => _folders.Contains(relativePath.TrimEnd('/'));

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    public string DisplayPath(string relativePath) => DisplayPath(DisplayRoot, relativePath);
}
