using Publisher.Tests.Support;

namespace Publisher.Tests.Repository;

/// <summary>
/// A merge that left its conflict markers in a committed file (it happened to the corpus README, where nothing compiles
/// it) is caught here rather than by a reader. Only the opening and closing markers are looked for: a line of equals
/// signs is also a Markdown heading's underline.
/// </summary>
public class ConflictMarkerTests
{
    private static readonly string[] Folders = ["src", "tests", "benchmarks", "theme", "input", "seeds", ".github"];
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    [Fact]
    public void No_committed_text_file_holds_a_merge_conflict_marker()
    {
        var found = new List<string>();
        var files = Folders.Select(f => Path.Combine(RepoPaths.Root, f)).Where(Directory.Exists).SelectMany(TextFiles)
            .Concat(Directory.GetFiles(RepoPaths.Root, "*.md"));
        foreach (var file in files)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (line.StartsWith("<<<<<<< ", StringComparison.Ordinal) || line.StartsWith(">>>>>>> ", StringComparison.Ordinal))
                    found.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{number}: {line}");
            }
        }
        Assert.True(found.Count == 0, "merge conflict markers left in:\n" + string.Join("\n", found));
    }

    private static IEnumerable<string> TextFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
            if (Path.GetExtension(file) is ".cs" or ".md" or ".txt" or ".yml" or ".yaml" or ".json" or ".html" or ".css" or ".js" or ".props" or ".csproj" or ".sh" or ".py")
                yield return file;
        foreach (var sub in Directory.EnumerateDirectories(folder))
            if (!Skipped.Contains(Path.GetFileName(sub)))
                foreach (var file in TextFiles(sub)) yield return file;
    }
}
