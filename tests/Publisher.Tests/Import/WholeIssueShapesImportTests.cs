using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import;

/// <summary>
/// Whole-issue PDF texts that differ from the sample: a new issue of the site's own monitor whose running header
/// came out of the PDF mangled and only once, and whose editor's bio closes three briefs; and an issue of a sibling
/// monitor with a singular BRIEF label, a month-and-year masthead in capitals, a footer block inside a sentence and
/// a bio after the Notes. All names, organisations and prose are invented.
/// </summary>
public class WholeIssueShapesImportTests
{
    private const string OwnMonitorIssue = """
        Coastal Risk Monitor

        Analysis of threats at sea

        VOLUME XIV | ISSUE 9

        p.1

        BRIEFS

        Lena Varga

        p.4

        Smugglers Adapt to New Patrols in the Strait

        Tomas Okafor

        Harbor Guards Seize Fuel Barges

        Lena Varga

        On May 3, harbor guards in Port Selan seized four barges carrying undeclared fuel. Officials said the crews had used forged manifests for months.

        Lena Varga is the Editor of Coastal Risk Monitor.

        Ferry Operators Report Threats

        Lena Varga

        Two ferry operators on the eastern route said they had received threats from a local gang demanding payment for safe passage.

        Lena Varga is the Editor of Coastal Risk Monitor.

        Navy Opens Training Center

        Lena Varga

        The navy opened a new training center for boarding teams near Kessa on May 6, the ministry said.

        Lena Varga is the Editor of Coastal Risk Monitor.

        Smugglers Adapt to New Patrols in the Strait

        Tomas Okafor

        Smuggling networks in the strait have changed their routes since the coast guard began night patrols in January, moving cargo in smaller boats that are harder to

        CoastalRisk Monitor Volume XIV � Issue 9

        4

        track on radar. Fishermen in the northern villages say the boats now leave after midnight and return before dawn.

        The networks have also begun to pay informants inside the port authority, according to two officials who spoke on condition of anonymity.

        Tomas Okafor is a research fellow at the Center for Maritime Studies in Lisbon.

        """;

    private const string SiblingMonitorIssue = """
        REBEL LEADERSHIP MONITOR

        Profiles of the people behind armed movements

        Volume 12, Issue 4 | April 2021

        p.2

        BRIEF

        Nadia Korsak

        p.5

        The Quiet Rise of a Border Commander

        Pieter Lindqvist

        Militia Leader Returns from Exile

        Nadia Korsak

        A militia leader who fled the country in 2018 returned to the capital last week and was welcomed by several hundred supporters at the airport.

        Nadia Korsak is a senior analyst at the Brennick Institute.

        The Quiet Rise of a Border Commander

        Pieter Lindqvist

        Few people outside the border districts had heard of the commander before last year, when his fighters took control of three crossings and began collecting
        © 2021 The Brennick Institute | www.brennick-institute.example.org
        6
        Rebel Leadership Monitor | April 2021
        duties on every truck that passed. His rise says much about how the state has lost its grip on the frontier. [1]

        His men now run the markets on both sides of the river, and local officials defer to him on most matters. [2]

        Notes

        [1] Interview with a customs officer in the border district, March 2021.

        [2] Report on regional radio, February 2021.

        Pieter Lindqvist is a journalist based in Tallinn who has covered armed groups in the region for a decade.

        """;

