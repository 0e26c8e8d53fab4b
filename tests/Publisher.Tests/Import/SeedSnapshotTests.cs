using System.Text;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import;

/// <summary>
/// The whole Markdown output of importing all samples with the default rules, one snapshot per seed: every
/// file whose <c>sources</c> name that seed, plus the author profiles those articles produced.
/// </summary>
public class SeedSnapshotTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(RepoPaths.Seeds, "*.txt")
        .Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Import_output_of_each_seed(string seed)
    {
        using var project = new ImportFixture().WithSampleProject();
        project.Import();

        var sb = new StringBuilder();
        var authors = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in project.ArticleFiles())
        {
            var text = project.Read(path);
            if (!text.Contains($"- seeds/{seed}.txt\n", StringComparison.Ordinal)) continue;
            sb.Append("==== ").Append(path).Append('\n').Append(text);
            foreach (var line in text.Split("---\n")[1].Split('\n').SkipWhile(l => l != "authors:").Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)))
                authors.Add(Publisher.Core.Text.Slug.From(line[2..]));
        }
        foreach (var author in authors)
            sb.Append("==== input/authors/").Append(author).Append(".md\n").Append(project.Read($"input/authors/{author}.md"));

        Snapshot.Match($"import-{seed}", sb.ToString(), "md");
    }
}
