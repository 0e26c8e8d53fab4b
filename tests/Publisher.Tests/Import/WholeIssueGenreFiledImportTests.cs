namespace Publisher.Tests.Import;

/// <summary>
/// An issue whose contents file each entry under its genre in title case ("Profile: …"), one entry cut short of its
/// title; a profile printed without a byline over its text, its notes numbered "(1) …" and cited by "(n)" glued to the
/// sentence ends, its "By NAME" under the notes; all bios in a contributors' block at the end. Invented text.
/// </summary>
public class WholeIssueGenreFiledImportTests
{
    private const string Issue = """
        COASTAL ARMED GROUPS REVIEW
        March 2034 • Volume VII, Issue 3

        Contents
        Report: Harbour Pilots Refuse the Night Escorts  . . .  p. 1
        Profile: The Broker of Kessa: Ines Varga-Holm  . . . . .  p. 3

        REPORT

        Harbour Pilots Refuse the Night Escorts
        By Maren Olufsen-Tay

        The pilots who guide cargo ships into the port of Kessa stopped work on Monday
        night, saying that the navy's escorts had twice failed to arrive on time and that
        they would not take ships through the channel alone after dark.

        The port authority says the escorts will resume within the week, but the pilots
        want a written promise that no ship will be moved at night without one.

        PROFILE

        The Broker of Kessa: Ines Varga-Holm and the Long Decline
        of the Coastal Trade

        For a decade Ines Varga-Holm was the person traders in Kessa went to when a cargo
        had to move without questions. She arranged boats, paid the harbour guards and,
        according to two former partners, kept a ledger of every payment.(1)

        Her business faltered when the coast guard began to board boats at random in 2031.
        Several of her captains were arrested, and the armed groups that had protected her
        trade turned to smuggling on their own account.(2)

        NOTES

        (1) Interviews with two former partners of Varga-Holm, Kessa, January 2034.
        (2) Coast guard boarding statistics for the northern channel, 2031-2033.

        By Tomas Reinholt-Abiola

        CONTRIBUTORS
        Maren Olufsen-Tay reports on ports and shipping from Kessa.
        Tomas Reinholt-Abiola is a researcher on maritime crime at the Coastal Institute.
        """;

