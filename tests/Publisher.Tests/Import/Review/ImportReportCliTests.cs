using Publisher.Core.Import.Fixups;
using Publisher.Tests.EndToEnd;

namespace Publisher.Tests.Import.Review;

/// <summary>The review report and the console summary as the <c>publisher import</c> process gives them.</summary>
public class ImportReportCliTests
{
    [Fact]
    public void Import_writes_the_review_report_beside_input_by_default_and_prints_its_path()
    {
        using var project = new ImportFixture().WithSampleProject("003_");

        var (exit, stdout, _) = PublisherProcess.Run(project.Root, "import");

        Assert.Equal(0, exit);
        Assert.Contains("Review report: import-report.html", stdout, StringComparison.Ordinal);
        Assert.Contains("<h1>Import review</h1>", project.Read("import-report.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_option_chooses_where_the_report_goes()
    {
        using var project = new ImportFixture().WithSampleProject("003_");

        var (exit, stdout, _) = PublisherProcess.Run(project.Root, "import", "--report", "review/run.html");

        Assert.Equal(0, exit);
        Assert.Contains("Review report: review/run.html", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(project.Temp.Combine("review", "run.html")));
        Assert.False(File.Exists(project.Temp.Combine("import-report.html")));
    }

    [Fact]
    public void Verbose_prints_the_merge_note_that_a_plain_run_leaves_to_the_report()
    {
        using var project = new ImportFixture().WithSampleProject("000_", "001_");

        var plain = PublisherProcess.Run(project.Root, "import");
        var verbose = PublisherProcess.Run(project.Root, "import", "--verbose");

        Assert.DoesNotContain("info PUB121", plain.Error, StringComparison.Ordinal);
        Assert.Contains("Duplicate versions merged into one article: 1", plain.Out, StringComparison.Ordinal);
        Assert.Contains("info PUB121: same article as", verbose.Error, StringComparison.Ordinal);
        Assert.Contains("same article as", project.Read("import-report.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_changes_nothing_says_so_in_one_line_instead_of_repeating_the_fixes()
    {
        using var project = new ImportFixture().WithSampleProject("002_");
        var first = PublisherProcess.Run(project.Root, "import");

        var second = PublisherProcess.Run(project.Root, "import");
        var secondReport = project.Read("import-report.html");
        PublisherProcess.Run(project.Root, "import");

        Assert.Contains("Boilerplate dropped:", first.Out, StringComparison.Ordinal);
        Assert.Equal(
            ["reading seeds/002_a5b26952b56f8e20.txt", "Nothing changed: 1 article and 1 author profile are up to date", "Review report: import-report.html"],
            second.Out.TrimEnd('\n').Split('\n'));
        Assert.Equal(secondReport, project.Read("import-report.html"));
    }

    [Fact]
    public void The_missing_author_warning_points_at_the_empty_byline()
    {
        using var project = new ImportFixture().WithSampleProject("003_");

        var (_, _, stderr) = PublisherProcess.Run(project.Root, "import");

        Assert.Contains("seeds/003_360c65719e9da078.txt:3: warning PUB106:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_counts_agree_a_moved_handle_and_a_label_used_for_kind_are_not_counted_as_dropped()
    {
        using var project = new ImportFixture().WithSampleProject("002_", "004_");

        var (_, stdout, _) = PublisherProcess.Run(project.Root, "import");
        var report = project.Import();

        Assert.Contains($"Boilerplate dropped: {report.AllDropped.Count}\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("(dropped-boilerplate)", stdout, StringComparison.Ordinal);
        Assert.Equal(report.AllDropped.Count, report.DecisionsByKind.Single(k => k.Kind == FixupActionKinds.DroppedBoilerplate).Count);
        Assert.DoesNotContain(report.AllDropped, d => d.Text.Contains("@pauliddon", StringComparison.Ordinal));
        Assert.DoesNotContain(report.AllDropped, d => d.What.Contains("category", StringComparison.Ordinal));
        Assert.Contains(report.Decisions, d => d.Kind == FixupActionKinds.AuthorSocial && d.Detail == "Twitter: @pauliddon");
        Assert.Contains(report.Decisions, d => d.Kind == FixupActionKinds.UsedForField && d.Detail == "kind: analysis" && d.Before == "Brief Analysis");
    }
}

/// <summary>The import summary is about this run: the files it wrote, and the decisions of the seeds whose articles changed.</summary>
public class ImportRunSummaryTests
{
    [Fact]
    public void The_summary_lists_the_files_written_and_only_the_seeds_that_changed()
    {
        using var project = new ImportFixture().WithSampleProject("002_", "003_");
        var first = PublisherProcess.Run(project.Root, "import");
        Assert.Contains("Seeds whose articles changed: 2\n", first.Out, StringComparison.Ordinal);
        Assert.Contains("Files written this run (", first.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n  created +input/articles/\d{4}/[a-z0-9-]+\.md\n", first.Out);
        Assert.Matches(@"\n  created +input/authors/[a-z0-9-]+\.md\n", first.Out);

        // Change the raw text of one seed: only its article is written again, and only its decisions are listed.
        var seed = project.Temp.Combine("seeds", "003_360c65719e9da078.txt");
        File.AppendAllText(seed, "\nAn added closing sentence that the editor pasted in later.\n");
        var second = PublisherProcess.Run(project.Root, "import");

        Assert.Contains("Seeds whose articles changed: 1\n", second.Out, StringComparison.Ordinal);
        Assert.Contains("Files written this run (1):\n  updated     input/articles/", second.Out, StringComparison.Ordinal);
        Assert.Contains("  seeds/003_360c65719e9da078.txt: ", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("  seeds/002_a5b26952b56f8e20.txt: ", second.Out, StringComparison.Ordinal);
        Assert.Contains("  1 other seed(s) read; their articles were already up to date or left alone\n", second.Out, StringComparison.Ordinal);
        // The first run's decisions about the unchanged seed (its social handle moved to the profile) are not repeated.
        Assert.Contains("(author-social)", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(author-social)", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', first.Out + first.Error + second.Out + second.Error);
    }
}
