using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Shapes fitted in the forty-fifth session (mix54-new s03, mix55-new): contents entries at the margin that open with a
/// title printed later and say more after it ("Title — NAME, p. 3"), wrapped onto indented lines, a group's name among
/// them that heads a run of pieces; a co-author joined by ", with"; a role after a bar in a byline ("NAME | Guest
/// contributor"); a career told in the past in a closing bio; "Issue 8 of 2049 (vol. 6)". Invented text.
/// </summary>
public class MixShapes55ImportTests
{
    [Fact]
    public void Flush_entries_that_open_with_a_title_printed_later_are_the_contents()
    {
        var lines = SeedText.Lines(Issue);
        var heading = lines.ToList().FindIndex(l => l.Text.Trim() == "Inside this number");
        var read = ListedLaterTitles.Read(lines, heading);
        Assert.NotNull(read);
        Assert.Equal(["Grain Barges on the Lower Fen", "A Harbour Master Looks Back", "Pylons Felled Near Ostby"], read.Value.Titles.Select(t => t.Title));
        Assert.Equal(["Signals"], read.Value.Sections.Select(s => s.Name));
    }

    [Fact]
    public void A_paragraph_under_a_short_line_is_no_contents()
    {
        var lines = SeedText.Lines("""
            Grain on the fen
            The barges that carry grain down the Lower Fen — a dozen in a good week,
            as the lock keepers count them — now wait two days at the weir, p. 1 of their log.

            The barges that carry grain down the Lower Fen
            """);
        Assert.Null(ListedLaterTitles.Read(lines, 0));
    }

    [Fact]
    public void A_recurring_section_printed_later_over_no_listed_title_is_no_section()
    {
        var lines = SeedText.Lines("""
            This morning:
            - Grain barges wait at the weir
            - Overheard
            - Ferry fares rise again

            GRAIN BARGES WAIT AT THE WEIR
            Grain barges wait at the weir
            OVERHEARD
            "Nobody told the lock keepers."
            Ferry fares rise again
            """);
        var read = ListedLaterTitles.Read(lines, 0);
        Assert.NotNull(read);
        Assert.Empty(read.Value.Sections);
    }

    [Theory]
    [InlineData("Dr. Hedda Marrow, with Piet Oduya", new[] { "Hedda Marrow", "Piet Oduya" })]
    [InlineData("Colm Ashby with Rana Vell", new[] { "Colm Ashby", "Rana Vell" })]
    public void A_co_author_joined_by_with_is_a_co_author(string line, string[] names) =>
        Assert.Equal(names, TextShapes.AuthorNames(line));

    [Theory]
    [InlineData("By Colm Ashby | Guest contributor", new[] { "Colm Ashby" })]
    [InlineData("Rana Vell | Staff writer", new[] { "Rana Vell" })]
    public void A_role_after_a_bar_is_no_name(string line, string[] names) =>
        Assert.Equal(names, IssueSegmenter.BylineNames(line));

    [Theory]
    [InlineData("RETROSPECTIVE", "retrospective")]
    [InlineData("Perspective", "perspective")]
    [InlineData("TRIBUTE", "tribute")]
    public void Labels_that_look_back_or_honour_name_their_genre(string label, string kind) => Assert.Equal(kind, Genres.OwnLabel(label));

    [Theory]
    [InlineData("Mr. Colm Ashby covered the port for the Daily Lamp from 2030 to 2041.")]
    [InlineData("Rana Vell reported on the fen towns for the Ostby Courier and now teaches journalism.")]
    public void A_career_told_in_the_past_is_a_bio(string text) => Assert.True(BioParagraph.IsBio(text));

    [Fact]
    public void A_name_that_opens_a_sentence_of_events_in_the_past_is_no_bio() =>
        Assert.False(BioParagraph.IsBio("Piet Oduya wrote to the council twice before the weir was closed."));