    [Fact]
    public void Entries_filed_under_genres_find_their_pieces_and_a_byline_under_the_notes_names_the_author()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", Issue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(2, project.ArticleFiles().Count());
        var profile = project.Read(project.ArticleFiles().Single(f => f.Contains("broker-of-kessa", StringComparison.Ordinal)));
        Assert.Contains("title: 'The Broker of Kessa: Ines Varga-Holm and the Long Decline of the Coastal Trade'", profile, StringComparison.Ordinal);
        Assert.Contains("- Tomas Reinholt-Abiola\n", profile, StringComparison.Ordinal);
        Assert.Contains("kind: profile", profile, StringComparison.Ordinal);
        Assert.Contains("kept a ledger of every payment.[^1]", profile, StringComparison.Ordinal);
        Assert.Contains("[^2]: Coast guard boarding statistics", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("By Tomas", profile, StringComparison.Ordinal);
        Assert.Contains("researcher on maritime crime", project.Read("input/authors/tomas-reinholt-abiola.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("Tomas", project.Read("input/authors/maren-olufsen-tay.md"), StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "PUB105");
    }

    /// <summary>
    /// A sibling issue: contents in a box whose heading row a rule parts from the entries, each entry "Genre: Title" and the
    /// bios' page listed; a title-case genre label printed on the line right over each title; a piece with no byline over
    /// its text, "By Dr. NAME and NAME" under its notes, over the bios' heading. Invented text.
    /// </summary>
    private const string BoxedIssue = """
        R I V E R I N E   W A T C H
        Monday, 6 March 2034                              Vol. 4 / Issue 2

        +------------------------------------------------------------+
        |  CONTENTS                                                  |
        +------------------------------------------------------------+
        |  Briefing: Night Raids on the Estuary Shrimp Farms      1  |
        |  Assessment: Why the River Front Keeps Splitting Apart  2  |
        |  About the Authors                                      4  |
        +------------------------------------------------------------+

        Briefing
        Night Raids on the Estuary Shrimp Farms
        by Hendrika Osei-Palmer

        Over four nights in late February, armed men in two skiffs raided shrimp farms along
        the estuary, tying up watchmen and taking aerators, generators and the stocks of feed.

        Farm owners estimate the losses at close to a full season's harvest for the farms that
        were hit, and at least one watchman was injured when he tried to raise the alarm.

        Assessment
        Why the River Front Keeps Splitting Apart

        When the River Front signed its ceasefire in 2031, it counted perhaps a thousand
        fighters under a single command. Three years later at least five groups claim its
        name, and two of them have fought each other over the landing beaches.(1)

        The splits have been read as a sign of weakness, but they also reflect the choices the
        ceasefire itself made about who would be paid and who would sit on the boards.(2)

        Notes

        (1) Statements by two factions posted on 18 and 19 January 2034.
        (2) Minutes of the district reconstruction board, sessions of 2032 and 2033.

        By Dr. Yasmin Okonjo-Terrell and Ruben Aldabra

        About the Authors

        Hendrika Osei-Palmer reports on coastal economies and crime from Port Lelu.
        Dr. Yasmin Okonjo-Terrell teaches peace and conflict studies at the University of
        Saltmarsh; Ruben Aldabra is a researcher on maritime security.
        """;

    [Fact]
    public void A_boxed_contents_with_a_heading_row_and_labels_over_titles_find_every_piece_and_the_bios_open_none()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", BoxedIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(2, texts.Count);
        var raids = Assert.Single(texts, t => t.Contains("title: Night Raids on the Estuary Shrimp Farms\n", StringComparison.Ordinal));
        Assert.Contains("kind: brief", raids, StringComparison.Ordinal);
        var splits = Assert.Single(texts, t => t.Contains("title: Why the River Front Keeps Splitting Apart\n", StringComparison.Ordinal));
        Assert.Contains("- Yasmin Okonjo-Terrell\n- Ruben Aldabra\n", splits, StringComparison.Ordinal);
        Assert.Contains("kind: assessment", splits, StringComparison.Ordinal);
        Assert.Contains("[^2]: Minutes of the district reconstruction board", splits, StringComparison.Ordinal);
        Assert.DoesNotContain(texts, t => t.Contains("About the Authors", StringComparison.Ordinal));
    }

    /// <summary>
    /// An email edition whose contents file every piece under a genre, one the catalogue does not know ("Signal Log:"); that
    /// piece, under its label, signed "-- NAME, Place" right over the rule before the next piece. Invented text.
    /// </summary>
    private const string Edition = """
        From: The Marrow Letter <letter@marrow.example>
        Subject: The Marrow Letter: fees and radio nets
        Date: Fri, 3 Mar 2034 07:15:00 +0300

                             THE MARROW LETTER
                     No. 12  |  Friday, 3 March 2034

        In this edition
          Analysis: Checkpoint Fees on the River Road             1
          Signal Log: A quiet week on the radio nets              2

        ======================================================================
        ANALYSIS

        Checkpoint Fees on the River Road and the Groups That Share Them

        By Idris Kallenberg

        Drivers on the river road now pass through fourteen checkpoints on a journey that
        required five at the start of 2032. Only four of them are run by the army.

        The fees, once paid at each barrier, are now collected in a single payment at the
        first one and shared among the groups further along the road.

        ======================================================================
        SIGNAL LOG

        A quiet week on the radio nets

        For the first time since the summer, the channels used by the defence groups along
        the road were almost silent for most of the week, and had not resumed by Thursday.

        The groups may have moved to a new channel, or their leaders may be negotiating; the
        slow harvest may simply mean there is less to report.

        -- Beatrix Omondi, Harrowmere
        ======================================================================
        Unsubscribe: https://marrow.example/leave
        """;

    [Fact]
    public void An_entry_filed_under_a_label_the_catalogue_does_not_know_finds_its_piece_and_a_rule_after_a_signature_closes_the_piece()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/edition.txt", Edition);

        var report = project.Import();

        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(2, texts.Count);
        var log = Assert.Single(texts, t => t.Contains("title: A quiet week on the radio nets\n", StringComparison.Ordinal));
        // A section name no page uses as a genre, over one piece about as long as the other: a feature, not its own words.
        Assert.Contains("kind: feature", log, StringComparison.Ordinal);
        Assert.Contains("- Beatrix Omondi\n", log, StringComparison.Ordinal);
        Assert.DoesNotContain("-- Beatrix", log, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "PUB105");
    }
}
