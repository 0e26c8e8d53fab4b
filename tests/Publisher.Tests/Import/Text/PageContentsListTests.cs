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
}
