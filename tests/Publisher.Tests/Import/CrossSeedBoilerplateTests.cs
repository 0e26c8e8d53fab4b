using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import;

/// <summary>
/// Three scraped pages of one invented site through the whole importer: each carries the same share bar, subscribe
/// prompt and footer (with its own page's share links), which the importer finds repeated across the seeds; the
/// article text, including a quotation that two pages share, stays. One page ends with roman word-processor endnotes.
/// </summary>
public class CrossSeedBoilerplateTests
{
    private const string Site = "https://www.fernleighreview.example/";

    private static string Page(string title, string slug, string body) => $"""
        {title}

        [Share](https://www.fernleighreview.example/share?u={slug})
        [Post](https://x.example/intent?u={slug}) [Mail](mailto:?body={slug})

        {body}

        Get the Fernleigh Review in your inbox every Monday. Sign up here
        Fernleigh Review is published by the Fernleigh Trust, 9 Lantern Walk, Corbridge
        Fernleigh Review 2024 · Privacy · Terms

        """;

    private const string SharedQuote =
        "\"Every village on the river has lost a school in the last ten years, and nobody in the capital seems to have noticed that the children are gone,\" said the head of the teachers' union.";

    private static ImportFixture Project()
    {
        var project = new ImportFixture().WithSampleProject("none");
        void Seed(string name, string text)
        {
            project.Temp.Write($"seeds/{name}.txt", text);
            project.Temp.Write($"seeds/{name}.yml", $"publication: Fernleigh Review\nsite: {Site}\ndate: 2024-05-0{name[^1]}\n");
        }
        Seed("page1", Page("Schools close along the river", "schools",
            "The provincial government closed four more schools along the Fern river this spring, citing falling numbers of pupils in the upland villages.\n\n"
            + SharedQuote + "\n\nParents say the nearest open school is now two hours away by bus."));
        Seed("page2", Page("Teachers march on the capital", "march",
            "Several thousand teachers marched through the capital on Saturday to demand that the closures stop and that rural posts be paid more.\n\n"
            + SharedQuote + "\n\nThe ministry said it would meet the union next week."));
        Seed("page3", Page("What the closures cost", "cost",
            "The closures saved the province less than it expected, an audit found.[[i]](https://www.fernleighreview.example/cost#_edn1) Transport costs rose by almost as much as the schools had cost to run.[[ii]](https://www.fernleighreview.example/cost#_edn2)\n\n"
            + "[[i]](#_ednref1) Provincial audit office, annual report\n\n[[ii]](#_ednref2) Transport department budget, 2023"));
        return project;
    }

    [Fact]
    public void Furniture_repeated_across_the_sites_pages_is_dropped_and_the_article_text_stays()
    {
        using var project = Project();

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(3, project.ArticleFiles().Count);
        foreach (var file in project.ArticleFiles())
        {
            var article = project.Read(file);
            Assert.DoesNotContain("Share", article, StringComparison.Ordinal);
            Assert.DoesNotContain("Sign up", article, StringComparison.Ordinal);
            Assert.DoesNotContain("Lantern Walk", article, StringComparison.Ordinal);
            Assert.DoesNotContain("Privacy", article, StringComparison.Ordinal);
        }
        var schools = project.Read(project.ArticleFiles().Single(f => f.Contains("schools-close", StringComparison.Ordinal)));
        Assert.Contains("Every village on the river has lost a school", schools, StringComparison.Ordinal);
        Assert.Contains("Parents say the nearest open school", schools, StringComparison.Ordinal);
        var dropped = report.Fixes.Where(f => f.Kind == FixupActionKinds.DroppedBoilerplate).ToList();
        Assert.Contains(dropped, d => d.Detail.Contains("Lantern Walk", StringComparison.Ordinal) && d.Reason!.Contains("repeated in 3 seeds", StringComparison.Ordinal));
        Assert.All(dropped, d => Assert.NotNull(d.Location));
        Assert.DoesNotContain(dropped, d => d.Detail.Contains("teachers' union", StringComparison.Ordinal));
    }

    [Fact]
    public void Roman_word_processor_endnotes_become_numbered_footnotes_through_the_whole_pipeline()
    {
        using var project = Project();

        project.Import();

        var cost = project.Read(project.ArticleFiles().Single(f => f.Contains("closures-cost", StringComparison.Ordinal)));
        Assert.Contains("an audit found.[^1] Transport costs rose by almost as much as the schools had cost to run.[^2]", cost, StringComparison.Ordinal);
        Assert.Contains("[^1]: Provincial audit office, annual report\n\n[^2]: Transport department budget, 2023", cost, StringComparison.Ordinal);
        Assert.DoesNotContain("_edn", cost, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_in_label_every_page_prints_over_its_text_is_kept_and_is_not_the_summary()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        foreach (var (n, title, lede) in new[]
        {
            (1, "Ferry crews and forged manifests", "Smugglers on the northern ferry routes now forge cargo manifests in the ports themselves, crew members told us, and pay inspectors to look away when the wagons roll on board."),
            (2, "The quiet trade in spare drone parts", "Workshops in the border towns have turned from repairing phones to assembling small drones, and the parts they need arrive by post from traders who never ask what they are for."),
        })
        {
            project.Temp.Write($"seeds/page{n}.txt", $"""
                {title}

                Share   Print   Email

                Workers at the harbour on a winter morning. (Photo: Fernleigh Review)

                Key Findings:

                {lede} Officials in the capital have said little about it, and local police say they lack the staff to follow it up.

                The pattern is not new, but it has grown since the border crossings were reopened last year, and it now reaches well beyond the ports where it began.

                """);
            project.Temp.Write($"seeds/page{n}.yml", $"publication: Fernleigh Review\nsite: {Site}\ndate: 2024-05-0{n}\n");
        }

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        foreach (var file in project.ArticleFiles())
        {
            var article = project.Read(file);
            Assert.Contains("\nKey Findings:\n", article, StringComparison.Ordinal);
            Assert.DoesNotContain("summary: 'Key Findings:'", article, StringComparison.Ordinal);
            Assert.DoesNotContain("Photo: Fernleigh Review", article, StringComparison.Ordinal);
        }
    }
}
