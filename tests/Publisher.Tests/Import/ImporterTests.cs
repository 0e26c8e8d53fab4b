using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import;

public class ImporterTests
{
    [Fact]
    public void Samples_import_without_errors_into_eight_articles_with_the_duplicate_merged()
    {
        using var project = new ImportFixture().WithSampleProject();

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(5, report.Seeds.Count);
        Assert.Equal(8, report.ArticlesWritten);
        Assert.Equal(8, project.ArticleFiles().Count);
        Assert.Equal(6, report.AuthorsWritten);
        // 003's page names no author: the one warning of the run, at the title line.
        var warning = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.StartsWith("seeds/003_360c65719e9da078.txt:3: warning PUB106:", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_and_web_versions_of_one_article_become_one_file_listing_both_sources()
    {
        using var project = new ImportFixture().WithSampleProject("000_", "001_");

        var report = project.Import();

        var path = "input/articles/2021/assassination-attempt-against-prime-minister-al-khadimi-highlights.md";
        var doc = ArticleFile.Read(project.Read(path), path, new List<Diagnostic>())!;
        Assert.Equal(["seeds/000_eef486d54e9f3420.txt", "seeds/001_bda770033e779f14.txt"], doc.FrontMatter.Sources);
        Assert.Equal("feature", doc.FrontMatter.Kind);
        Assert.StartsWith("https://jamestown.org/", doc.FrontMatter.Url, StringComparison.Ordinal);
        // The web text is the base (typographic quotes, its third note) ...
        Assert.Contains("the “Green Zone.”", doc.Body, StringComparison.Ordinal);
        Assert.Contains("[^3]: Khamis al-Khanjar", doc.Body, StringComparison.Ordinal);
        // ... with the PDF's link (normalised) and its closing bio paragraph, which the web page lacks,
        // moved by the bio rule into the author's profile.
        Assert.Contains("(arabi21.com, May 27; [The Jamestown Foundation](https://jamestown.org/))", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Rami Jameel is a researcher", doc.Body, StringComparison.Ordinal);
        Assert.Contains("Rami Jameel is a researcher", project.Read("input/authors/rami-jameel.md"), StringComparison.Ordinal);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportDuplicateMerged);
        Assert.Equal(5, report.ArticlesWritten);
        // Where the web text has a slip the PDF does not, evidence picks the PDF's reading; a citation neither
        // version closes well is repaired; and every difference is in the report.
        Assert.Contains("including the Iran-backed Shia militias", doc.Body, StringComparison.Ordinal);
        Assert.Contains("organized by al-Sadr’s supporters", doc.Body, StringComparison.Ordinal);
        Assert.Contains("(alarabiya.net, October 12).", doc.Body, StringComparison.Ordinal);
        Assert.Contains(report.Fixes, f => f.Kind == FixupActionKinds.MergedDuplicate);
        Assert.Equal(4, report.Fixes.Count(f => f.Kind == FixupActionKinds.MergeDifference));
    }

    [Fact]
    public void A_second_run_changes_no_byte()
    {
        using var project = new ImportFixture().WithSampleProject();
        project.Import();
        var first = project.Snapshot();

        var second = project.Import();

        Assert.Equal(first, project.Snapshot());
        Assert.Equal(0, second.ArticlesWritten);
        Assert.Equal(8, second.ArticlesUnchanged);
        Assert.All(second.Files, f => Assert.Equal(FileStatus.Unchanged, f.Status));
    }

    [Fact]
    public void A_file_an_editor_changed_is_skipped_with_a_warning_naming_it()
    {
        using var project = new ImportFixture().WithSampleProject("003_");
        project.Import();
        var path = project.ArticleFiles().Single();
        var edited = project.Read(path).Replace("authors: []", "authors:\n- An Editor");
        File.WriteAllText(project.Temp.Combine(path.Split('/')), edited);

        var report = project.Import();

        Assert.Equal(edited, project.Read(path));
        Assert.Equal(1, report.ArticlesSkipped);
        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportEditedFileSkipped);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(path, warning.Message, StringComparison.Ordinal);
        // Still skipped next time: the manifest remembers what import wrote, not what the editor wrote.
        Assert.Equal(1, project.Import().ArticlesSkipped);
    }

    [Fact]
    public void Force_overwrites_an_edited_file_and_keeps_the_edit_as_a_backup()
    {
        using var project = new ImportFixture().WithSampleProject("003_");
        project.Import();
        var path = project.ArticleFiles().Single();
        var original = project.Read(path);
        File.WriteAllText(project.Temp.Combine(path.Split('/')), original + "\nAn editor's note.\n");

        var report = project.Import(force: true);

        Assert.Equal(original, project.Read(path));
        var outcome = Assert.Single(report.Files, f => f.Status == FileStatus.Overwritten);
        Assert.NotNull(outcome.BackupPath);
        Assert.StartsWith(".backups/articles/2020/", outcome.BackupPath, StringComparison.Ordinal);
        Assert.EndsWith("An editor's note.\n", project.Read("input/" + outcome.BackupPath), StringComparison.Ordinal);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportEditedFileOverwritten && d.Message.Contains(outcome.BackupPath, StringComparison.Ordinal));
        // And the next run is quiet again.
        Assert.All(project.Import().Files, f => Assert.Equal(FileStatus.Unchanged, f.Status));
    }

