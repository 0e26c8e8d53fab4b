using System.Globalization;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Invented heads of scraped pages (issue 6, web8): the lines around a headline that are not it — a section's label, a
/// newsletter's tagline, a subtitle, a field listing people, an occasion and its date — and date shapes of record pages.
/// </summary>
public class PageHeadLinesTests
{
    private const string Prose =
        "The night ferries to the outer islands will run again from Monday, the operator said, after a winter in which storms and a shortage of crews kept them in port.";

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Fact]
    public void A_short_section_label_over_a_headline_is_not_the_title()
    {
        string[] lines = ["Harbour Trust", "Voices from the quay", "Night ferries return to the outer islands", "12 May 2031", Prose];
        Assert.Equal(2, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
        string[] notice = ["HARBOUR TRUST", "Advice for skippers", "New speed limits for pleasure craft in the inner basin", "Published 3 June 2031", Prose];
        Assert.Equal(2, PageTitle.Choose(notice, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void A_short_headline_over_its_standfirst_keeps_the_title()
    {
        string[] lines = ["Sign in", "The ferryman's winter", "What a season without crossings did to the island schools and their teachers", "Mara Oyelowo", "Jun 4, 2031", Prose];
        Assert.Equal(1, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void A_title_case_headline_over_a_sentence_case_subtitle_is_the_title()
    {
        string[] lines = ["Sign in", "How the Delta Pilots Learned to Read the Sandbanks", "Lessons from a decade of night crossings", "Mara Oyelowo", "Jun 4, 2031", Prose];
        Assert.Equal(1, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void A_tagline_under_the_page_s_first_line_is_the_masthead_s()
    {
        string[] lines = ["The Reed Almanac", "A monthly letter on marsh farming and flood banks", "What the spring tides did to the north bank", "Tobias Venn", "Apr 2, 2031", Prose];
        Assert.Equal(2, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void A_field_listing_people_is_never_the_title()
    {
        string[] lines = ["TRIBUNAL DECISION", "Harbour Board v Ostrand Towage Ltd", "Decision date: 2 June 2031", "Members: Judge Harrow, Ms Okafor-Lind, Mr Brecken, Dr Sallis", Prose];
        Assert.Equal(1, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
        Assert.True(LabelledField.IsNameList("Members: Judge Harrow, Ms Okafor-Lind, Mr Brecken, Dr Sallis"));
        Assert.False(LabelledField.IsNameList("Sahel: Mali, Niger and Burkina Faso"));
        Assert.False(LabelledField.IsNameList("Ports: what the new rules mean, and for whom"));
    }

    [Fact]
    public void An_occasion_and_its_date_under_the_headline_dates_the_page_and_is_not_the_title()
    {
        Assert.Equal(Day("2031-06-03"), PlaceDateLine.Read("Meeting of the harbour board, 3 June 2031")!.Date);
        Assert.Equal(Day("2031-06-03"), PlaceDateLine.Read("Sitting of the finance committee, Tuesday 3 June 2031")!.Date);
        Assert.Null(PlaceDateLine.Read("Meeting the ferry crews who kept the islands going"));
        string[] lines = ["Ostrand Borough Council", "Parking: charges at the harbour car park", "Meeting of the harbour board, 3 June 2031", "Asked by Councillor Petra Lind-Osei", Prose];
        Assert.Equal(1, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Theory]
    [InlineData("DTG 041530Z MAY 31", "2031-05-04", DateRole.Plain)]
    [InlineData("220900Z OCT 2030", "2030-10-22", DateRole.Plain)]
    [InlineData("Last updated: 9 June 2031 10:15 BST  |  First published: 8 June 2031 17:02 BST", "2031-06-08", DateRole.Published)]
    [InlineData("05/06/2031 - 09h15 · Updated 06/06/2031 - 11h20", "2031-06-05", DateRole.Plain)]
    public void Reads_date_time_groups_long_two_date_lines_and_day_first_times(string line, string expected, DateRole role)
    {
        var reading = DateLine.Read(line);
        Assert.NotNull(reading);
        Assert.Equal(Day(expected), reading.Date);
        Assert.Equal(role, reading.Role);
    }

    [Fact]
    public void A_slash_date_without_a_day_first_time_stays_ambiguous() => Assert.Null(DateLine.Read("05/06/2031 - 09:15"));

    [Theory]
    [InlineData("Volume 88: debated on Wednesday 4 June 2031", "2031-06-04")]
    [InlineData("Case 114/31, heard on 2 June 2031", "2031-06-02")]
    public void A_record_s_reference_before_its_publishing_verb_is_passed_over(string line, string expected) =>
        Assert.Equal(Day(expected), HeadDate.Labelled(line)!.Date);

    [Fact]
    public void A_reference_with_a_stage_before_publication_is_no_publishing_line() =>
        Assert.Null(HeadDate.Labelled("Ref 4471, tabled on 1 June 2031"));

    [Theory]
    [InlineData("LISBON, 2 June 2031 — The association of river pilots today published its annual report on groundings.", "2031-06-02")]
    [InlineData("OSTRAND, NORTH CAPE, June 2, 2031 – The harbour board said on Monday that it would close the old quay.", "2031-06-02")]
    [InlineData("Port Halvard, 2 June 2031 – The ministry said the new ferry would enter service in the autumn.", "2031-06-02")]
    public void A_press_release_dateline_gives_the_whole_date(string paragraph, string expected) =>
        Assert.Equal(Day(expected), WireDateline.FullDate(paragraph)!.Date);

    [Theory]
    [InlineData("PUERTO ARENAL, March 4 (Agency) – Gunmen robbed a ferry on the lake on Tuesday, police said.")]
    [InlineData("The harbour board, 2 June 2031 – a date nobody on the quay will forget – voted to close the old quay.")]
    public void A_dateline_without_a_whole_date_or_a_sentence_gives_none(string paragraph) =>
        Assert.Null(WireDateline.FullDate(paragraph));
}
