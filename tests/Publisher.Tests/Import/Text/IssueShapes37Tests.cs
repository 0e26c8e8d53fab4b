using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes fitted in the thirty-seventh session (issues44-new): an issue printed without blank lines whose contents have
/// no heading and open on a section's name in capitals over entries that print their page first; a title wrapped after a
/// modal; bylines of a former office-holder; a run's pieces signed "NAME / Role" and the publisher's notice closing the
/// issue; the contents listed in the report. Invented text.
/// </summary>
public class IssueShapes37Tests
{
    private const string IssueWithoutBlankLines = """
        HARBOUR WATCH
        Notes on port security from the Quayside Institute
        Volume 7 (2042) · Issue 11 · Monday 2 June 2042
        REPORTS
        1  Who Pays for the Night Patrols on the Lower Wharf
        4  Why the Dredging Contract Failed, and What the Board Could
           Learn From It
        SHORT ITEMS
        6  Crane Driver Held After Container Falls
        6  Customs Hut at Pier Nine Reopens
        REPORTS
        Who Pays for the Night Patrols on the Lower Wharf
        By former Harbour Commissioner Tobiah Lindqvist-Mare
        The night patrols on the lower wharf cost the port authority a little over
        two million a year, and nobody has yet agreed who should pay for them.
        The shipping lines say the wharf is public ground. The city says it is not.
        Why the Dredging Contract Failed, and What the Board Could Learn From It
        By retired Colonel Annika Brede-Sowunmi
        The dredging of the inner channel was meant to take eight months and has
        taken twenty, and the contractor has now walked away from the work.
        The board will have to tender again before the autumn storms.
        SHORT ITEMS
        Crane Driver Held After Container Falls
        A crane driver was held overnight after a container fell onto the quay at
        berth four on May 28. Nobody was hurt; the port has opened an inquiry.
        Osric Vantongeren / Port Reporter
        Customs Hut at Pier Nine Reopens
        The customs hut at pier nine reopened on May 30 after a month of repairs
        to its roof and its radio mast. Lorries queued past the gate for most of
        the morning while the officers unpacked their files.
        Pelagia Moorcroft-Eze, Duty Officer, Pier Nine Customs
        Harbour Watch is published every other Monday by the Quayside Institute.
        """;

    private static RawReadResult ReadIssue() => new WholeIssueFormat().Read(IssueWithoutBlankLines, new RawSource("seeds/harbour-watch.txt"));

    [Fact]
    public void A_contents_list_with_no_heading_opening_on_a_section_name_over_page_first_entries_cuts_the_run_on_pages()
    {
        var drafts = ReadIssue().Drafts;
        Assert.Equal(
            ["Who Pays for the Night Patrols on the Lower Wharf", "Why the Dredging Contract Failed, and What the Board Could Learn From It",
             "Crane Driver Held After Container Falls", "Customs Hut at Pier Nine Reopens"],
            drafts.Select(d => d.Title));
        Assert.Equal(["Tobiah Lindqvist-Mare"], drafts[0].Authors);
        Assert.Equal(["Annika Brede-Sowunmi"], drafts[1].Authors);
        Assert.Equal(["Osric Vantongeren"], drafts[2].Authors);
        Assert.Equal(["Pelagia Moorcroft-Eze"], drafts[3].Authors);
        Assert.DoesNotContain("published every other Monday", drafts[3].Body);
        Assert.DoesNotContain("Duty Officer", drafts[3].Body);
    }

    [Fact]
    public void The_contents_read_at_the_top_are_listed_as_dropped_line_by_line()
    {
        var contents = ReadIssue().Dropped.Where(d => d.Kind == "table of contents").ToList();
        Assert.Equal([4, 5, 6, 7, 8, 9, 10], contents.Select(d => d.Location.Line));
        Assert.Equal("Learn From It", contents[3].Text);
    }

    [Fact]
    public void The_publishers_notice_closing_the_issue_is_dropped_as_one()
    {
        var notice = Assert.Single(ReadIssue().Dropped, d => d.Kind == "publisher's notice");
        Assert.Equal(32, notice.Location.Line);
    }

