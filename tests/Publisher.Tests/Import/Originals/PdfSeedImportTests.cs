using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Originals;

/// <summary>
/// A PDF in <c>seeds/</c> imports like a text seed: its sidecar applies, its articles are written and recorded in the
/// manifest, a second run changes nothing, an editor's change is never overwritten, and the report names what the
/// reader dropped.
/// </summary>
public class PdfSeedImportTests
{
    private const string Issue = "p02_sibling_spaced_footer";

    private static ImportFixture ProjectWithPdfSeed(bool sidecar = true)
    {
        var project = new ImportFixture().WithSampleProject("none-");
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "ImportCorpus", "pdf", Issue + ".pdf"), project.Temp.Combine("seeds", "issue.pdf").EnsureFolder());
        if (sidecar) File.WriteAllText(project.Temp.Combine("seeds", "issue.yml"), "publication: Lowland Security Monitor\nvolume: 5\nissue: 2\n");
        return project;
    }

    [Fact]
    public void A_pdf_seed_imports_its_articles_and_records_the_running_lines_it_dropped()
    {
        // Given
        using var project = ProjectWithPdfSeed();

        // When
        var report = project.Import();

        // Then
        var seed = Assert.Single(report.Seeds);
        Assert.Equal("seeds/issue.pdf", seed.Path);
        Assert.Equal(2, seed.Articles);
        Assert.Equal(2, project.ArticleFiles().Count);
        Assert.Contains(project.ArticleFiles().Select(project.Read), a => a.Contains("title: Dyke Wardens and the Quiet Spread of Sabotage Threats", StringComparison.Ordinal)
            && a.Contains("seeds/issue.pdf", StringComparison.Ordinal));
        Assert.Contains(report.Fixes, f => f.Kind == FixupActionKinds.DroppedPdfRunningLine
            && f.Detail == "Published by the Polder Institute for Security Research" && f.Location!.Path == "seeds/issue.pdf");
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "PUB110");
    }

    [Fact]
    public void A_second_run_changes_nothing_and_an_edited_article_is_kept()
    {
        // Given: imported once, then an editor changes one article
        using var project = ProjectWithPdfSeed();
        project.Import();
        var edited = project.ArticleFiles()[0];
        var path = project.Temp.Combine(edited.Split('/'));
        File.AppendAllText(path, "\nAn editor's added paragraph.\n");
        var before = project.Snapshot();

        // When
        var report = project.Import();

        // Then
        Assert.Equal(before, project.Snapshot());
        Assert.DoesNotContain(report.Files, f => f.Status is FileStatus.Created or FileStatus.Updated);
        Assert.Contains("An editor's added paragraph.", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
