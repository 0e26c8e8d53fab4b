using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Shapes fitted in the forty-fourth session (mix53-new r03): contents that print a one-sentence summary indented under
/// each title, a genre or a section before a dash ("Special report — Title", "Around the Basin — four items"); notes
/// numbered "(1)" under a "Sources" heading; a closing bio in quotation marks; an unsigned piece credited to the paper's
/// desk ("Staff report"); a copyright notice wrapped over two lines. Invented text.
/// </summary>
public class SummarisedContentsImportTests
{
    [Fact]
    public void A_list_with_a_summary_indented_under_each_title_is_read_by_its_titles()
    {
        var read = ListedLaterTitles.Read(SeedText.Lines("""
            OVERVIEW

            Field report — The Ferrymen of Lake Osk
                How the ferry cartel came to carry the militia's mail.
            Counting the Dead in Varra
                A hospital clerk's ledger is the only record, and it is
                incomplete.
            Around the Basin — four items

            FIELD REPORT

            The Ferrymen of Lake Osk

            Counting the Dead in Varra

            AROUND THE BASIN
            """), 0);

        Assert.NotNull(read);
        Assert.Equal(["The Ferrymen of Lake Osk", "Counting the Dead in Varra"], read.Value.Titles.Select(t => t.Title).ToList());
        Assert.Equal(8, read.Value.End);
    }

    [Theory]
    [InlineData("Staff report")]
    [InlineData("From staff reports")]
    [InlineData("Staff and agencies")]
    [InlineData("Wire reports")]
    [InlineData("Staff and wire reports")]
    public void The_desk_or_the_wires_unnamed_credit_a_piece_to_nobody(string line)
    {
        Assert.True(CollectiveByline.IsPapersOwn(line));
        Assert.True(CollectiveByline.IsCredit(line));
    }

    [Theory]
    [InlineData("Staff reported the leak on Monday.")]
    [InlineData("Report of the Staff Committee")]
    [InlineData("Wire Reports Doubted")]
    public void Lines_about_staff_or_reports_are_no_credit(string line) => Assert.False(CollectiveByline.IsPapersOwn(line));

    [Theory]
    [InlineData("‘Teodor Vance is a geographer who has mapped the lake's shore since 2039.’")]
    [InlineData("“Teodor Vance is an economist at the Osk Institute.”")]
    public void A_bio_in_quotation_marks_is_a_bio(string text) => Assert.True(BioParagraph.IsBio(text));

    [Theory]
    [InlineData("“Teodor Vance is a consultant,” the minister said, “and nothing more.”")]
    [InlineData("‘Teodor Vance is a geographer,’ she wrote; the ministry’s files say otherwise.")]
    public void A_quotation_that_only_opens_with_a_name_is_no_bio(string text) => Assert.False(BioParagraph.IsBio(text));

    [Theory]
    [InlineData("Sources")]
    [InlineData("References")]
    [InlineData("Notes")]
    [InlineData("ENDNOTES")]
    public void Every_notes_heading_is_one_notion(string line) => Assert.True(NotesSection.IsNotesHeading(line));

