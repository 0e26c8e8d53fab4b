using Publisher.Benchmarks;

namespace Publisher.Tests.Benchmarks;

/// <summary>The benchmark's check that the CLI's clean build wrote the in-process build's site: what <c>diff -r</c> would say.</summary>
public sealed class SameTreeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "same-tree-" + Guid.NewGuid().ToString("N"));

    private string Folder(string name, params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        return folder;
    }

    [Fact]
    public void Trees_with_the_same_files_and_bytes_are_the_same()
    {
        var a = Folder("a", ("index.html", "x"), ("articles/one/index.html", "one"));
        var b = Folder("b", ("articles/one/index.html", "one"), ("index.html", "x"));
        Assert.Null(SameTree.FirstDifference(a, b));
        Assert.Equal(2, SameTree.Count(a));
    }

    [Fact]
    public void A_changed_byte_or_a_missing_file_is_named()
    {
        var a = Folder("a", ("index.html", "x"), ("articles/one/index.html", "one"));
        Assert.Equal($"differ: {Path.Combine("articles", "one", "index.html")}", SameTree.FirstDifference(a, Folder("b", ("index.html", "x"), ("articles/one/index.html", "onE"))));
        var c = Folder("c", ("index.html", "x"));
        Assert.Equal($"only in {a}: {Path.Combine("articles", "one", "index.html")}", SameTree.FirstDifference(a, c));
        Assert.Equal($"only in {a}: {Path.Combine("articles", "one", "index.html")}", SameTree.FirstDifference(c, a));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