    [Theory]
    [InlineData("Issue 8 of 2049 (vol. 6)  ·  28 August 2049", 6, 8, "2049-08-28")]
    [InlineData("Number 3 of 2031, Volume 12 — 4 March 2031", 12, 3, "2031-03-04")]
    public void An_issue_counted_in_its_year_before_the_volume_is_a_volume_line(string line, int volume, int issue, string date)
    {
        var read = VolumeIssueLine.Parse(line);
        Assert.NotNull(read);
        Assert.Equal((volume, issue, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
            (read.Volume!.Value, read.Issue, VolumeIssueLine.DateIn(read.Rest)!.Date));
    }

    [Theory]
    [InlineData("Piet Oduya writes:", new[] { "Piet Oduya" })]
    [InlineData("Research: Hedda Marrow", new[] { "Hedda Marrow" })]
    [InlineData("Research and photos: Colm Ashby", new[] { "Colm Ashby" })]
    [InlineData("A comment by Rana Vell", new[] { "Rana Vell" })]
    public void A_writer_announced_or_credited_for_the_research_bylines_the_piece(string line, string[] names) =>
        Assert.Equal(names, IssueSegmenter.BylineNames(line));

    [Fact]
    public void A_sentence_that_opens_with_a_name_and_writes_is_no_byline() =>
        Assert.Null(IssueSegmenter.BylineNames("Piet Oduya writes to the council every week about the weir."));

    [Fact]
    public void A_bio_that_names_its_one_author_as_the_writer_leaves_the_text()
    {
        using var project = PageFixture.Project("""
            FENWATER REVIEW

            Vol. 9, Issue 15  |  16 June 2049

            OPINION

            Keep the Weir Open at Night

            Piet Oduya writes:

            The weir at Ostby closes at dusk because the district cannot pay a night keeper. Every barge that
            misses the last lock waits until morning, and the men who sell passage past the weir by night have
            never had so much business.

            A night keeper would cost less than one month of the fees the bargemen now pay to strangers.

            The writer is a former lock keeper at Ostby and chairs the Lower Fen bargemen's association.
            """);

        project.Import();

        var piece = project.ArticlesByTitle()["Keep the Weir Open at Night"];
        Assert.Contains("authors:\n- Piet Oduya\n", piece, StringComparison.Ordinal);
        Assert.DoesNotContain("former lock keeper", piece, StringComparison.Ordinal);
        Assert.Contains("former lock keeper", project.Read("input/authors/piet-oduya.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vol. 12 (XII)  —  Iss. 3                                        04/05/2049", 12, 3)]
    [InlineData("Volume 9 [IX] · Number 21 · 1 March 2031", 9, 21)]
    public void A_volume_printed_in_figures_and_roman_numerals_is_a_volume_line(string line, int volume, int issue)
    {
        var read = VolumeIssueLine.Parse(line);
        Assert.NotNull(read);
        Assert.Equal((volume, issue), (read.Volume!.Value, read.Issue));
    }

    [Fact]
    public void A_masthead_of_fields_stacked_one_a_line_reads_as_one_volume_line()
    {
        var folded = MastheadTable.FoldStacked(["                    VOL.     XII", "                    NO.      7", "                    DATED    3 MARCH 2049"]);
        Assert.Equal("VOL. XII · NO. 7 · DATED 3 MARCH 2049", folded);
        var read = VolumeIssueLine.Parse(folded!);
        Assert.Equal((12, 7, new DateOnly(2049, 3, 3)), (read!.Volume!.Value, read.Issue, VolumeIssueLine.DateIn(read.Rest)!.Date));
    }

    [Fact]
    public void Other_stacked_lines_are_no_masthead()
    {
        Assert.Null(MastheadTable.FoldStacked(["Editor     Ann Lee", "Desk       Quito"]));
        Assert.Null(MastheadTable.FoldStacked(["VOLUME     XII"]));
    }

    [Fact]
    public void A_byline_wrapped_onto_a_second_line_names_everyone_on_one()
    {
        var joined = WrappedBylines.Join(SeedText.Lines("""
            By Professor Hedda Marrow
            and Piet Oduya

            The barges wait at the weir.
            and the keepers say nothing.
            """));
        Assert.Equal("By Professor Hedda Marrow and Piet Oduya", joined[0].Text);
        Assert.True(joined[1].IsBlank);
        Assert.Equal("and the keepers say nothing.", joined[4].Text.Trim());
    }

    private const string Issue = """
        FENWATER REVIEW

        Vol. 9, Issue 14  |  2 June 2049

        Inside this number
        Grain Barges on the Lower Fen — Hedda Marrow
           and Piet Oduya, p. 1
        A Harbour Master Looks Back — Colm Ashby, p. 4
        Signals
        Pylons Felled Near Ostby — Rana Vell, p. 6


        CASE STUDY

        Grain Barges on the Lower Fen

        Dr. Hedda Marrow, with Piet Oduya

        The barges that carry grain down the Lower Fen used to pass the weir at Ostby in an
        hour. Since the spring they have waited two days, while men with no uniform inspect
        their holds and take a fee for each one.

        The lock keepers know the men by name and say nothing, because the men also keep
        the weir free of the smugglers' boats that used to jam it every night.

        RETROSPECTIVE

        A Harbour Master Looks Back

        By Colm Ashby | Guest contributor

        When I took over the harbour at Ostby in 2030 the quay had four cranes and one of
        them worked. The port was quiet because nobody trusted it, and the fen towns sent
        their grain by road, paying tolls at every bridge.

        That changed slowly, and then all at once, when the bridges began to fall.

        Mr. Colm Ashby covered the port for the Daily Lamp from 2030 to 2041 and was its
        harbour master until last year.

        SIGNALS

        Pylons Felled Near Ostby

        By Rana Vell

        Two electricity pylons were cut down near Ostby on Sunday night, leaving the weir's
        pumps without power for a day. Nobody has said who felled them.

        Ferry Crews Ask for Escorts

        Tamsin Orley

        The crews of the fen ferries have asked the district for armed escorts after two
        boats were stopped and searched by masked men near the lower locks.

        Toll Booth Burned on the Causeway

        A toll booth on the causeway east of Ostby was burned on Tuesday. The district says
        it will not rebuild it until the causeway is patrolled.

        (Review staff)
        """;

    [Fact]
    public void An_issue_in_these_shapes_is_read_piece_by_piece()
    {
        using var project = PageFixture.Project(Issue);

        project.Import();

        var byTitle = project.ArticlesByTitle();
        Assert.Equal(
            ["A Harbour Master Looks Back", "Ferry Crews Ask for Escorts", "Grain Barges on the Lower Fen", "Pylons Felled Near Ostby", "Toll Booth Burned on the Causeway"],
            byTitle.Keys.Order(StringComparer.Ordinal));
        var study = byTitle["Grain Barges on the Lower Fen"];
        Assert.Contains("kind: case study\n", study, StringComparison.Ordinal);
        Assert.Contains("authors:\n- Hedda Marrow\n- Piet Oduya\n", study, StringComparison.Ordinal);
        var retrospective = byTitle["A Harbour Master Looks Back"];
        Assert.Contains("kind: retrospective\n", retrospective, StringComparison.Ordinal);
        Assert.Contains("authors:\n- Colm Ashby\n", retrospective, StringComparison.Ordinal);
        Assert.DoesNotContain("Daily Lamp", retrospective, StringComparison.Ordinal);
        Assert.Contains("Daily Lamp", project.Read("input/authors/colm-ashby.md"), StringComparison.Ordinal);
        foreach (var brief in new[] { "Pylons Felled Near Ostby", "Ferry Crews Ask for Escorts", "Toll Booth Burned on the Causeway" })
            Assert.Contains("kind: brief\n", byTitle[brief], StringComparison.Ordinal);
        Assert.Contains("authors:\n- Tamsin Orley\n", byTitle["Ferry Crews Ask for Escorts"], StringComparison.Ordinal);
        Assert.Contains("authors: []\n", byTitle["Toll Booth Burned on the Causeway"], StringComparison.Ordinal);
        Assert.DoesNotContain("Review staff", byTitle["Toll Booth Burned on the Causeway"], StringComparison.Ordinal);
    }
}
