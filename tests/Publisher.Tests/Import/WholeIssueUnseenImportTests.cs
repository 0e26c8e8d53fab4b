using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import;

/// <summary>
/// Whole issues written after the masthead, page-break and bio rules were built, with other masthead wording and
/// extraction noise and another order, to check the rules are not fitted to their first cases. Invented text.
/// </summary>
public class WholeIssueUnseenImportTests
{
    private static ImportFixture Project(string issue, string? sidecar, string? sitePublication = null)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", issue);
        if (sidecar is not null) project.Temp.Write("seeds/issue.yml", sidecar);
        if (sitePublication is not null)
            project.Temp.Write("input/site.yml", project.Read("input/site.yml")
                .Replace("- name: Terrorism Monitor", "- name: " + sitePublication, StringComparison.Ordinal));
        return project;
    }

    /// <summary>A masthead with "The", a dotted volume line and a full date under it; a header with the page number inside it.</summary>
    private const string LedgerIssue = """
        THE SAHARA LEDGER

        Vol. 9 · No. 14

        15 July 2023

        p.2

        COMMENTARY

        Youssef Amrani

        p.6

        Caravan Routes and the New Gold Rush

        Dr. Helga Morin

        Why the Truce in the Oases Will Not Hold

        Youssef Amrani

        The truce signed in the oases in June rests on promises that neither side can keep, and the elders who brokered it have already begun to quarrel over who failed first.

        Youssef Amrani is a contributing analyst based in Rabat.

        Caravan Routes and the New Gold Rush

        Dr. Helga Morin

        The discovery of gold in the northern hills has drawn thousands of diggers across the border, and the old caravan routes now carry fuel, food and mercury to camps that did not

        THESAHARALEDGER  |  VOL 9 NO 14  |  page 6

        www.ledger-foundation.example.net

        exist a year ago. Armed groups tax each convoy that passes their checkpoints. [1]

        The camps have become a source of recruits for those groups as well. [2]

        Notes

        [1] Interviews with drivers in the market town, May 2023.

        [2] Report of a regional monitoring group, June 2023.

        Dr. Helga Morin is a geographer and senior research fellow at the Lindgren Institute, where she studies trade across the desert.

        """;

    [Fact]
    public void Ledger_issue()
    {
        using var project = Project(LedgerIssue, "site: https://ledger-foundation.example.net/\n");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(
            ["input/articles/2023/caravan-routes-and-the-new-gold-rush.md", "input/articles/2023/why-the-truce-in-the-oases-will-not-hold.md"],
            project.ArticleFiles());
        var commentary = project.Read("input/articles/2023/why-the-truce-in-the-oases-will-not-hold.md");
        Assert.Contains("kind: commentary\n", commentary, StringComparison.Ordinal);
        Assert.Contains("publication: The Sahara Ledger\n", commentary, StringComparison.Ordinal);
        Assert.Contains("date: 2023-07-15\n", commentary, StringComparison.Ordinal);
        Assert.DoesNotContain("- date\n", commentary, StringComparison.Ordinal);
        var feature = project.Read("input/articles/2023/caravan-routes-and-the-new-gold-rush.md");
        Assert.Contains("camps that did not exist a year ago.", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("SAHARA", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("www.ledger", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("Lindgren", feature, StringComparison.Ordinal);
        Assert.Contains("[^2]: Report of a regional monitoring group, June 2023.\n", feature, StringComparison.Ordinal);
        // The byline's "Dr." is an honorific, not part of the name, so the profile is helga-morin.
        Assert.Contains("senior research fellow at the Lindgren Institute", project.Read("input/authors/helga-morin.md"), StringComparison.Ordinal);
    }

    /// <summary>The name on the volume line, the month on the next; a footer with dashes repeats; an editor's longer bio closes three briefs.</summary>
    private const string MilitiaIssue = """
        Militia Review Volume 4 Issue 2
        February 2020

        p.1

        BRIEFS

        Marta Quist

        p.4

        The Ferryman of the Southern Lakes

        Anton Reyes

        Gunmen Raid a Fishing Camp

        Marta Quist

        Gunmen raided a fishing camp on the southern shore on February 3, taking boats and nets, according to villagers.

        Marta Quist is the Senior Editor of Militia Review and a fellow at the Orsk Center.

        Militia Review - February 2020 - 2

        Police Chief Dismissed in Lakeside Town

        Marta Quist

        The provincial governor dismissed the police chief of a lakeside town after a week of protests over unpaid wages.

        Marta Quist is the Senior Editor of Militia Review and a fellow at the Orsk Center.

        Self-Defense Groups Register with the Army

        Marta Quist

        Several self-defense groups in the east registered their members with the army, as a new law requires.

        Marta Quist is the Senior Editor of Militia Review and a fellow at the Orsk Center.

        The Ferryman of the Southern Lakes

        Anton Reyes

        For a decade, one man has controlled the ferries that link the islands of the southern lakes to the mainland, and with them much of the trade in fish and fuel that keeps the islands

        Militia Review - February 2020 - 3

        alive. His boats also carry fighters when the militias need them.

        Anton Reyes is a journalist who has reported from the lakes since 2012.

        """;

    [Fact]
    public void Militia_issue()
    {
        using var project = Project(MilitiaIssue, "site: https://militia-review.example.com/\n");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(4, project.ArticleFiles().Count);
        var brief = project.Read("input/articles/2020/police-chief-dismissed-in-lakeside-town.md");
        Assert.Contains("kind: brief\n", brief, StringComparison.Ordinal);
        Assert.Contains("publication: Militia Review\n", brief, StringComparison.Ordinal);
        Assert.Contains("date: 2020-02-01\n", brief, StringComparison.Ordinal);
        Assert.Contains("volume: 4\nissue: 2\n", brief, StringComparison.Ordinal);
        Assert.Contains("Senior Editor of Militia Review and a fellow at the Orsk Center.", project.Read("input/authors/marta-quist.md"), StringComparison.Ordinal);
        Assert.DoesNotContain(report.Fixes, f => f.Kind == FixupActionKinds.DroppedBoilerplate && f.Detail.Contains("Marta Quist is", StringComparison.Ordinal));
        var feature = project.Read("input/articles/2020/the-ferryman-of-the-southern-lakes.md");
        Assert.Contains("keeps the islands alive. His boats", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("February 2020", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("February 2020 - 2", project.Read("input/articles/2020/gunmen-raid-a-fishing-camp.md"), StringComparison.Ordinal);
    }

    /// <summary>The date above the volume line, "No." without a volume in the header, a cut first paragraph, an INTERVIEW label.</summary>
    private const string HarbourIssue = """
        Harbour Notes

        June 2024

        VOLUME 1 | ISSUE 7

        p.1

        INTERVIEW

        Kai Lindholm

        A Pilot Speaks About the Night Convoys

        Kai Lindholm

        The harbour pilot we spoke to has guided ships through the narrows for twenty years, and in the last two he has watched unlit convoys slip past the breakwater at night while the

        Harbour Notes | No. 7 | June 2024

        5

        patrol boats stayed in port. He asked us not to print his name.

        Kai Lindholm is the Editor of Harbour Notes.

        """;

    [Fact]
    public void Harbour_issue()
    {
        using var project = Project(HarbourIssue, "publication: Harbour Notes\n", "Harbour Notes");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var path = Assert.Single(project.ArticleFiles());
        Assert.Equal("input/articles/2024/a-pilot-speaks-about-the-night-convoys.md", path);
        var article = project.Read(path);
        Assert.Contains("kind: interview\n", article, StringComparison.Ordinal);
        Assert.Contains("date: 2024-06-01\n", article, StringComparison.Ordinal);
        Assert.Contains("while the patrol boats stayed in port.", article, StringComparison.Ordinal);
        Assert.DoesNotContain("No. 7", article, StringComparison.Ordinal);
        Assert.DoesNotContain("\n5\n", article, StringComparison.Ordinal);
        Assert.Contains("Kai Lindholm is the Editor of Harbour Notes.", project.Read("input/authors/kai-lindholm.md"), StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportDateMissing);
    }

    /// <summary>Hard-wrapped lines (a PDF's columns), a header block glued between two wrapped lines, a header of name and page only.</summary>
    private const string WrappedIssue = """
        Frontier Watch

        Vol. 2, No. 3

        p.1

        Mines Slow the Reopening of the Border Road

        Greta Solberg

        Mines Slow the Reopening of the Border Road

        Greta Solberg

        The council met on Tuesday and agreed that the border
        posts would reopen within a month, but the army said it
        Frontier Watch | Vol. 2, No. 3 | 4
        needed more time to clear the mines along the road. Local
        Traders Say Delay Costs Them Dearly
        traders say every week of delay costs them dearly.

        Farmers on both sides of the line have asked for the fields
        near the road to be cleared first, before the planting season
        Page 5 | Frontier Watch
        begins in the spring. The army has not answered them.

        Greta Solberg is a correspondent based in the border region.

        """;

    [Fact]
    public void Wrapped_issue()
    {
        using var project = Project(WrappedIssue, "date: 2022-03-01\n");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var article = project.Read(Assert.Single(project.ArticleFiles()));
        Assert.Contains("The council met on Tuesday and agreed that the border posts would reopen within a month, but the army said it needed more time", article, StringComparison.Ordinal);
        Assert.Contains("before the planting season begins in the spring.", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 5", article, StringComparison.Ordinal);
        Assert.DoesNotContain("No. 3", article, StringComparison.Ordinal);
        // A Title Case line glued inside a paragraph is not furniture unless a page break marks it: it stays.
        Assert.Contains("Traders Say Delay Costs Them Dearly", article, StringComparison.Ordinal);
    }

    /// <summary>A web article whose publication line prints a known monitor in capitals.</summary>
    [Fact]
    public void Web_article_publication_in_capitals()
    {
        using var project = Project("""
            Bandit Chiefs Split Over Amnesty Offer; Publication: MILITANT LEADERSHIP MONITOR Volume: 13 Issue: 5

            By: Chidi Okonkwo

            The amnesty offered by the state government last month has divided the bandit chiefs in the northwest, with some accepting and others raiding villages again.

            Chidi Okonkwo is an analyst of security in West Africa.

            """, "date: 2022-05-30\n");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var article = project.Read(Assert.Single(project.ArticleFiles()));
        Assert.Contains("publication: Militant Leadership Monitor\n", article, StringComparison.Ordinal);
        // site.yml lists it among the archive's own publications, so the spelling is site.yml's and the decision says so.
        Assert.Contains(report.Fixes, f => f.Kind == FixupActionKinds.OwnPublication && f.Detail.Contains("'Publication:' line", StringComparison.Ordinal));
    }

    /// <summary>Round 3: a name over two masthead lines, "VOL. XXII, NO. 24", "DEC 2021" on its own, ANALYSES, "Iss." in the header.</summary>
    private const string EurasiaIssue = """
        EURASIA
        SECURITY NOTES

        VOL. XXII, NO. 24

        DEC 2021

        p.1

        ANALYSES

        Irina Volkova

        p.3

        The Port That Changed Hands

        Mehmet Yilmaz

        Customs Chiefs Replaced Across the Region

        Irina Volkova

        Four regional customs chiefs were replaced in one week in November, in what officials described as a routine rotation.

        Irina Volkova is the Editor of Eurasia Security Notes.

        The Port That Changed Hands

        Mehmet Yilmaz

        The sale of the northern port to a holding company with ties to the governor was approved without a tender, and the new owners have not

        Eurasia Security Notes • Vol. XXII, Iss. 24 • 4

        said what they plan for the container terminal. Dock workers fear for their jobs.

        Mehmet Yilmaz is a journalist who has covered the region's ports for a decade.

        """;

    [Fact]
    public void Eurasia_issue()
    {
        using var project = Project(EurasiaIssue, "site: https://esn.example.org/\n");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var analysis = project.Read("input/articles/2021/customs-chiefs-replaced-across-the-region.md");
        Assert.Contains("kind: analysis\n", analysis, StringComparison.Ordinal);
        Assert.Contains("publication: Eurasia Security Notes\n", analysis, StringComparison.Ordinal);
        Assert.Contains("date: 2021-12-01\n", analysis, StringComparison.Ordinal);
        Assert.Contains("volume: 22\nissue: 24\n", analysis, StringComparison.Ordinal);
        var feature = project.Read("input/articles/2021/the-port-that-changed-hands.md");
        Assert.Contains("the new owners have not said what they plan", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("Iss.", feature, StringComparison.Ordinal);
    }

    /// <summary>Round 3: lookalikes that must stay: bullets across a page break, an "Issue 3:" heading, a year column, the name in a sentence.</summary>
    private const string LookalikesIssue = """
        Coastal Risk Monitor

        VOLUME XV | ISSUE 1

        p.1

        Priorities for the Coast Guard

        Tomas Okafor

        Priorities for the Coast Guard

        Tomas Okafor

        The ministry published its priorities for the coast guard in January, after a year in which the service was criticised for slow responses.

        4

        The list was short, and most of it had been promised before. The ministry named three priorities:

        • new radar stations on the northern cape

        7

        • more patrol boats for the coast guard

        • a joint training center with the navy

        Issue 3: The Ports

        The ports are where the money is, and the smugglers know it. Seizures rose in these years:

        2021

        2022

        2023

        As Coastal Risk Monitor reported last year, the ports remain the weakest link.

        Tomas Okafor is a research fellow at the Center for Maritime Studies in Lisbon.

        """;

    [Fact]
    public void Lookalikes_issue()
    {
        using var project = Project(LookalikesIssue, "publication: Coastal Risk Monitor\ndate: 2025-01-15\n", "Coastal Risk Monitor");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var article = project.Read(Assert.Single(project.ArticleFiles()));
        Assert.Contains("new radar stations on the northern cape", article, StringComparison.Ordinal);
        Assert.Contains("more patrol boats", article, StringComparison.Ordinal);
        Assert.Contains("Issue 3: The Ports", article, StringComparison.Ordinal);
        Assert.Contains("2022", article, StringComparison.Ordinal);
        Assert.Contains("As Coastal Risk Monitor reported last year", article, StringComparison.Ordinal);
        Assert.DoesNotContain("\n4\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("\n7\n", article, StringComparison.Ordinal);
    }
}
