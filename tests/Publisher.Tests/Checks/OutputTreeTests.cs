using Publisher.Core.Build.Checks;

namespace Publisher.Tests.Checks;

/// <summary>
/// The output tree a build's link check resolves against: every file, and every folder that holds one (perf44: each
/// file's folders added deepest first, stopping at the first one already known), whatever order the files come in.
/// </summary>
public sealed class OutputTreeTests
{
    private static readonly string[] Paths =
    [
        "a/b/c/d/index.html", "a/b/index.html", "a/feed.xml", "index.html", "a/b/c/e/f.js", "x/y/z.js", "x/index.html",
        "a/bc/index.html", "a/b/c/index.html", "search/t/ab.js", "search/x/1.js", "search/x/10.js", "z", "q/r\\s.txt",
    ];

    /// <summary>Every folder above every file, cut one by one (what the tree held before).</summary>
    private static HashSet<string> Folders(IEnumerable<string> paths)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var path in paths.Select(p => p.Replace('\\', '/')))
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
                folders.Add(path[..slash]);
        return folders;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_folder_of_every_file_is_known_in_any_order_and_nothing_else(int seed)
    {
        var paths = Paths.ToArray();
        if (seed > 0) new Random(seed).Shuffle(paths);
        var tree = OutputTree.Of("out", paths);
        var folders = Folders(paths);
        foreach (var folder in folders) Assert.True(tree.HasFolder(folder), $"'{folder}' is a folder");
        // Every prefix of every path that is not a folder is not one.
        foreach (var path in paths.Select(p => p.Replace('\\', '/')))
            for (var end = 1; end <= path.Length; end++)
                if (!folders.Contains(path[..end])) Assert.False(tree.HasFolder(path[..end]) && !path[..end].EndsWith('/'), $"'{path[..end]}' is not a folder");
        Assert.True(tree.HasFolder("a/b/c/"));
        Assert.False(tree.HasFolder("a/b/c/d/index.html"));
        Assert.False(tree.HasFolder("search/x/1"));
        Assert.Equal(paths.Select(p => p.Replace('\\', '/')).Order(StringComparer.Ordinal), tree.Files);
        Assert.All(tree.Files, file => Assert.True(tree.HasFile(file)));
    }
}