    private const string Issue = """
        2047-06-03                                                  Vol. XLV / No. 11

        TERRORISM MONITOR
        A fortnightly review of armed movements

        OVERVIEW

        Field report — The Ferrymen of Lake Osk
            How the ferry cartel came to carry the militia's mail.
        Counting the Dead in Varra
            A hospital clerk's ledger is the only record, and it is incomplete.
        Around the Basin — two items


        FIELD REPORT

        The Ferrymen of Lake Osk

        Ilse Varga, Benedek Sorn

        The ferries of Lake Osk run on a timetable nobody prints. Each boat belongs to one
        of four families, and the families decide between them who crosses, when and at
        what price.(1)

        Since the spring the militia on the western shore has used the ferries to carry its
        letters, its money and, twice, its wounded. The families say they had no choice.(2)

        Sources

        (1) Interviews with six ferry captains, Osk harbour, April 2047.
        (2) Statement of the Osk harbour master, 2 May 2047.

        Counting the Dead in Varra

        by Teodor Vance

        The district hospital in Varra keeps a ledger of the dead. Its clerk writes each
        name in ink, with the date and the cause, and the ledger is now the only record of
        the fighting that anyone in the district trusts.

        It is incomplete. Families who bury their dead at home do not come to the
        hospital, and the clerk estimates that a third of the dead are never written down.

        ‘Teodor Vance is a demographer who has worked on mortality records in the basin
        since 2040.’


        AROUND THE BASIN

        Grain Barges Resume on the Lower Canal

        — Hanne Oduya

        Grain barges moved on the lower canal on Thursday for the first time since the
        lock at Pellin was damaged in March. The boatmen reported no inspections.

        Curfew Lifted in Two Villages

        Staff report

        The provincial police lifted the night curfew in Amsel and Dorn on Saturday, three
        weeks after it was imposed when a patrol was ambushed on the Dorn road.


        © 2047 The Kestrel Foundation. The Terrorism Monitor appears fortnightly. Opinions are
        those of the contributors.
        """;

    [Fact]
    public void An_issue_with_summarised_contents_keeps_its_kinds_notes_bios_and_unsigned_run_pieces()
    {
        using var project = PageFixture.Project(Issue);

        project.Import();

        var byTitle = project.ArticlesByTitle();
        Assert.Equal(
            ["Counting the Dead in Varra", "Curfew Lifted in Two Villages", "Grain Barges Resume on the Lower Canal", "The Ferrymen of Lake Osk"],
            byTitle.Keys.Order(StringComparer.Ordinal));
        var report = byTitle["The Ferrymen of Lake Osk"];
        Assert.Contains("kind: field report\n", report, StringComparison.Ordinal);
        Assert.Contains("price.[^1]", report, StringComparison.Ordinal);
        Assert.Contains("choice.[^2]", report, StringComparison.Ordinal);
        Assert.Contains("[^2]: Statement of the Osk harbour master", report, StringComparison.Ordinal);
        var feature = byTitle["Counting the Dead in Varra"];
        Assert.Contains("kind: feature\n", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("demographer", feature, StringComparison.Ordinal);
        Assert.Contains("demographer", project.Read("input/authors/teodor-vance.md"), StringComparison.Ordinal);
        var curfew = byTitle["Curfew Lifted in Two Villages"];
        Assert.Contains("kind: brief\n", curfew, StringComparison.Ordinal);
        Assert.Contains("authors: []\n", curfew, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff report", curfew, StringComparison.Ordinal);
        Assert.DoesNotContain("contributors", curfew, StringComparison.Ordinal);
        Assert.Contains("kind: brief\n", byTitle["Grain Barges Resume on the Lower Canal"], StringComparison.Ordinal);
    }

    private const string Page = """
        Harbour Watch
        Home › Analysis › Lakes
        The Quiet Ferries of Lake Osk
        by Ilse Varga · 3 June 2047
        The ferries of Lake Osk run on a timetable nobody prints, and each boat belongs to one of four families who decide between them who crosses and at what price.[1]
        Since the spring the militia on the western shore has used the ferries to carry its letters and its money, and the families say they had no choice in the matter.[2]
        The harbour master has asked the province for a patrol boat twice this year, and twice the request has come back with a note that there is no money for fuel.
        Sources
        [1] Interviews with six ferry captains, Osk harbour, April 2047.
        [2] Statement of the Osk harbour master, 2 May 2047.
        Ilse Varga
        Ilse Varga reports on the lake ports for the Trust and has crossed Lake Osk every season since 2040.
        © 2047 Harbour Watch · Privacy
        """;

    [Fact]
    public void A_name_over_its_bio_after_the_notes_is_no_note()
    {
        using var project = PageFixture.Project(Page);

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("[^2]: Statement of the Osk harbour master, 2 May 2047.\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("    Ilse Varga", article, StringComparison.Ordinal);
        Assert.Contains("crossed Lake Osk every season", project.Read("input/authors/ilse-varga.md"), StringComparison.Ordinal);
    }
}
