using Publisher.Cli.Commands;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;

namespace Publisher.Tests.Import;

/// <summary>
/// Re-import of an unchanged archive is a no-op that prints and reports what a full run would; any change to what
/// import reads, or a cache that cannot be read, runs the full import. A run that reads its seeds prints a
/// "reading seeds/…" progress line for each; a replayed run reads none.
/// </summary>
[Collection(nameof(Publisher.Tests.Build.ConsoleCapture))]
public class ImportReplayTests
{
    private const string Report = "import-report.html";

    private sealed record Run(int ExitCode, string Out, string Error, string ReportHtml)
    {
        public bool ReadSeeds => Out.Split('\n').Any(l => l.StartsWith("reading ", StringComparison.Ordinal));

        /// <summary>The output without progress lines: what a run reports.</summary>
        public string Result => string.Join('\n', Out.Split('\n').Where(l => !l.StartsWith("reading ", StringComparison.Ordinal)));
    }

    private static Run Import(ImportFixture project)
    {
        var options = new ImportOptions
        {
            ProjectRoot = project.Root,
            Pipeline = ImportCommand.CreatePipeline(),
            TagMatcher = ImportCommand.CreateTagMatcher(),
        };
        var (oldOut, oldError) = (Console.Out, Console.Error);
        var (output, error) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = ImportCommand.Run(options, Report, verbose: true);
            return new Run(exit, output.ToString().Replace("\r\n", "\n"), error.ToString(), project.Read(Report));
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    /// <summary>A project imported once (files written) and again (nothing written, so its output is kept).</summary>
    private static (ImportFixture Project, Run Unchanged) ImportedTwice()
    {
        var project = new ImportFixture().WithSampleProject("003_");
        Assert.Equal(0, Import(project).ExitCode);
        var unchanged = Import(project);
        Assert.True(unchanged.ReadSeeds);
        Assert.Contains("Nothing changed", unchanged.Out, StringComparison.Ordinal);
        return (project, unchanged);
    }

    [Fact]
    public void Unchanged_archive_is_a_no_op_with_the_same_output_and_report()
    {
        // Given
        var (project, unchanged) = ImportedTwice();
        using var _ = project;
        var files = project.Snapshot();

        // When
        var again = Import(project);

        // Then
        Assert.False(again.ReadSeeds);
        Assert.Equal(unchanged.ExitCode, again.ExitCode);
        Assert.Equal(unchanged.Result, again.Result);
        Assert.Equal(unchanged.Error, again.Error);
        Assert.Equal(unchanged.ReportHtml, again.ReportHtml);
        Assert.Equal(files, project.Snapshot());
    }

    [Theory]
    [InlineData("seed edited")]
    [InlineData("sidecar edited")]
    [InlineData("site.yml edited")]
    [InlineData("imported file edited by the editor")]
    [InlineData("written file deleted")]
    public void Any_change_to_what_import_reads_runs_the_full_import(string change)
    {
        // Given
        var (project, _) = ImportedTwice();
        using var __ = project;
        var article = project.ArticleFiles()[0];
        var seed = Directory.GetFiles(project.Temp.Combine("seeds"), "*.txt").Single();
        var sidecar = Path.ChangeExtension(seed, ".yml");
        switch (change)
        {
            case "seed edited": File.AppendAllText(seed, "\nA closing line the editor added.\n"); break;
            case "sidecar edited": File.AppendAllText(sidecar, "\n# checked by the desk\n"); break;
            case "site.yml edited": File.AppendAllText(project.Temp.Combine("input", "site.yml"), "\n# reviewed\n"); break;
            case "imported file edited by the editor": File.AppendAllText(project.Temp.Combine(article.Split('/')), "\nAn editor's note.\n"); break;
            case "written file deleted": File.Delete(project.Temp.Combine(article.Split('/'))); break;
        }
        var edited = project.Snapshot();

        // When
        var run = Import(project);

        // Then: the seeds were read, and import did what it does today
        Assert.True(run.ReadSeeds, change);
        if (change == "imported file edited by the editor") Assert.Equal(edited[article], project.Snapshot()[article]);
    }

    [Fact]
    public void A_cache_that_cannot_be_read_is_an_info_and_the_full_import()
    {
        // Given
        var (project, unchanged) = ImportedTwice();
        using var _ = project;
        File.WriteAllText(project.Temp.Combine(ImportReplay.CacheFile.Split('/')), "{ not json");

        // When
        var run = Import(project);

        // Then
        Assert.True(run.ReadSeeds);
        Assert.Contains(DiagnosticCodes.ImportCacheUnreadable, run.Error, StringComparison.Ordinal);
        Assert.Equal(unchanged.Result, run.Result);
        Assert.Equal(unchanged.ReportHtml, run.ReportHtml);

        // And the cache is saved again, so the next run is a no-op
        Assert.False(Import(project).ReadSeeds);
    }
}