    private static ImportFixture Project(string issue, string sidecar, string? sitePublication = null)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", issue);
        project.Temp.Write("seeds/issue.yml", sidecar);
        if (sitePublication is not null)
        {
            var site = project.Read("input/site.yml").Replace("- name: Terrorism Monitor", "- name: " + sitePublication, StringComparison.Ordinal);
            project.Temp.Write("input/site.yml", site);
        }
        return project;
    }

    [Fact]
    public void A_mangled_header_that_occurs_once_goes_with_its_page_number_and_the_sentence_is_rejoined()
    {
        using var project = Project(OwnMonitorIssue, "publication: Coastal Risk Monitor\ndate: 2024-05-10\n", "Coastal Risk Monitor");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var article = project.Read("input/articles/2024/smugglers-adapt-to-new-patrols-in-the-strait.md");
        Assert.Contains("smaller boats that are harder to track on radar. Fishermen", article, StringComparison.Ordinal);
        Assert.DoesNotContain("CoastalRisk", article, StringComparison.Ordinal);
        Assert.DoesNotContain("\n4\n", article, StringComparison.Ordinal);
        Assert.Contains(report.Fixes, f => f.Kind == FixupActionKinds.DroppedBoilerplate && f.Detail.Contains("CoastalRisk Monitor Volume XIV", StringComparison.Ordinal)
            && f.Location!.ToString() == "seeds/issue.txt:49");
        Assert.Contains(report.Fixes, f => f.Kind == FixupActionKinds.DroppedBoilerplate && f.Location!.ToString() == "seeds/issue.txt:51");
    }

    [Fact]
    public void An_editors_bio_on_three_briefs_is_not_a_running_footer()
    {
        using var project = Project(OwnMonitorIssue, "publication: Coastal Risk Monitor\ndate: 2024-05-10\n", "Coastal Risk Monitor");

        var report = project.Import();

        Assert.DoesNotContain(report.Fixes, f => f.Kind == FixupActionKinds.DroppedBoilerplate && f.Detail.Contains("Lena Varga is", StringComparison.Ordinal));
        Assert.Contains("Lena Varga is the Editor of Coastal Risk Monitor.", project.Read("input/authors/lena-varga.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("is the Editor", project.Read("input/articles/2024/navy-opens-training-center.md"), StringComparison.Ordinal);
        Assert.Contains("kind: brief", project.Read("input/articles/2024/navy-opens-training-center.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sibling_monitor_issue_gets_its_kind_date_publication_footer_and_bio_right()
    {
        using var project = Project(SiblingMonitorIssue, "site: https://brennick-institute.example.org/\n");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(
            ["input/articles/2021/militia-leader-returns-from-exile.md", "input/articles/2021/the-quiet-rise-of-a-border-commander.md"],
            project.ArticleFiles());
        var brief = project.Read("input/articles/2021/militia-leader-returns-from-exile.md");
        Assert.Contains("kind: brief\n", brief, StringComparison.Ordinal);
        Assert.Contains("publication: Rebel Leadership Monitor\n", brief, StringComparison.Ordinal);
        Assert.Contains("date: 2021-04-01\n", brief, StringComparison.Ordinal);
        Assert.Contains("- date\n", brief, StringComparison.Ordinal);
        Assert.Contains("volume: 12\nissue: 4\n", brief, StringComparison.Ordinal);

        var feature = project.Read("input/articles/2021/the-quiet-rise-of-a-border-commander.md");
        Assert.Contains("began collecting duties on every truck that passed.", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("Brennick", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("Pieter Lindqvist is", feature, StringComparison.Ordinal);
        Assert.Contains("[^2]: Report on regional radio, February 2021.\n", feature, StringComparison.Ordinal);
        Assert.Contains("Pieter Lindqvist is a journalist based in Tallinn", project.Read("input/authors/pieter-lindqvist.md"), StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportDateMissing);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportMastheadDayInferred && d.Location!.ToString() == "seeds/issue.txt:5");
    }

    [Fact]
    public void The_date_from_the_masthead_month_and_the_kind_from_the_contents_are_decisions_with_their_source()
    {
        using var project = Project(SiblingMonitorIssue, "site: https://brennick-institute.example.org/\n");

        var report = project.Import();

        var inferred = report.Fixes.Where(f => f.Kind == FixupActionKinds.InferredValue).ToList();
        Assert.Equal(2, inferred.Count(f => f.Detail == "date"));
        Assert.All(inferred.Where(f => f.Detail == "date"), f =>
        {
            Assert.Equal("date: 2021-04-01", f.After);
            Assert.Contains("masthead prints only the month", f.Reason, StringComparison.Ordinal);
            Assert.Contains("seeds/issue.txt:5", f.Reason, StringComparison.Ordinal);
        });
        Assert.Equal(2, inferred.Count(f => f.Detail == "kind"));
        Assert.Contains(inferred, f => f.After == "kind: brief" && f.Reason!.Length > 0);
    }

    [Fact]
    public void The_sidecar_date_wins_over_the_masthead_month()
    {
        using var project = Project(SiblingMonitorIssue, "date: 2021-04-16\n");

        project.Import();

        var brief = project.Read("input/articles/2021/militia-leader-returns-from-exile.md");
        Assert.Contains("date: 2021-04-16\n", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("- date\n", brief, StringComparison.Ordinal);
    }

    /// <summary>A feature with a byline, then a diary piece the contents list under its section, signed "— NAME, Place" over the contributors' label.</summary>
    private const string DiarySignedOverContributors = """
        RIVER BASIN SECURITY REVIEW
        Vol. 3 · No. 5                                       May 2031

        CONTENTS
        COMMENT
        The Dredgers Who Came Back ............................. 1
           Leontine Oyelaran-Holm
        FIELD DIARY
        Three Days on the Ferry to Mbaleko ..................... 4

        COMMENT

        The Dredgers Who Came Back

        by Leontine Oyelaran-Holm

        The dredging companies that left the river after the attacks of 2029 have started to come back, and with them the
        question of who will guard their barges. The river police have four boats for three hundred kilometres of water.

        The companies have begun to hire guards of their own, and the guards answer to nobody on the river.

        FIELD DIARY

        Three Days on the Ferry to Mbaleko

        The ferry leaves at dawn, if the engine starts. On the first morning it did not, and the passengers waited on the
        bank with their sacks of maize and their goats while the mechanic took the carburettor apart on a plank.

        By the third day everyone on board knew which of the young men were going to the camps upriver.

        — Tobias Mwale-Andersen, Mbaleko

        CONTRIBUTORS

        Leontine Oyelaran-Holm is a researcher on river trade. Tobias Mwale-Andersen is a journalist based in Mbaleko.
        """;

    [Fact]
    public void A_piece_signed_at_its_end_over_the_contributors_label_is_credited_to_the_signer()
    {
        using var project = Project(DiarySignedOverContributors, "publication: River Basin Security Review\n");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var diary = project.Read("input/articles/2031/three-days-on-the-ferry-to-mbaleko.md");
        Assert.Contains("- Tobias Mwale-Andersen\n", diary, StringComparison.Ordinal);
        Assert.DoesNotContain("— Tobias", diary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_in_capitals_over_a_long_standfirst_line_and_its_byline_opens_the_piece()
    {
        var issue = DiarySignedOverContributors.Replace("""
            The Dredgers Who Came Back

            by Leontine Oyelaran-Holm
            """, """
            "THE DREDGERS WHO CAME BACK"
            An interview with Commodore Piet Harrow-Sand, head of the River Police Command at Mbaleko
            Interview by Leontine Oyelaran-Holm
            """, StringComparison.Ordinal);
        Assert.Contains("Interview by", issue, StringComparison.Ordinal);
        using var project = Project(issue, "publication: River Basin Security Review\n");

        project.Import();

        var piece = Assert.Single(project.ArticleFiles().Select(project.Read), t => t.Contains("The dredging companies", StringComparison.Ordinal));
        Assert.Contains("title: '\"The Dredgers Who Came Back\"'", piece, StringComparison.Ordinal);
        Assert.Contains("summary: An interview with Commodore Piet Harrow-Sand", piece, StringComparison.Ordinal);
        Assert.Contains("- Leontine Oyelaran-Holm\n", piece, StringComparison.Ordinal);
    }

    [Fact]
    public void A_piece_signed_with_initials_in_brackets_is_credited_to_the_contributor_they_key()
    {
        var issue = DiarySignedOverContributors
            .Replace("\n\n— Tobias Mwale-Andersen, Mbaleko", " (T.M.)", StringComparison.Ordinal)
            .Replace(" Tobias Mwale-Andersen is a journalist", "\n\nT.M. — Tobias Mwale-Andersen is a journalist", StringComparison.Ordinal);
        Assert.Contains("camps upriver. (T.M.)", issue, StringComparison.Ordinal);
        using var project = Project(issue, "publication: River Basin Security Review\n");

        var report = project.Import();

        var diary = project.Read("input/articles/2031/three-days-on-the-ferry-to-mbaleko.md");
        Assert.Contains("- Tobias Mwale-Andersen\n", diary, StringComparison.Ordinal);
        Assert.Contains("camps upriver. (T.M.)", diary, StringComparison.Ordinal);
        // The decision is the editor's to check, with its reason in the report.
        Assert.Contains(report.Decisions, d => d.ToString().Contains("the initials of Tobias Mwale-Andersen", StringComparison.Ordinal));
        Assert.Contains("Tobias Mwale-Andersen is a journalist based in Mbaleko.", project.Read("input/authors/tobias-mwale-andersen.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_piece_signed_at_its_end_with_initials_over_the_publishers_notice_is_credited_to_the_signer()
    {
        var issue = DiarySignedOverContributors
            .Replace("— Tobias Mwale-Andersen, Mbaleko", "— T.M. Andersen", StringComparison.Ordinal)
            .Replace("""
                CONTRIBUTORS

                Leontine Oyelaran-Holm is a researcher on river trade. Tobias Mwale-Andersen is a journalist based in Mbaleko.
                """, "River Basin Security Review is published by the Delta Programme. Views expressed are the authors' own.",
                StringComparison.Ordinal);
        Assert.DoesNotContain("CONTRIBUTORS", issue, StringComparison.Ordinal);
        using var project = Project(issue, "publication: River Basin Security Review\n");

        project.Import();

        var diary = project.Read("input/articles/2031/three-days-on-the-ferry-to-mbaleko.md");
        Assert.Contains("- T.M. Andersen\n", diary, StringComparison.Ordinal);
        Assert.DoesNotContain("— T.M.", diary, StringComparison.Ordinal);
        Assert.DoesNotContain("Views expressed", diary, StringComparison.Ordinal);
    }
}
