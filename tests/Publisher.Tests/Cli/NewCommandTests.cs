using Publisher.Cli;
using Publisher.Cli.Commands;
using Publisher.Core.Build;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Sidecars;
using Publisher.Tests.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

[Collection(nameof(ConsoleCapture))]
public class NewCommandTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2024, 3, 7, 10, 0, 0, TimeSpan.Zero));

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => CliRunner.Run(NewCommand.Create(Clock), ["new", .. args]);

    [Fact]
    public void New_article_fills_front_matter_and_the_built_site_accepts_it()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);

        var (exit, output, error) = Run("article", "Rival Militias Redraw the Delta", "--input", options.InputDir,
            "--author", "Jacob Zenn", "--volume", "22", "--issue", "5");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", error);
        var path = Path.Combine(options.InputDir, "articles", "2024", "rival-militias-redraw-the-delta.md");
        Assert.Equal($"Wrote {path.Replace('\\', '/')}\n{Scaffolds.DraftNote}\n", output);
        var diagnostics = new List<Diagnostic>();
        var document = ArticleFile.Read(File.ReadAllText(path), "x.md", diagnostics)!;
        Assert.Empty(diagnostics);
        Assert.Equal("Rival Militias Redraw the Delta", document.FrontMatter.Title);
        Assert.Equal("rival-militias-redraw-the-delta", document.FrontMatter.Slug);
        Assert.Equal(new DateOnly(2024, 3, 7), document.FrontMatter.Date);
        Assert.Equal("Terrorism Monitor", document.FrontMatter.Publication);
        Assert.Equal((22, 5), (document.FrontMatter.Volume!.Value, document.FrontMatter.Issue!.Value));
        Assert.Equal(["Jacob Zenn"], document.FrontMatter.Authors);
        Assert.Equal("feature", document.FrontMatter.Kind);
        Assert.True(document.FrontMatter.Draft);

        var page = Path.Combine(options.OutputDir, "articles", "rival-militias-redraw-the-delta", "index.html");
        var published = SiteBuilder.Build(options);
        Assert.True(published.Succeeded, string.Join("\n", published.Diagnostics));
        Assert.False(File.Exists(page), "a new article is a draft: a normal build leaves it out");

        var preview = SiteBuilder.Build(options with { Drafts = true });
        Assert.True(preview.Succeeded, string.Join("\n", preview.Diagnostics));
        Assert.DoesNotContain(preview.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True(File.Exists(page));
    }

    [Fact]
    public void New_article_never_overwrites_an_existing_file()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        var path = temp.Write("input/articles/2024/same-title.md", "edited by hand\n");

        var (exit, output, error) = Run("article", "Same Title", "--input", options.InputDir);

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Equal("", output);
        Assert.Contains("same-title.md: error: already exists; not overwritten", error);
        Assert.Equal("edited by hand\n", File.ReadAllText(path));
    }

    [Fact]
    public void New_issue_defaults_to_the_first_publication_and_writes_one_article_per_title()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);

        var (exit, output, _) = Run("issue", "--volume", "22", "--issue", "6", "--input", options.InputDir,
            "--title", "First Piece", "--title", "Second Piece", "--date", "2024-03-15");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(line => line.StartsWith("Wrote ", StringComparison.Ordinal)));
        Assert.EndsWith(Scaffolds.DraftNote + "\n", output);
        var folder = Path.Combine(options.InputDir, "articles", "2024", "terrorism-monitor-22-6");
        foreach (var slug in new[] { "first-piece", "second-piece" })
        {
            var fm = ArticleFile.Read(File.ReadAllText(Path.Combine(folder, slug + ".md")), "x.md", [])!.FrontMatter;
            Assert.Equal(("Terrorism Monitor", 22, 6, new DateOnly(2024, 3, 15)), (fm.Publication, fm.Volume!.Value, fm.Issue!.Value, fm.Date!.Value));
            Assert.True(fm.Draft);
        }
        var result = SiteBuilder.Build(options with { Drafts = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(options.OutputDir, "publications", "terrorism-monitor", "issues", "22-6", "index.html")));

        var again = Run("issue", "--volume", "22", "--issue", "6", "--input", options.InputDir, "--title", "Second Piece", "--date", "2024-03-15");
        Assert.Equal(ExitCodes.Errors, again.ExitCode);
    }

    [Fact]
    public void New_issue_names_the_publications_when_the_one_asked_for_is_not_in_site_yml()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);

        var (exit, _, error) = Run("issue", "--publication", "Other Weekly", "--volume", "1", "--issue", "1", "--input", options.InputDir);

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("no publication is named 'Other Weekly'; the publications are 'Terrorism Monitor'", error);
    }

    [Fact]
    public void New_issue_requires_volume_and_issue()
    {
        var (exit, _, _) = Run("issue", "--volume", "3");
        Assert.Equal(ExitCodes.BadUsage, exit);
    }

    [Fact]
    public void New_author_writes_a_profile_the_build_reads()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);

        var (exit, output, _) = Run("author", "Amara Okonkwo-Reyes", "--input", options.InputDir);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.EndsWith("authors/amara-okonkwo-reyes.md\n", output);
        var diagnostics = new List<Diagnostic>();
        var profile = ConfigFiles.ReadAuthor(File.ReadAllText(Path.Combine(options.InputDir, "authors", "amara-okonkwo-reyes.md")), "a.md", diagnostics)!;
        Assert.Empty(diagnostics);
        Assert.Equal(("Amara Okonkwo-Reyes", "amara-okonkwo-reyes"), (profile.Name, profile.Slug));
        Assert.Equal(ExitCodes.Errors, Run("author", "Amara Okonkwo-Reyes", "--input", options.InputDir).ExitCode);
    }

    [Fact]
    public void New_seed_writes_a_sidecar_that_documents_every_field_and_reads_cleanly()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        var seeds = temp.Combine("seeds");

        var (exit, output, _) = Run("seed", "007_vol22_issue6.txt", "--seeds", seeds, "--input", options.InputDir);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("007_vol22_issue6.yml", output);
        var text = File.ReadAllText(Path.Combine(seeds, "007_vol22_issue6.yml"));
        foreach (var field in SidecarFile.KnownFields)
            Assert.Matches($"(?m)^# {field} — .+\n(# )?{field}: ", text);
        var diagnostics = new List<Diagnostic>();
        var sidecar = SidecarFile.Parse(text, "seeds/007_vol22_issue6.yml", diagnostics)!;
        Assert.Empty(diagnostics);
        Assert.Null(sidecar.Publication); // a guess would win over the text: press coverage would become the archive's own
        Assert.Contains("# publication: Terrorism Monitor", text);

        Run("seed", "008_press", "--seeds", seeds, "--input", options.InputDir, "--publication", "terrorism monitor");
        var named = SidecarFile.Parse(File.ReadAllText(Path.Combine(seeds, "008_press.yml")), "seeds/008_press.yml", diagnostics)!;
        Assert.Equal("Terrorism Monitor", named.Publication);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_sidecar_template_documents_exactly_the_fields_the_reader_knows()
    {
        Assert.Equal(SidecarFile.KnownFields, SidecarTemplate.Fields.Select(f => f.Key));
    }

    [Fact]
    public void Every_example_in_the_sidecar_template_is_a_valid_value()
    {
        var uncommented = string.Join('\n', SidecarTemplate.Fields.Select(f => $"{f.Key}: {f.Example}"));
        var diagnostics = new List<Diagnostic>();
        var sidecar = SidecarFile.Parse(uncommented, "seeds/x.yml", diagnostics)!;
        Assert.Empty(diagnostics);
        Assert.Equal(2, sidecar.Authors.Count);
    }

    [Fact]
    public void A_seed_name_with_a_folder_is_bad_usage()
    {
        var (exit, _, error) = Run("seed", "../elsewhere");
        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("is not a seed name", error);
    }
}