    [Fact]
    public void A_file_import_wrote_and_nobody_touched_is_updated_when_the_output_changes()
    {
        using var project = new ImportFixture().WithSampleProject("003_");
        project.Import();
        File.AppendAllText(project.Temp.Combine("seeds", "003_360c65719e9da078.yml"), "authors: [Jane Doe]\n");

        var report = project.Import();

        Assert.Contains(report.Files, f => f.IsArticle && f.Status == FileStatus.Updated);
        Assert.Contains("- Jane Doe", project.Read(project.ArticleFiles().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_without_sidecar_warns_and_keeps_what_it_cannot_resolve()
    {
        using var project = new ImportFixture().WithSampleProject("002_");
        File.Delete(project.Temp.Combine("seeds", "002_a5b26952b56f8e20.yml"));

        var report = project.Import();

        Assert.False(report.HasErrors);
        Assert.Contains(report.Diagnostics, d => d.ToString().StartsWith("seeds/002_a5b26952b56f8e20.txt:1: warning PUB110:", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportAuthorMissing);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportDateMissing);
        Assert.Equal(["input/articles/undated/attempt-on-pm-mustafa-al-kadhimis-life-shows-destructive-effect.md"], project.ArticleFiles());
    }

    [Fact]
    public void Bad_sidecar_yaml_is_an_error_at_its_line_and_the_seed_still_imports()
    {
        using var project = new ImportFixture().WithSampleProject("003_");
        project.Temp.Write("seeds/003_360c65719e9da078.yml", "# comment\npublication: Terrorism Monitor\ndate: [2020-10-16\n");

        var report = project.Import();

        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.SidecarInvalid, error.Code);
        Assert.Equal("seeds/003_360c65719e9da078.yml", error.Location!.Path);
        Assert.True(error.Location.Line >= 3, error.ToString());
        Assert.Equal(1, report.ArticlesWritten);
    }

    [Fact]
    public void A_bad_sidecar_value_is_a_warning_at_its_line()
    {
        using var project = new ImportFixture().WithSampleProject("003_");
        project.Temp.Write("seeds/003_360c65719e9da078.yml", "date: 16 October 2020\nsite: jamestown\n");

        var report = project.Import();

        Assert.Contains(report.Diagnostics, d => d.ToString().StartsWith("seeds/003_360c65719e9da078.yml:1:7: warning PUB111: 'date'", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.ToString().StartsWith("seeds/003_360c65719e9da078.yml:2:7: warning PUB111: 'site'", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_and_non_utf8_seeds_do_not_crash()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/a.txt", "");
        project.Temp.Write("seeds/a.yml", "date: 2020-01-01\n");
        File.WriteAllBytes(project.Temp.Combine("seeds", "b.txt"),
            [.. "Caf\u00e9 Politics Return\nPublication: Coastal Watch Volume: 2 Issue: 1\nBy: Ann Lee\nThe caf"u8, 0xE9, .. " reopened.\n"u8]);
        project.Temp.Write("seeds/b.yml", "date: 2020-01-01\n");

        var report = project.Import();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportSeedEmpty && d.Location!.Path == "seeds/a.txt");
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportSeedUnreadable && d.Location!.Path == "seeds/b.txt");
        Assert.Contains("The café reopened.", project.Read(project.ArticleFiles().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_no_reader_recognises_is_an_error_not_a_crash()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/x.txt", "12345\n");
        project.Temp.Write("seeds/x.yml", "date: 2020-01-01\n");

        var report = project.Import();

        Assert.True(report.HasErrors);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportFormatUnknown && d.Severity == Severity.Error);
        Assert.Empty(project.ArticleFiles());
    }

    [Fact]
    public void A_rule_that_throws_is_an_error_and_its_change_is_skipped()
    {
        using var project = new ImportFixture().WithSampleProject("003_");

        var report = project.Import(pipeline: new FixupPipeline([], [new ThrowingRule()]));

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportFixupFailed && d.Message.Contains("'boom'", StringComparison.Ordinal));
        Assert.Equal(1, report.ArticlesWritten);
    }

    [Fact]
    public void Rules_see_the_archive_and_their_actions_are_counted_by_kind()
    {
        using var project = new ImportFixture().WithSampleProject("000_");
        var probe = new ArchiveProbe();

        var report = project.Import(pipeline: new FixupPipeline([], [probe]));

        Assert.Equal(5, probe.ArchiveSizes.Count);
        Assert.All(probe.ArchiveSizes, size => Assert.Equal(5, size));
        // Besides the rules' fixes, import records the values it inferred itself (summaries from ledes).
        Assert.Equal([new FixCount("probe", 5)], report.FixesByKind.Where(f => f.Kind is not (FixupActionKinds.InferredValue or FixupActionKinds.OwnPublication)));
    }

    [Fact]
    public void An_undated_article_of_the_own_publication_is_filed_under_the_year_of_its_volume()
    {
        using var project = new ImportFixture().WithSampleProject("003_");
        project.Temp.Write("seeds/003_360c65719e9da078.yml", "site: https://jamestown.org/\n");
        // Without a frequency there is no estimate of the day: only the year is known.
        project.Temp.Write("input/site.yml", project.Read("input/site.yml").Replace("    frequency: fortnightly\n", "", StringComparison.Ordinal));

        var report = project.Import();

        var path = Assert.Single(project.ArticleFiles());
        Assert.StartsWith("input/articles/2020/", path, StringComparison.Ordinal); // volume 18, volume 1 in 2003
        var article = project.Read(path);
        Assert.Contains("- summary\n", article, StringComparison.Ordinal); // the summary comes from the lede
        Assert.Contains("- year\n", article, StringComparison.Ordinal);
        Assert.Contains("- kind\n", article, StringComparison.Ordinal); // the monitor's web page is a feature, inferred
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportDateMissing && d.Message.Contains("2020", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undated_article_of_an_own_publication_with_a_frequency_is_dated_by_an_estimate_from_its_volume_and_issue()
    {
        using var project = new ImportFixture().WithSampleProject("003_");
        project.Temp.Write("seeds/003_360c65719e9da078.yml", "site: https://jamestown.org/\n");

        var report = project.Import();

        var path = Assert.Single(project.ArticleFiles());
        var article = project.Read(path);
        Assert.StartsWith("input/articles/2020/", path, StringComparison.Ordinal);
        // Fortnightly, volume 1 in 2003: issue 19 of volume 18 ≈ 1 January 2020 + 18·14 days.
        Assert.Contains("date: 2020-09-09\n", article, StringComparison.Ordinal);
        Assert.Contains("inferred:\n- date\n", article, StringComparison.Ordinal);
        var estimate = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportIssueDateEstimated);
        Assert.Contains("an estimate", estimate.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportDateMissing);
    }

    [Fact]
    public void Two_articles_with_the_same_title_get_distinct_slugs()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        const string seed = "Same Title\nPublication: Coastal Watch Volume: 2 Issue: {0}\nBy: Ann Lee\n{1}\n";
        project.Temp.Write("seeds/a.txt", string.Format(seed, 1, "The first text is about ports and ships and the sea."));
        project.Temp.Write("seeds/b.txt", string.Format(seed, 2, "The second text is about mountains, snow and roads."));
        project.Temp.Write("seeds/a.yml", "date: 2020-01-01\n");
        project.Temp.Write("seeds/b.yml", "date: 2020-01-01\n");

        var report = project.Import();

        Assert.Equal(["input/articles/2020/same-title-2020.md", "input/articles/2020/same-title.md"], project.ArticleFiles()); // build's rule: the year
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportSlugClash);
    }

    [Fact]
    public void Two_new_articles_titled_alike_get_the_slugs_build_would_give_them_the_earlier_keeps_the_title()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        const string seed = "Weekly Column\nPublication: Coastal Watch Volume: 2 Issue: {0}\nBy: Ann Lee\n{1}\n";
        // Read first, dated later: build orders by date, so this one gets its year.
        project.Temp.Write("seeds/a.txt", string.Format(seed, 9, "The later column is about mountains, snow and roads."));
        project.Temp.Write("seeds/a.yml", "date: 2021-03-01\n");
        project.Temp.Write("seeds/b.txt", string.Format(seed, 1, "The earlier column is about ports and ships and the sea."));
        project.Temp.Write("seeds/b.yml", "date: 2020-06-01\n");

        project.Import();

        Assert.Equal(["input/articles/2020/weekly-column.md", "input/articles/2021/weekly-column-2021.md"], project.ArticleFiles());
    }

    [Fact]
    public void A_self_citation_links_to_the_final_slug_of_a_new_article_whose_title_an_older_one_already_has()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("input/articles/2019/same-title.md",
            "---\ntitle: Same Title\nslug: same-title\nauthors: [Ann Lee]\ndate: 2019-05-01\n---\n\nAn older piece about lighthouses.\n");
        project.Temp.Write("seeds/a.txt", "Same Title\nPublication: Terrorism Monitor Volume: 2 Issue: 1\nBy: Ann Lee\nThe new text is about ports and ships and the sea.\n");
        project.Temp.Write("seeds/a.yml", "date: 2020-01-01\npublication: Terrorism Monitor\n");
        project.Temp.Write("seeds/b.txt",
            "Harbour Politics Again\nPublication: Terrorism Monitor Volume: 2 Issue: 3\nBy: Ben Ode\nThe ports were described earlier (Terrorism Monitor, January 1) in detail.\n");
        project.Temp.Write("seeds/b.yml", "date: 2020-02-01\npublication: Terrorism Monitor\n");

        var report = project.Import();

        Assert.Contains("input/articles/2020/same-title-2020.md", project.ArticleFiles());
        var citing = project.Read("input/articles/2020/harbour-politics-again.md");
        Assert.Contains("[Terrorism Monitor](/articles/same-title-2020/), January 1", citing, StringComparison.Ordinal);
        var action = Assert.Single(report.Fixes, f => f.Kind == FixupActionKinds.LinkedSelfCitation);
        Assert.Contains("/articles/same-title-2020/", action.Detail, StringComparison.Ordinal);
        Assert.Equal(4, action.Location!.Line);
    }

