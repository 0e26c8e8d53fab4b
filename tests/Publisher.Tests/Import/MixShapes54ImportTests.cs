using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Shapes fitted in the forty-fourth session (mix54-new s01–s03): mastheads that print the year with the volume and the
/// day and month after the issue ("Vol. XLVI (2048) · Issue 3 · 7 February"), the volume and issue after the name apart
/// by a colon ("Coast Review 46:9"), or a table of field names over their values; contents entries lettered A, B, C;
/// notes numbered "1)" under their heading; a bio that names its writer between commas ("The author, Dr. NAME, directs
/// …"); an interview "Conducted by NAME"; a signature in square brackets. Invented text.
/// </summary>
public class MixShapes54ImportTests
{
    [Theory]
    [InlineData("Vol. XII (2049)  ·  Issue 7  ·  3 March", 12, 7, "2049-03-03")]
    [InlineData("Volume 4 (2031) | No. 2 | May 14", 4, 2, "2031-05-14")]
    public void The_year_printed_with_the_volume_completes_the_day_and_month(string line, int volume, int issue, string date)
    {
        var read = VolumeIssueLine.Parse(line);
        Assert.NotNull(read);
        Assert.Equal((volume, issue, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
            (read.Volume!.Value, read.Issue, VolumeIssueLine.DateIn(read.Rest)!.Date));
    }

    [Theory]
    [InlineData("Harbour Review 31:4", "Harbour Review", 31, 4)]
    [InlineData("Coast Security Monitor 38:12", "Coast Security Monitor", 38, 12)]
    public void A_name_then_volume_and_issue_apart_by_a_colon_is_a_volume_line(string line, string name, int volume, int issue)
    {
        var read = VolumeIssueLine.Parse(line);
        Assert.NotNull(read);
        Assert.Equal((name, volume, issue), (read.Before, read.Volume!.Value, read.Issue));
    }

    [Theory]
    [InlineData("Evening News 10:30")]
    [InlineData("Genesis 3:16 says otherwise")]
    [InlineData("the score was 3:1")]
    public void Times_verses_and_scores_are_no_volume_line(string line) => Assert.Null(VolumeIssueLine.Parse(line));

    [Fact]
    public void A_masthead_set_as_a_table_reads_as_one_volume_line()
    {
        var folded = MastheadTable.Fold("VOLUME        NUMBER        DATED", "XII           7             3 MARCH 2049");
        Assert.Equal("VOLUME XII · NUMBER 7 · DATED 3 MARCH 2049", folded);
        var read = VolumeIssueLine.Parse(folded!);
        Assert.Equal((12, 7, new DateOnly(2049, 3, 3)), (read!.Volume!.Value, read.Issue, VolumeIssueLine.DateIn(read.Rest)!.Date));
    }

    [Theory]
    [InlineData("NAME          ROLE          OFFICE", "Ann Lee       Editor        Quito")]
    [InlineData("VOLUME        ISSUE", "XII")]
    public void Other_tables_are_no_masthead(string names, string values) => Assert.Null(MastheadTable.Fold(names, values));

    [Fact]
    public void Contents_entries_lettered_in_order_lose_their_letters()
    {
        var (entries, _) = IssueContents.Read(SeedText.Lines("""
            IN THIS ISSUE

            A.  Ledgers of the Salt Road
                    Mira Oduya ................................ 1
            B.  The Ferry Captains' Strike
                    Tobin Hale ................................ 4
            """), 0);

        Assert.Equal(["Ledgers of the Salt Road", "The Ferry Captains' Strike"], entries.Select(e => e.Title).ToList());
    }

    [Fact]
    public void Notes_numbered_with_a_closing_bracket_under_their_heading_are_notes()
    {
        Assert.True(NotesSection.IsEntryLine("1) Interviews with six ferry captains, May 2049."));
        Assert.True(ArticleEndEvidence.Closes(["SOURCES AND NOTES", "1) Interviews with six ferry captains, May 2049."]));
    }

    [Theory]
    [InlineData("The author, Dr. Mira Oduya, directs the coastal programme at the Harlow Institute.", "Mira Oduya")]
    [InlineData("The writer, Tobin Hale, is a reporter based in Quellport.", "Tobin Hale")]
    public void A_bio_may_name_its_writer_between_commas(string text, string name)
    {
        var bio = BioLabel.WithoutLeadIn(text);
        Assert.True(BioParagraph.IsBio(bio));
        Assert.Equal([name], BioParagraph.Subjects(bio));
    }

    [Theory]
    [InlineData("Conducted by Tobin Hale", "Tobin Hale")]
    [InlineData("Interview conducted by Tobin Hale", "Tobin Hale")]
    [InlineData("Interviewed by Mira Oduya", "Mira Oduya")]
    public void An_interviewer_credited_as_conducting_it_bylines_it(string line, string name) =>
        Assert.Equal([name], IssueSegmenter.BylineNames(line));

    [Theory]
    [InlineData("[Mira Oduya]", new[] { "Mira Oduya" })]
    [InlineData("[Mira Oduya, Quellport]", new[] { "Mira Oduya" })]
    public void A_name_in_square_brackets_on_its_own_line_signs_a_piece(string line, string[] names) =>
        Assert.Equal(names, ClosingSignature.DashedNames(line));

    [Theory]
    [InlineData("[1]")]
    [InlineData("[Editor's note]")]
    [InlineData("[Photo: Mira Oduya]")]
    public void Other_lines_in_square_brackets_sign_nothing(string line) => Assert.Null(ClosingSignature.Names(line));

    private const string Issue = """
        Harbour Review
        A review of the coast's armed groups
        Vol. XII (2049)  ·  Issue 7  ·  3 March

        IN THIS ISSUE

        A.  Ledgers of the Salt Road
                Mira Oduya ................................ 1
        B.  The Ferry Captains' Strike
                Tobin Hale ................................ 4
        C.  From the Coast: two reports from the ports ......... 6


        Ledgers of the Salt Road

        By Mira Oduya

        The salt road from the coast to the hill towns has carried contraband for as long
        as anyone remembers, but since the autumn it has carried ledgers too: every
        convoy now stops at three posts, and at each a clerk writes down what it carries.[1]

        The clerks belong to no ministry. They are paid by the convoy owners themselves,
        who say the ledgers keep the peace between the bands that share the road.[2]

        SOURCES AND NOTES

        1) Interviews with four convoy owners in Harlow, January 2049.
        2) Ledger pages seen by the author at the second post, February 2049.

        The author, Dr. Mira Oduya, directs the coastal programme at the Harlow Institute
        and has written on salt smuggling since 2041.

        INTERVIEW

        The Ferry Captains' Strike

        Conducted by Tobin Hale

        The ferry captains of Quellport stopped work for nine days in February, the first
        strike on the water since the port was reopened. Their leader explained why.

        Q: Why did the captains stop?

        A: Because the men who board us at night now ask for money every crossing, and the
        port police tell us to pay them.

        FROM THE COAST

        Checkpoint Fees Double at Orrin Pass

        ORRIN PASS, 1 March — Drivers on the road over the Orrin pass say the fee demanded
        at the barrier below the summit has doubled since the new

        www.harbour.example  |  HR XII·7  |  5

        year, to forty crowns for a loaded lorry. The men at the barrier wear no uniform.

        [Ines Tarrow]

        Schoolteachers Return to Dunmore

        By Cormac Alder

        Eleven of the fourteen teachers who left Dunmore when the fighting reached the town
        have returned, and the school reopened on Monday with half of its pupils.

        www.harbour.example  |  HR XII·7  |  6
        """;

    [Fact]
    public void An_issue_in_these_shapes_is_read_piece_by_piece()
    {
        using var project = PageFixture.Project(Issue);

        project.Import();

        var articles = project.ArticleFiles().Select(project.Read).ToList();
        var byTitle = project.ArticlesByTitle();
        Assert.Equal(
            ["Checkpoint Fees Double at Orrin Pass", "Ledgers of the Salt Road", "Schoolteachers Return to Dunmore", "The Ferry Captains' Strike"],
            byTitle.Keys.Order(StringComparer.Ordinal));
        Assert.All(articles, a => Assert.Contains("date: 2049-03-03\n", a, StringComparison.Ordinal));
        Assert.All(articles, a => Assert.Contains("volume: 12\n", a, StringComparison.Ordinal));
        var feature = byTitle["Ledgers of the Salt Road"];
        Assert.Contains("what it carries.[^1]", feature, StringComparison.Ordinal);
        Assert.Contains("share the road.[^2]", feature, StringComparison.Ordinal);
        Assert.Contains("[^2]: Ledger pages seen by the author", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("directs the coastal programme", feature, StringComparison.Ordinal);
        Assert.Contains("directs the coastal programme", project.Read("input/authors/mira-oduya.md"), StringComparison.Ordinal);
        var interview = byTitle["The Ferry Captains' Strike"];
        Assert.Contains("kind: interview\n", interview, StringComparison.Ordinal);
        Assert.Contains("authors:\n- Tobin Hale\n", interview, StringComparison.Ordinal);
        Assert.DoesNotContain("Checkpoint", interview, StringComparison.Ordinal);
        var brief = byTitle["Checkpoint Fees Double at Orrin Pass"];
        Assert.Contains("kind: brief\n", brief, StringComparison.Ordinal);
        Assert.Contains("authors:\n- Ines Tarrow\n", brief, StringComparison.Ordinal);
        Assert.Contains("since the new year, to forty crowns", brief, StringComparison.Ordinal);
        Assert.Contains("authors:\n- Cormac Alder\n", byTitle["Schoolteachers Return to Dunmore"], StringComparison.Ordinal);
    }

    [Fact]
    public void Reporters_who_also_wrote_the_piece_byline_it() =>
        Assert.Equal(["Mira Oduya", "Tobin Hale"], IssueSegmenter.BylineNames("Reported and written by Mira Oduya and Tobin Hale"));

    [Fact]
    public void Reportage_is_a_genre_of_its_own() => Assert.Equal("reportage", Genres.OwnLabel("REPORTAGE"));

    private const string LabelledTwice = """
        Fellwater Monitor
        Issue 9 (April 2049)
        Published by the Fellwater Trust

        Salt Convoys Stop at the Third Post ........ report, p. 1
        Quarry Road Reopens; Deminers Reach the Village of Harl .... updates, p. 4


        REPORT

        Salt Convoys Stop at the Third Post

        By Mira Oduya

        Since the autumn every salt convoy on the hill road has stopped at three posts,
        and at each a clerk writes down what it carries and who owns it. The clerks
        belong to no ministry and say they keep the peace between the bands.

        The convoy owners pay them, and the owners say the ledgers are cheaper than the
        fights that came before them. Nobody in the province has asked to see them.


        UPDATE

        Quarry Road Reopens After Rockfall

        By Tobin Hale

        The quarry road above Fellwater reopened on Monday after engineers cleared a
        rockfall that had closed it for a week. Lorries carrying flour went through first.


        UPDATE

        Deminers Reach the Village of Harl

        HARL, 2 April — Two demining teams from the provincial office reached Harl this
        week, the first to work in the village since it was shelled three years ago.
        They expect to clear the school grounds and the well path before the summer.
        """;

    [Fact]
    public void A_label_printed_over_two_pieces_heads_the_unsigned_one_too()
    {
        using var project = PageFixture.Project(LabelledTwice);

        project.Import();

        var byTitle = project.ArticlesByTitle();
        Assert.Equal(["Deminers Reach the Village of Harl", "Quarry Road Reopens After Rockfall", "Salt Convoys Stop at the Third Post"], byTitle.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("kind: update\n", byTitle["Deminers Reach the Village of Harl"], StringComparison.Ordinal);
        Assert.Contains("authors: []\n", byTitle["Deminers Reach the Village of Harl"], StringComparison.Ordinal);
        Assert.DoesNotContain("Deminers Reach the Village of Harl", byTitle["Quarry Road Reopens After Rockfall"], StringComparison.Ordinal);
    }
}
