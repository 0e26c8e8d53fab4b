using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import;

/// <summary>
/// An archive with two own publications (invented): whole issues of each, printed with the masthead in capitals or
/// under an alias and without a date, are filed under the publication's proper name with an estimated, inferred date;
/// a sidecar may name an alias; a publication site.yml does not list stays press. Invented text throughout.
/// </summary>
public class OwnPublicationsImportTests
{
    private const string SiteYml = """
        title: Two Monitors Archive
        base_url: https://archive.example.org/
        publications:
          - name: Harbour Security Monitor
            slug: harbour-security-monitor
            aliases: [HSM]
            first_volume_year: 2011
            frequency: fortnightly
            description: Ports, shipping lanes and the people who guard them.
          - name: Steppe Affairs Digest
            slug: steppe-affairs-digest
            aliases: [Steppe Digest, SAD]
            first_volume_year: 2015
            frequency: monthly
            description: Politics of the grasslands.
        """;

    private static ImportFixture Project(params (string Name, string Text)[] files)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("input/site.yml", SiteYml);
        foreach (var (name, text) in files) project.Temp.Write("seeds/" + name, text);
        return project;
    }

    /// <summary>The masthead in capitals, a volume line without a date, two articles listed in the contents.</summary>
    private const string HarbourIssue = """
        HARBOUR SECURITY MONITOR

        Watching the world's ports

        VOLUME III  |  ISSUE 5

        p.2

        Dredging Contracts and the Smugglers' Channel

        Ilse Vantongeren

        p.5

        Pilots on Strike in the Northern Estuary

        Tomasz Wierzba

        Dredging Contracts and the Smugglers' Channel

        Ilse Vantongeren

        When the port authority awarded its dredging contract last spring, few noticed that the winning firm had never deepened a channel before, and fewer still that its barges would spend their nights moored beside the old customs wharf.

        Inspectors later found that the channel had been deepened only where the smugglers' boats needed it.

        Ilse Vantongeren is a maritime analyst based in Antwerp.

        Pilots on Strike in the Northern Estuary

        Tomasz Wierzba

        The harbour pilots of the northern estuary stopped work for nine days, and the queue of tankers waiting at anchor grew to forty ships before the ministry agreed to reopen talks.

        Tomasz Wierzba writes on labour and shipping.

        """;

    /// <summary>The masthead under an alias, run together as a PDF extraction may print it, volume and issue on one line.</summary>
    private const string SteppeIssue = """
        STEPPEDIGEST

        Volume 7 · Issue 4

        p.1

        Herders and the New Pipeline

        Aigerim Sadvakasova

        p.3

        A Governor's Quiet Exit

        Bolat Nurmanov

        Herders and the New Pipeline

        Aigerim Sadvakasova

        The pipeline crosses the summer pastures of three clans, and the compensation paid so far has gone to men who no longer keep any animals at all.

        Aigerim Sadvakasova is a researcher at the Grasslands Institute.

        A Governor's Quiet Exit

        Bolat Nurmanov

        The regional governor left office without a farewell speech, a decree or an explanation, and his deputy has been acting in his place since the spring thaw.

        Bolat Nurmanov is a journalist covering regional politics.

        """;

    [Fact]
    public void Whole_issues_of_two_own_publications_get_proper_names_issue_numbers_and_estimated_dates()
    {
        using var project = Project(("harbour.txt", HarbourIssue), ("steppe.txt", SteppeIssue));

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var site = ConfigFiles.ReadSite(SiteYml, "input/site.yml", [])!;

        // Fortnightly, volume 1 in 2011: volume 3 is 2013, issue 5 ≈ 1 January + 4·14 days.
        var dredging = project.Read("input/articles/2013/dredging-contracts-and-the-smugglers-channel.md");
        Assert.Contains("publication: Harbour Security Monitor\n", dredging, StringComparison.Ordinal);
        Assert.Contains("volume: 3\n", dredging, StringComparison.Ordinal);
        Assert.Contains("issue: 5\n", dredging, StringComparison.Ordinal);
        Assert.Contains("date: 2013-02-26\n", dredging, StringComparison.Ordinal);
        Assert.Contains("- date\n", dredging, StringComparison.Ordinal);
        Assert.NotNull(site.OwnPublication("Harbour Security Monitor"));
        Assert.Contains("date: 2013-02-26\n", project.Read("input/articles/2013/pilots-on-strike-in-the-northern-estuary.md"), StringComparison.Ordinal);

        // Monthly, volume 1 in 2015: volume 7 is 2021, issue 4 is April.
        var herders = project.Read("input/articles/2021/herders-and-the-new-pipeline.md");
        Assert.Contains("publication: Steppe Affairs Digest\n", herders, StringComparison.Ordinal);
        Assert.Contains("volume: 7\n", herders, StringComparison.Ordinal);
        Assert.Contains("issue: 4\n", herders, StringComparison.Ordinal);
        Assert.Contains("date: 2021-04-01\n", herders, StringComparison.Ordinal);
        Assert.NotNull(site.OwnPublication("Steppe Affairs Digest"));

        // The editor sees both decisions: the publication matched and the date estimated (once per issue).
        var own = report.Fixes.Where(f => f.Kind == FixupActionKinds.OwnPublication).Select(f => f.Detail).ToList();
        Assert.Contains(own, d => d.Contains("'HARBOUR SECURITY MONITOR' read from the masthead", StringComparison.Ordinal)
            && d.Contains("'Harbour Security Monitor' (its name)", StringComparison.Ordinal));
        Assert.Contains(own, d => d.Contains("'STEPPEDIGEST' read from the masthead", StringComparison.Ordinal)
            && d.Contains("'Steppe Affairs Digest' (its alias 'Steppe Digest')", StringComparison.Ordinal));
        var estimates = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.ImportIssueDateEstimated).ToList();
        Assert.Equal(2, estimates.Count);
        Assert.All(estimates, d => Assert.Contains("an estimate", d.Message, StringComparison.Ordinal));
        Assert.Contains(estimates, d => d.Message.Contains("fortnightly", StringComparison.Ordinal) && d.Location!.Path == "seeds/harbour.txt");
        // No Title Case spelling was needed: the own publication's name came from site.yml.
        Assert.DoesNotContain(report.Fixes, f => f.Kind == FixupActionKinds.NormalizedPublication);
    }

    [Fact]
    public void A_publishers_name_above_the_masthead_does_not_hide_the_own_publication_under_it()
    {
        using var project = Project(("harbour.txt", HarbourIssue.Replace("HARBOUR SECURITY MONITOR", "NORTHERN INSTITUTE FOR SEA LANES\n\nHARBOUR SECURITY MONITOR", StringComparison.Ordinal)));

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var dredging = project.Read("input/articles/2013/dredging-contracts-and-the-smugglers-channel.md");
        Assert.Contains("publication: Harbour Security Monitor\n", dredging, StringComparison.Ordinal);
        Assert.DoesNotContain("NORTHERN", dredging, StringComparison.Ordinal);
        Assert.Contains(report.Fixes, f => f.Kind == FixupActionKinds.OwnPublication
            && f.Detail.Contains("rather than 'NORTHERN INSTITUTE FOR SEA LANES'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_masthead_name_printed_in_one_block_with_its_tagline_is_recognised()
    {
        using var project = Project(("harbour.txt", HarbourIssue.Replace("HARBOUR SECURITY MONITOR\n\n", "HARBOUR SECURITY MONITOR\n", StringComparison.Ordinal)));

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var dredging = project.Read("input/articles/2013/dredging-contracts-and-the-smugglers-channel.md");
        Assert.Contains("publication: Harbour Security Monitor\n", dredging, StringComparison.Ordinal);
        Assert.Contains("date: 2013-02-26\n", dredging, StringComparison.Ordinal);
        Assert.DoesNotContain("Watching the world", dredging, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidecar_may_name_an_alias_and_its_date_is_never_replaced_by_an_estimate()
    {
        using var project = Project(("harbour.txt", HarbourIssue.Replace("HARBOUR SECURITY MONITOR", "PORT WATCH", StringComparison.Ordinal)),
            ("harbour.yml", "publication: HSM\ndate: 2013-03-02\n"));

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var dredging = project.Read("input/articles/2013/dredging-contracts-and-the-smugglers-channel.md");
        Assert.Contains("publication: Harbour Security Monitor\n", dredging, StringComparison.Ordinal);
        Assert.Contains("date: 2013-03-02\n", dredging, StringComparison.Ordinal);
        Assert.DoesNotContain("- date\n", dredging, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportIssueDateEstimated);
        Assert.Contains(report.Fixes, f => f.Kind == FixupActionKinds.OwnPublication
            && f.Detail.Contains("'HSM' read from the sidecar", StringComparison.Ordinal) && f.Detail.Contains("(its alias 'HSM')", StringComparison.Ordinal));
    }

    [Fact]
    public void A_publication_site_yml_does_not_list_stays_press_in_title_case_and_undated()
    {
        using var project = Project(("lagoon.txt", HarbourIssue.Replace("HARBOUR SECURITY MONITOR", "THE LAGOON OBSERVER", StringComparison.Ordinal)));

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var file = Assert.Single(project.ArticleFiles(), f => f.EndsWith("dredging-contracts-and-the-smugglers-channel.md", StringComparison.Ordinal));
        var dredging = project.Read(file);
        Assert.Contains("publication: The Lagoon Observer\n", dredging, StringComparison.Ordinal);
        Assert.DoesNotContain("date:", dredging, StringComparison.Ordinal);
        Assert.Null(ConfigFiles.ReadSite(SiteYml, "input/site.yml", [])!.OwnPublication("The Lagoon Observer"));
        Assert.DoesNotContain(report.Fixes, f => f.Kind == FixupActionKinds.OwnPublication);
        Assert.Contains(report.Fixes, f => f.Kind == FixupActionKinds.NormalizedPublication && f.Reason!.Contains("press", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportIssueDateEstimated);
    }
}
