namespace Publisher.Tests.Import;

/// <summary>
/// Whole issues in shapes the earlier rules missed: titles wrapped in the contents over a dotted "By NAME ….. N"
/// line, briefs in capitals signed by a bare name under them, and a byline printed above its title as
/// "Author: NAME, Organisation". Invented text.
/// </summary>
public class WholeIssueNewestImportTests
{
    private static ImportFixture Project(string issue)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", issue);
        return project;
    }

    private const string DeltaIssue = """
        DELTA SECURITY REVIEW
        Rivers, ports and armed groups

        Volume VII  •  Issue 3  •  June 9, 2028

        INSIDE THIS EDITION

        IN BRIEF ................................................ 1

        River Pilots Refuse to Sail Past the
        Lower Sanvo Locks
        By Odile Brannigan-Tey .................................. 3

        IN BRIEF

        GUNMEN SEIZE A FERRY NEAR THE
        KARVO ESTUARY

        Ines Marlow-Quint

        On May 30, six armed men boarded a passenger ferry near the Karvo estuary and forced the crew to sail it to a
        landing on the western bank, where they took the passengers' phones and money before letting the boat go.

        The harbour police said the men belonged to a smuggling crew that has worked the estuary for two years.

        CUSTOMS OFFICERS ARRESTED OVER FUEL DIVERSION AT THE RIVER DEPOT

        Ines Marlow-Quint

        Four customs officers were arrested on June 2 on charges of letting fuel tankers leave the river depot without
        paying duty, a scheme prosecutors say cost the treasury several million over the past year.

        The officers deny the charges and say they followed orders given by their superiors at the depot.

        River Pilots Refuse to Sail
        Past the Lower Sanvo Locks

        By Odile Brannigan-Tey

        The pilots who guide cargo barges through the Lower Sanvo locks stopped work on May 21, after two of them were
        beaten by men who demanded a share of their fees. Without them, no barge of any size can pass the locks.

        The river authority has promised an escort, but the pilots say the escort leaves at nightfall and the attacks
        happen after dark, when the barges wait in line at the lower gate.

        Odile Brannigan-Tey is a journalist who has covered the delta ports since 2022.
        """;

    [Fact]
    public void Contents_titles_over_a_dotted_by_line_and_capitals_briefs_signed_by_a_bare_name()
    {
        using var project = Project(DeltaIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var files = project.ArticleFiles();
        Assert.Equal(3, files.Count);
        var texts = files.Select(project.Read).ToList();
        var ferry = Assert.Single(texts, t => t.Contains("six armed men boarded", StringComparison.Ordinal));
        Assert.Contains("- Ines Marlow-Quint\n", ferry, StringComparison.Ordinal);
        Assert.DoesNotContain("Four customs officers", ferry, StringComparison.Ordinal);
        var customs = Assert.Single(texts, t => t.Contains("Four customs officers", StringComparison.Ordinal));
        Assert.Contains("- Ines Marlow-Quint\n", customs, StringComparison.Ordinal);
        Assert.Contains("kind: brief\n", customs, StringComparison.Ordinal);
        Assert.DoesNotContain("CUSTOMS OFFICERS ARRESTED", customs, StringComparison.Ordinal);
        var pilots = Assert.Single(texts, t => t.Contains("The pilots who guide", StringComparison.Ordinal));
        Assert.Contains("title: River Pilots Refuse to Sail Past the Lower Sanvo Locks\n", pilots, StringComparison.Ordinal);
        Assert.Contains("- Odile Brannigan-Tey\n", pilots, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("table of contents lists", StringComparison.Ordinal));
    }

    private const string NarrowIssue = """
        HIGHLAND RISK MONITOR

        VOLUME IV, ISSUE 2  |  MARCH 2029

        CONTENTS

        IRON RIDGE: THE QUARRY BOSS
        TURNED MOUNTAIN WARLORD
        Tomasz Achterberg ............... 2

        PROFILE

        Iron Ridge: The
        Quarry Boss Turned
        Mountain Warlord

        Tomasz Achterberg

        When the marble quarries of the
        eastern passes closed in 2026, the
        men who had run them did not leave.
        One of them hired the guards who had
        protected the trucks and turned them
        into a private army.

        His men now collect a toll on every
        vehicle that crosses the passes, and
        the district police say they cannot
        reach the villages above the road.
        """;

    [Fact]
    public void A_wrapped_title_whose_last_line_reads_as_a_name_stays_whole_over_its_bare_name_byline()
    {
        using var project = Project(NarrowIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var text = project.Read(Assert.Single(project.ArticleFiles()));
        var title = Assert.Single(text.Split('\n'), l => l.StartsWith("title: ", StringComparison.Ordinal));
        Assert.Equal("Iron Ridge: The Quarry Boss Turned Mountain Warlord", title["title: ".Length..].Trim('"', '\''));
        Assert.Contains("- Tomasz Achterberg\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("- Mountain Warlord", text, StringComparison.Ordinal);
    }
}