    [Theory]
    [InlineData("By former Police Commissioner Saskia Orlov-Bright", "Saskia Orlov-Bright")]
    [InlineData("By retired Colonel Emeric Tallis", "Emeric Tallis")]
    [InlineData("By ex-Inspector Hanne Solberg-Okafor", "Hanne Solberg-Okafor")]
    [InlineData("By former Deputy Commissioner Ruari Pellew and Ines Markham", "Ruari Pellew,Ines Markham")]
    [InlineData("By former Lockkeeper Ysolde Barrantes", "Ysolde Barrantes")]
    public void A_former_or_retired_office_before_a_rank_is_no_part_of_the_name(string line, string names) =>
        Assert.Equal(names.Split(','), Byline.Read(line)?.Names ?? []);

    [Theory]
    [InlineData("By former colleagues of the late harbour master")]
    [InlineData("By retired standards, the wharf was quiet")]
    [InlineData("By former Tarnby Harbour Board Members")]
    public void Former_or_retired_before_no_rank_opens_no_byline(string line) => Assert.Null(Byline.Read(line));

    [Fact]
    public void A_contents_list_with_no_heading_may_open_on_a_section_name_over_one_page_first_entry_when_more_sections_follow()
    {
        var text = "ANALYSIS\np. 1   Salt Barges on the Upper Canal\nNOTEBOOK\np. 3   Lock Gates Repainted at Tarnby\n\nANALYSIS\n\nSalt Barges on the Upper Canal\n";
        var (entries, _) = IssueContents.Read(SeedText.Lines(text), 0);
        Assert.Equal(["Salt Barges on the Upper Canal", "Lock Gates Repainted at Tarnby"], entries.Where(e => !e.IsSection).Select(e => e.Title));
    }

    [Theory]
    [InlineData("Why the Dredging Contract Failed, and What the Board Could", true)]
    [InlineData("What Ministers Should", true)]
    [InlineData("The Board Will Decide in May", false)]
    public void A_title_line_ending_on_a_modal_is_continued_by_the_next(string line, bool open) => Assert.Equal(open, TitleContinuation.EndsOpen(line));

    [Fact]
    public void A_list_of_dashed_items_needs_no_heading_and_its_titles_may_be_printed_later_in_capitals()
    {
        var text = "Good morning, Tarnby.\n\n-- Lifeboat crew called out twice in one night\n-- Tide times\n-- School roof repairs will run into the spring\n\n"
            + "LIFEBOAT CREW CALLED OUT TWICE IN ONE NIGHT\n\nThe crew went out at midnight.\n\nTIDE TIMES\n\nHigh  06:12  4.1 m\n\n"
            + "SCHOOL ROOF REPAIRS WILL RUN INTO THE SPRING\n\nThe builders found rot.\n";
        var listed = ListedLaterTitles.Read(SeedText.Lines(text), 2);
        Assert.Equal(["Lifeboat crew called out twice in one night", "School roof repairs will run into the spring"], listed?.Titles.Select(t => t.Title) ?? []);
    }

    [Fact]
    public void Items_after_a_sentence_with_no_blank_line_are_no_headless_list()
    {
        var text = "We have three stories today.\n-- Lifeboat crew called out twice in one night\n-- School roof repairs will run into the spring\n\n"
            + "LIFEBOAT CREW CALLED OUT TWICE IN ONE NIGHT\n\nSCHOOL ROOF REPAIRS WILL RUN INTO THE SPRING\n";
        Assert.Null(ListedLaterTitles.Read(SeedText.Lines(text), 1));
    }

    [Theory]
    [InlineData(new[] { "Tarnby to Oskay    07:10   12:40   17:05", "Oskay to Tarnby    08:20   13:50   18:15", "No crossing on Sunday after 16:00." }, true)]
    [InlineData(new[] { "Tarnby to Oskay    07:10   12:40   17:05", "The ferry company says the timetable will change again in March, when the new boat arrives." }, false)]
    public void Rows_of_figures_may_end_on_one_short_note(string[] rows, bool recurring) => Assert.Equal(recurring, RecurringBlock.IsContent(rows));
}