    [Fact]
    public void A_new_article_never_takes_the_slug_build_derives_from_an_existing_files_title()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        // No 'slug:': build derives 'harbour-notes' from the title, whatever the file is called.
        project.Temp.Write("input/articles/2019/older-column.md", "---\ntitle: Harbour Notes\ndate: 2019-05-01\n---\n\nAn older column.\n");
        project.Temp.Write("seeds/a.txt", "Harbour Notes\nPublication: Coastal Watch Volume: 2 Issue: 1\nBy: Ann Lee\nThe new column is about ports and ships and the sea.\n");
        project.Temp.Write("seeds/a.yml", "date: 2020-01-01\n");

        var report = project.Import();

        Assert.Contains("input/articles/2020/harbour-notes-2020.md", project.ArticleFiles());
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportSlugClash && d.Message.Contains("input/articles/2019/older-column.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_self_citation_of_an_article_that_arrives_from_two_seeds_links_to_the_merged_article_without_ambiguity()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        const string cited = "Lighthouse Keepers Strike\nPublication: Terrorism Monitor Volume: 2 Issue: 1\nBy: Ann Lee\nThe keepers of the northern lights stopped work on Monday and the ships waited offshore.\n";
        project.Temp.Write("seeds/a.txt", cited);
        project.Temp.Write("seeds/b.txt", cited);
        project.Temp.Write("seeds/c.txt",
            "Harbour Politics Again\nPublication: Terrorism Monitor Volume: 2 Issue: 3\nBy: Ben Ode\nThe strike was described earlier (Terrorism Monitor, January 1) in detail.\n");
        foreach (var (seed, date) in new[] { ("a", "2020-01-01"), ("b", "2020-01-01"), ("c", "2020-02-01") })
            project.Temp.Write($"seeds/{seed}.yml", $"date: {date}\npublication: Terrorism Monitor\n");

        var report = project.Import();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportDuplicateMerged);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.SelfCitationAmbiguous);
        Assert.Contains("[Terrorism Monitor](/articles/lighthouse-keepers-strike/), January 1",
            project.Read("input/articles/2020/harbour-politics-again.md"), StringComparison.Ordinal);
    }

    private sealed class ThrowingRule : IDraftFixup
    {
        public string Name => "boom";
        public DraftFixupResult Apply(ArticleDraft draft, FixupContext context) => throw new InvalidOperationException("bad rule");
    }

    private sealed class ArchiveProbe : IDraftFixup
    {
        public List<int> ArchiveSizes { get; } = new();
        public string Name => "probe";

        public DraftFixupResult Apply(ArticleDraft draft, FixupContext context)
        {
            ArchiveSizes.Add(context.Archive.Count);
            return new DraftFixupResult(draft, [], [new FixupAction("probe", draft.Title)]);
        }
    }
}
