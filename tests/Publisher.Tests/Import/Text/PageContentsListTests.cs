using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A web page's list of its own sections before its text (<see cref="PageContentsList"/>). Invented headings.</summary>
public class PageContentsListTests
{
    private static List<(string, int)> Lines(params string[] texts) => texts.Select((t, i) => (t, i + 10)).ToList();

    [Fact]
    public void Four_short_capitalised_lines_one_under_another_are_the_list_with_its_heading()
    {
        Assert.Equal(5, PageContentsList.LengthAt(Lines("On this page", "Overview", "Ferry routes", "Safety at the quays", "Getting help", "Updated 3 May 2034")));
        Assert.Equal(4, PageContentsList.LengthAt(Lines("Overview", "Ferry routes", "Safety at the quays", "Getting help")));
    }

    [Fact]
    public void Three_items_a_sentence_or_a_blank_line_between_make_no_list()
    {
        Assert.Equal(0, PageContentsList.LengthAt(Lines("Contents", "Overview", "Ferry routes", "Getting help")));
        Assert.Equal(0, PageContentsList.LengthAt(Lines("Overview", "The ferries stopped.", "Safety at the quays", "Getting help")));
        Assert.Equal(0, PageContentsList.LengthAt([("Overview", 1), ("Ferry routes", 2), ("Safety at the quays", 4), ("Getting help", 5)]));
    }

    private static bool Dated(string line) => line.StartsWith("Updated", StringComparison.Ordinal) || line.Trim().StartsWith("9 Sep", StringComparison.Ordinal);

    [Fact]
    public void A_list_between_the_title_and_the_dated_line_is_the_lines_under_the_title()
    {
        var lines = Lines("Home > Travel > Norvik", "Norvik travel advice: safety", "Overview", "Ferry routes", "Safety at the quays", "Health", "Getting help",
            "Updated 3 May 2034", "The ferries to the outer islands run again after a month in which the harbour office kept them in port.");
        Assert.Equal([2, 3, 4, 5, 6], PageContentsList.UnderTitle(lines, Dated));
    }

    [Fact]
    public void A_title_and_a_byline_a_box_of_indented_fields_or_a_blank_line_make_no_list_under_the_title()
    {
        Assert.Empty(PageContentsList.UnderTitle(Lines("Norvik travel advice", "By Ines Harrow", "Updated 3 May 2034"), Dated));
        // A site's menu and the page's label over the date, the title under it.
        Assert.Empty(PageContentsList.UnderTitle(Lines("Norvik Centre for Coastal Studies", "Research", "People", "News", "Contact", "COMMENTARY",
            "Updated 3 May 2034", "The quiet return of the ferry smugglers", "The ferries to the outer islands run again after a month in port."), Dated));
        Assert.Empty(PageContentsList.UnderTitle(Lines("Norvik: a situation report", "Format", "       Situation Report", "Source", "       Norvik Relief Office",
            "Posted", "       9 Sep 2030"), Dated));
        Assert.Empty(PageContentsList.UnderTitle([("Norvik travel advice", 1), ("Overview", 2), ("Ferry routes", 3), ("Safety", 5), ("Health", 6), ("Getting help", 7),
            ("Updated 3 May 2034", 8)], Dated));
    }

    [Fact]
    public void A_line_amid_a_menu_of_short_lines_is_amid_a_list_but_the_lines_that_open_or_close_it_are_not()
    {
        string[] head = ["Lexicon of Norvik", "Main page", "Contents", "Random entry", "About the Lexicon", "Contribute", "Search Lexicon",
            "GLOSSARY ENTRY", "Toll roads", "From the Lexicon of Norvik, the open reference on the coast", "A toll road is a road on which a fee is charged."];
        Assert.True(PageContentsList.IsAmidList(head, 4));
        Assert.False(PageContentsList.IsAmidList(head, 8));
        string[] underMenu = ["Home", "News", "Sport", "Ferry strike ends", "By Ines Harrow", "The ferries run again."];
        Assert.False(PageContentsList.IsAmidList(underMenu, 3));
        string[] overName = ["Home", "News", "Sport", "Ferry strike ends", "Ines Harrow", "3 May 2034", "The ferries run again."];
        Assert.False(PageContentsList.IsAmidList(overName, 3));
    }
}
