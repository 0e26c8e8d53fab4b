using System.Globalization;
using System.Text;
using Publisher.Benchmarks;
using Publisher.Core.Content;
using Publisher.Core.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Content;

/// <summary>
/// <see cref="FlatYaml"/> must read exactly what YamlDotNet reads (values, quoting, every node's line and column) or
/// decline: YamlFields is a function of the tree, so equal trees give equal fields and diagnostics.
/// </summary>
public class FlatYamlTests
{
    /// <summary>The tree, written out: kind, position, quoting and value of every node.</summary>
    private static string Describe(YamlValue node) => node switch
    {
        YamlText t => $"{(t.Plain ? "plain" : "quoted")}@{t.Line}:{t.Column}<{t.Value ?? "(null)"}>",
        YamlList l => $"list@{l.Line}:{l.Column}[{string.Join(", ", l.Items.Select(Describe))}]",
        YamlMap m => $"map@{m.Line}:{m.Column}{{{string.Join("; ", m.Entries.Select(e => Describe(e.Key) + " = " + Describe(e.Value)))}}}",
        _ => $"other@{node.Line}:{node.Column}",
    };

    /// <summary>What YamlDotNet reads, or null when it rejects the YAML.</summary>
    private static string? Reference(string yaml)
    {
        try
        {
            return Describe(YamlTree.Load(yaml));
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Checks the scanner against YamlDotNet on one input; true when the scanner read it (rather than declined).</summary>
    private static bool Agrees(string yaml, string what)
    {
        var flat = FlatYaml.TryParse(yaml);
        if (flat is null) return false;
        var reference = Reference(yaml);
        Assert.True(reference is not null, $"{what}: the scanner read YAML that YamlDotNet rejects:\n{yaml}");
        Assert.True(reference == Describe(flat), $"{what}: the scanner and YamlDotNet differ on\n{yaml}\nYamlDotNet: {reference}\nscanner:    {Describe(flat)}");
        return true;
    }

    /// <summary>The YAML a reader would parse: a .md file's front matter, a .yml file's whole text.</summary>
    private static string? YamlOf(string file)
    {
        var text = TextFile.Read(file);
        return file.EndsWith(".md", StringComparison.Ordinal) ? FrontMatterSplitter.Split(text).Yaml : text;
    }

    private static IEnumerable<string> YamlFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_yaml_input_in_the_repository_reads_as_YamlDotNet_reads_it()
    {
        var blind = Path.Combine(RepoPaths.Root, "tests", "ImportCorpus", "heldout16");
        var skipped = new[] { "bin", "obj", ".git", "node_modules" };
        var files = new[] { "input", "seeds", "theme", "tests", "docs" }
            .Select(d => Path.Combine(RepoPaths.Root, d))
            .Where(Directory.Exists)
            .SelectMany(YamlFiles)
            .Where(f => !f.StartsWith(blind, StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(RepoPaths.Root, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .ToList();
        var read = 0;
        foreach (var file in files)
            if (YamlOf(file) is { } yaml && Agrees(yaml, file)) read++;

        // The sample site's articles are the usual shape: the scanner reads every one of them.
        var articles = YamlFiles(Path.Combine(RepoPaths.Input, "articles")).ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, f => Assert.NotNull(FlatYaml.TryParse(YamlOf(f)!)));
        Assert.True(read >= articles.Count, $"{read} of {files.Count} files read by the scanner");
    }

    [Fact]
    public void The_benchmarks_synthetic_archive_reads_as_YamlDotNet_reads_it_and_every_article_is_read_by_the_scanner()
    {
        using var temp = new TempDirectory();
        SyntheticArchive.Write(temp.Path, 600);
        foreach (var file in YamlFiles(temp.Path))
        {
            var yaml = YamlOf(file)!;
            var read = Agrees(yaml, file);
            if (file.Contains("/articles/", StringComparison.Ordinal) || file.Contains("/authors/", StringComparison.Ordinal))
                Assert.True(read, $"{file}: declined by the scanner\n{yaml}");
        }
    }

    public static TheoryData<string, bool> Odd() => new()
    {
        // (YAML, whether the scanner should read it rather than leave it to YamlDotNet)
        { "title: A\ndate: 2021-01-01\n", true },
        { "# a comment first\n\ntitle: A\n  # indented comment\ntags:\n\n  - a\n  # between\n  - 'b'\n\n# last\n", true },
        { "tags:\n- a\n- b\ntitle: x", true },
        { "tags: [a, 'b c', \"d\\\"e\", f g ]\nauthors: []\nx: [ ]\n", true },
        { "title: 'It''s: here'\nsummary: \"tab\\there \\u00e9 \\x41 back\\\\slash \\/\"\n", true },
        { "title: a#b c\nurl: https://example.org/a?b=c#d\nq: a 'quoted' \"inside\"\n", true },
        { "title:    spaced    \nv: 19\nd: true\nn: ~\nz: null\n", true },
        { "title: Ünïcödé — text · ½\u00a0nbsp\u00a0\n", true },
        { "title: x   \n   \ntags:\n   -    spaced item   \n", true },
        // Anchors, aliases, tags, merge keys.
        { "a: &x one\nb: *x\n", false },
        { "a: !!str 12\n", false },
        { "base: &b {x: 1}\nc:\n  <<: *b\n", false },
        { "tags: &t [a, b]\nother: *t\n", false },
        // Multi-line and block scalars.
        { "summary: first\n  second line\n", false },
        { "summary: |\n  literal\n  text\n", false },
        { "summary: >-\n  folded\n  text\n", false },
        { "summary: \"double\n  across lines\"\n", false },
        { "summary: 'single\n  across lines'\n", false },
        { "tags:\n  - one\n    continued\n", false },
        // Comments after values, tabs, BOM, control characters, other line breaks.
        { "title: A # comment\n", false },
        { "tags: [a, b] # comment\n", false },
        { "title: 'A' # comment\n", false },
        { "title:\tA\n", false },
        { "\ttitle: A\n", false },
        { "title: A\t\n", false },
        { "\ufefftitle: A\n", false },
        { "title: A\u0085B\n", false },
        { "title: A\u2028B\n", false },
        { "title: bell\u0007\n", false },
        { "title: emoji \ud83d\ude00\n", false },
        // Duplicate and misspelt keys, odd keys.
        { "title: A\ntitle: B\n", false },
        { "tittle: A\ntag: x\nTitle: B\n", true },
        { "\"title\": A\n", false },
        { "title : A\n", false },
        { "title:A\n", false },
        { "ti tle: A\n", false },
        { "? title\n: A\n", false },
        { "- a\n- b\n", false },
        { "just text\n", false },
        { "", false },
        { "# only a comment\n", false },
        // Empty values and nested structures.
        { "summary:\ntitle: A\n", false },
        { "summary:\n", false },
        { "feeds:\n  items: 10\n", false },
        { "publications:\n  - name: A\n    slug: a\n", false },
        { "tags: [a, [b]]\n", false },
        { "tags: [a, {b: c}]\n", false },
        { "tags: {a: b}\n", false },
        { "tags:\n  - [a]\n", false },
        { "tags:\n  -\n  - a\n", false },
        { "tags:\n  - a\n - b\n", false },
        { "tags:\n  - a\n   - b\n", false },
        { "tags:\n  -a\n", false },
        // Invalid YAML: the scanner must decline so YamlDotNet reports it.
        { "title: \"unclosed\n", false },
        { "title: 'unclosed\n", false },
        { "tags: [a, b\n", false },
        { "tags: [a, b,]\n", false },
        { "tags: [a,, b]\n", false },
        { "title: Iraq: What Next?\n", false },
        { "title: ends with colon:\n", false },
        { "title: @handle\n", false },
        { "title: `tick`\n", false },
        { "title: %percent\n", false },
        { "title: \"bad \\q escape\"\n", false },
        { "title: \"ok\" trailing\n", false },
        { "title: -5\n", false },
        { "title: [a] b\n", false },
        { "tags: [http://example.org]\n", false },
        { "---\ntitle: A\n", false },
        { "title: A\n...\n", false },
        { "%YAML 1.1\n---\ntitle: A\n", false },
    };

    [Theory]
    [MemberData(nameof(Odd))]
    public void Odd_and_hostile_yaml_is_read_as_YamlDotNet_reads_it_or_left_to_it(string yaml, bool scanned)
    {
        Assert.Equal(scanned, Agrees(yaml, "case"));
        if (!scanned) Assert.Null(FlatYaml.TryParse(yaml));
    }

    [Fact]
    public void Front_matter_written_by_ArticleFile_with_random_text_reads_as_YamlDotNet_reads_it()
    {
        // Text YamlDotNet's emitter must quote one way or another: indicators, colons, hashes, quotes, escapes, spaces.
        const string alphabet = "ab Z9:#'\"\\[]{},-?&*!|>%@`~ é—\u00a0./";
        var random = new Random(306);
        string Text() => new(Enumerable.Range(0, random.Next(1, 14)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var read = 0;
        for (var n = 0; n < 1500; n++)
        {
            var fm = new ArticleFrontMatter
            {
                Title = Text(),
                Slug = Text(),
                Authors = Enumerable.Range(0, random.Next(3)).Select(_ => Text()).ToList(),
                Date = new DateOnly(2020, 1, 1).AddDays(n),
                Volume = n,
                Tags = Enumerable.Range(0, random.Next(4)).Select(_ => Text()).ToList(),
                Summary = Text(),
            };
            var yaml = FrontMatterSplitter.Split(ArticleFile.Write(fm, "Body.")).Yaml!;
            if (Agrees(yaml, $"written front matter {n}")) read++;
        }
        Assert.True(read > 500, $"the scanner read {read} of 1500");
    }

    [Fact]
    public void Hand_written_lines_of_random_characters_read_as_YamlDotNet_reads_them_or_are_left_to_it()
    {
        // Lines as an editor might type them: YamlDotNet rejects many, and the scanner must decline each of those.
        const string hostile = ":#'\"\\[],-&*|>@`\u00e9\n";
        const string ordinary = "aZ9 ";
        var random = new Random(307);
        char Draw() => random.Next(3) == 0 ? hostile[random.Next(hostile.Length)] : ordinary[random.Next(ordinary.Length)];
        var read = 0;
        for (var n = 0; n < 4000; n++)
        {
            var yaml = new StringBuilder();
            for (var line = random.Next(1, 4); line > 0; line--)
            {
                yaml.Append(random.Next(4) switch { 0 => "tags:", 1 => "  - ", 2 => "- ", _ => "k" + line.ToString(CultureInfo.InvariantCulture) + ": " });
                yaml.Append(Enumerable.Range(0, random.Next(0, 10)).Select(_ => Draw()).ToArray()).Append('\n');
            }
            if (Agrees(yaml.ToString(), $"random lines {n}")) read++;
        }
        Assert.True(read > 150, $"the scanner read {read} of 4000");
    }
}
