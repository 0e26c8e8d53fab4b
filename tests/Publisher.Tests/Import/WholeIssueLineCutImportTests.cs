namespace Publisher.Tests.Import;

/// <summary>
/// Whole issues whose articles are not separated by blank lines (one paragraph per line, or none at all), with
/// dotted contents, a singular BRIEF label and the masthead in one block: articles are found by evidence (a title and
/// a byline after a finished sentence, listed in the contents or under a label). Invented text.
/// </summary>
public class WholeIssueLineCutImportTests
{
    private static ImportFixture Project(string issue)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", issue);
        return project;
    }

    /// <summary>One paragraph per line, no blank line anywhere; dotted contents; a brief and a feature.</summary>
    private const string HarborIssue = """
        Harbor Security Digest
        Reporting on ports and coasts
        Vol. 5, No. 2 | March 14, 2022
        BRIEF ........ 1
        Smugglers Switch to Night Ferries on the Western Strait ........ 4
        By Ingrid Solheim ........ 4
        Dock Workers Report Threats at the Grain Terminal
        Tomas Brandvik
        Union officials at the grain terminal said that three dock workers had received threats after they refused to unload containers at night without a customs officer present.
        The port authority has promised to review the complaints, but workers say earlier reviews led nowhere and that the threats have continued since February.
        Tomas Brandvik is the editor of Harbor Security Digest.
        Smugglers Switch to Night Ferries on the Western Strait
        Ingrid Solheim
        For years the smuggling networks of the western strait used fast boats that crossed in under an hour, but patrols and radar have made that route costly and slow.
        Route Changes
        Since last autumn the networks have moved their goods onto the regular night ferries, hiding them among the cargo of trucks that cross the strait every evening. [1]
        Customs officers say they can inspect only a small share of the trucks before departure, and that drivers are rarely aware of what they carry.
        Notes
        [1] Interviews with customs officers at the western terminal, January 2022.
        Ingrid Solheim is a maritime researcher based in Bergen who studies organized crime at sea.
        www.harbor-digest.example | Harbor Security Digest is published by the Coastline Trust
        """;

    [Fact]
    public void Paragraph_per_line_issue_without_blank_lines()
    {
        using var project = Project(HarborIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(
            ["input/articles/2022/dock-workers-report-threats-at-the-grain-terminal.md", "input/articles/2022/smugglers-switch-to-night-ferries-on-the-western-strait.md"],
            project.ArticleFiles());
        var brief = project.Read("input/articles/2022/dock-workers-report-threats-at-the-grain-terminal.md");
        Assert.Contains("kind: brief\n", brief, StringComparison.Ordinal);
        Assert.Contains("date: 2022-03-14\n", brief, StringComparison.Ordinal);
        Assert.Contains("volume: 5\n", brief, StringComparison.Ordinal);
        Assert.Contains("- Tomas Brandvik\n", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("is the editor of", brief, StringComparison.Ordinal);
        Assert.Contains("without a customs officer present.\n\nThe port authority", brief, StringComparison.Ordinal);
        var feature = project.Read("input/articles/2022/smugglers-switch-to-night-ferries-on-the-western-strait.md");
        Assert.Contains("kind: feature\n", feature, StringComparison.Ordinal);
        Assert.Contains("## Route Changes\n", feature, StringComparison.Ordinal);
        Assert.Contains("[^1]: Interviews with customs officers at the western terminal, January 2022.\n", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("Coastline Trust", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("maritime researcher", feature, StringComparison.Ordinal);
        Assert.Contains("maritime researcher based in Bergen", project.Read("input/authors/ingrid-solheim.md"), StringComparison.Ordinal);
    }

    /// <summary>The same shape with blank lines between the parts (but not between paragraphs of one article).</summary>
    private const string DeltaIssue = """
        RIVER DELTA MONITOR
        Volume 3 • Issue 7 • July 2021

        p.1
        BRIEFS
        Ayo Okonkwo-Reyes

        p.5
        Oil Barges and the Creek Economy
        Selma Lindqvist

        Fishermen Caught Between Rival Gangs
        Ayo Okonkwo-Reyes
        Two rival gangs have begun to charge fishermen on the eastern creeks a fee for each night of fishing, according to community leaders who spoke to local radio.
        Those who refuse have had their nets cut and their canoes holed, and several families have left for the city.
        A Ferry Route Reopens After Attacks
        Ayo Okonkwo-Reyes
        The state ferry service reopened its route to the outer islands after a pause of two months that followed attacks on its boats.
        Ayo Okonkwo-Reyes is the editor of River Delta Monitor.
        Oil Barges and the Creek Economy
        Selma Lindqvist
        Stolen crude moves through the creeks on wooden barges that carry a few hundred barrels each, and the trade employs thousands of people along the way.
        The barges are loaded at night from tapped pipelines and unloaded at makeshift refineries deep in the mangroves.
        Selma Lindqvist is a researcher at a Nordic institute who studies resource conflicts.
        """;

    [Fact]
    public void Briefs_under_one_contents_entry_found_by_their_author()
    {
        using var project = Project(DeltaIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(3, project.ArticleFiles().Count);
        var ferry = project.Read("input/articles/2021/a-ferry-route-reopens-after-attacks.md");
        Assert.Contains("kind: brief\n", ferry, StringComparison.Ordinal);
        Assert.Contains("date: 2021-07-01\n", ferry, StringComparison.Ordinal);
        Assert.Contains("- date\n", ferry, StringComparison.Ordinal);
        Assert.DoesNotContain("is the editor of", ferry, StringComparison.Ordinal);
        var fishermen = project.Read("input/articles/2021/fishermen-caught-between-rival-gangs.md");
        Assert.Contains("several families have left for the city.", fishermen, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry", fishermen, StringComparison.Ordinal);
        var barges = project.Read("input/articles/2021/oil-barges-and-the-creek-economy.md");
        Assert.Contains("kind: feature\n", barges, StringComparison.Ordinal);
        Assert.Contains("publication: River Delta Monitor\n", barges, StringComparison.Ordinal);
    }
}
