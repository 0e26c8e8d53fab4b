using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Invented header lines of scraped pages: date-and-time lines, bylines in labelled parts, credits, role lines.</summary>
public class PageHeadTests
{
    [Theory]
    [InlineData("04/03/2027 - 18h05 · Updated 05/03/2027 - 09h40")]
    [InlineData("14.20 BST")]
    [InlineData("Updated at 07.15")]
    [InlineData("Tue 9 Mar 2027 16.44 CET")]
    [InlineData("9-Mar-2027, 4:10 p.m. (UTC+2)")]
    [InlineData("Published 12 hours ago")]
    [InlineData("2027-03-09T16:44")]
    public void A_line_of_dates_and_times_is_a_timestamp(string line) => Assert.True(TimestampLine.Is(line));

    [Theory]
    [InlineData("3h ago Hostages reach the airport")]
    [InlineData("The 2027 Budget in 12 Charts")]
    [InlineData("Fishing Quotas Cut by 40% in the Northern Lakes")]
    [InlineData("Risk Briefing")]
    public void A_title_is_not_a_timestamp(string line) => Assert.False(TimestampLine.Is(line));

    [Theory]
    [InlineData("Translated from the Romanian by Petra Vasquez-Holm", "translator", "Petra Vasquez-Holm")]
    [InlineData("Translated by Ilse Marrow and Tobi Adeyemi", "translator", "Ilse Marrow; Tobi Adeyemi")]
    [InlineData("Translation: Koen Dalgaard", "translator", "Koen Dalgaard")]
    [InlineData("Edited by Maren Kosko", "editor", "Maren Kosko")]
    [InlineData("(Editing by Felix Amundsen)", "editor", "Felix Amundsen")]
    public void A_translator_or_editor_credit_names_no_author(string line, string role, string names)
    {
        var credit = ContributorCredit.Read(line)!;
        Assert.Equal(role, credit.Role);
        Assert.Equal(names, string.Join("; ", credit.Names));
    }

    [Theory]
    [InlineData("Translated versions of the report are available")]
    [InlineData("Edited highlights of the debate")]
    public void A_sentence_about_translation_is_no_credit(string line) => Assert.Null(ContributorCredit.Read(line));

    [Theory]
    [InlineData("Compiled by the Country Risk Team — senior analyst: Hedda Lindqvist", "Hedda Lindqvist")]
    [InlineData("Reporting by Jonas Ekwueme and Rosa Lintel; Editing by Mark Oduya", "Jonas Ekwueme; Rosa Lintel")]
    [InlineData("Lead author: Sabine Okafor | Editor: Ruth Kell", "Sabine Okafor")]
    [InlineData("Prepared by Anders Holt - translated by Mira Castell", "Anders Holt")]
    [InlineData("Clara Menon (now), Idris Falk and Jo Werther (earlier)", "Clara Menon; Idris Falk; Jo Werther")]
    [InlineData("Petra Lunde (until noon) and Samuel Achebe (later)", "Petra Lunde; Samuel Achebe")]
    public void Bylines_in_labelled_parts_name_only_the_writers(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line)!.Names));

    [Theory]
    [InlineData("Prepared by the Research Desk")]
    [InlineData("Editing by Mark Oduya")]
    [InlineData("Members' area | Brokers | Claims: +00 31 555 0188")]
    [InlineData("Ports (north) and Harbours (south)")]
    public void Lines_without_a_writer_are_no_byline(string line) => Assert.Null(Byline.Read(line));

    [Theory]
    [InlineData("Special correspondent, Port Amara")]
    [InlineData("Staff writer")]
    [InlineData("Senior Fellow, Energy Programme")]
    [InlineData("Correspondent in Lusaka")]
    [InlineData("Special to The Kelby Courier")]
    public void A_role_under_a_name_is_an_author_role(string line) => Assert.True(AuthorRoleLine.Is(line));

    [Theory]
    [InlineData("Reuters News")]
    [InlineData("The correspondent who never came home")]
    [InlineData("Ann Lee")]
    [InlineData("Special to me")]
    public void Other_short_lines_are_no_author_role(string line) => Assert.False(AuthorRoleLine.Is(line));

    [Fact]
    public void A_title_under_a_series_label_wins_over_a_utility_bar_and_the_label()
    {
        string[] lines =
        [
            "HALVARD REINSURANCE",
            "Clients | Partners | Helpline 24h: +00 44 2071 8830",
            "Country Watch 7/12",
            "Lake Morrow Shipping Lanes See Fewer Escorts as Budgets Shrink",
            "Distribution: CLIENTS  ·  Region: Great Lakes  ·  Issued 3-Feb-2027",
            "Compiled by the Country Risk Team — senior analyst: Hedda Lindqvist",
            "Escort convoys on the northern shipping lanes of Lake Morrow fell from six a week to two in January, and three vessels reported approaches by armed skiffs.",
        ];
        Assert.Equal(3, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void A_date_and_time_line_or_a_live_blog_byline_is_never_the_title()
    {
        string[] lines =
        [
            "The Evening Courier",
            "News | Sport | Weather",
            "Floods in the Varne valley: rescue boats reach cut-off villages – as it happened",
            "Clara Menon (now), Idris Falk and Jo Werther (earlier)",
            "Tue 9 Mar 2027 16.44 CET",
            "Rescue crews reached the last of the cut-off villages shortly before dusk, the regional fire service said in its final briefing of the day.",
        ];
        Assert.Equal(2, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void The_crawler_title_with_a_label_before_it_still_names_the_title_line()
    {
        string[] lines =
        [
            "Country Watch 7/12",
            "Lake Morrow Shipping Lanes See Fewer Escorts",
            "Escort convoys on the northern shipping lanes of Lake Morrow fell from six a week to two in January, and three vessels reported approaches.",
        ];
        var hints = new PageTitleHints("Country Watch 7/12 — Lake Morrow Shipping Lanes See Fewer Escorts", [], null);
        Assert.Equal(1, PageTitle.Choose(lines, hints)!.Index);
    }
}
