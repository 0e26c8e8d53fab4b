using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Shapes of a page's head found in the twenty-eighth session's new cases: share buttons on the byline's line, a list of
/// sections set apart by blank lines between the title and the date. Invented lines.</summary>
public class HeadShapes28Tests
{
    [Theory]
    [InlineData("By Oskar ten Brink-Mulder   [Share] [Tweet] [Email]", "Oskar ten Brink-Mulder")]
    [InlineData("By Maren Solheim | Share | Print", "Maren Solheim")]
    [InlineData("By Idris Kallweit  Facebook  X  LinkedIn", "Idris Kallweit")]
    [InlineData("By Tove Ardley [Share]", "Tove Ardley")]
    public void A_byline_with_share_buttons_on_its_line_reads_its_names(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line)!.Names));

    [Theory]
    [InlineData("The ferry strike ends   [Share] [Email]", "The ferry strike ends")]
    [InlineData("Ann Lee · Share · Print", "Ann Lee")]
    [InlineData("By Ann Lee Print", "By Ann Lee Print")]
    [InlineData("By Ann Lee | Reuters", "By Ann Lee | Reuters")]
    [InlineData("Share  Email", "Share  Email")]
    public void Trailing_buttons_go_only_when_set_off_and_two_or_bracketed(string line, string expected) =>
        Assert.Equal(expected, HeaderWidget.WithoutTrailingButtons(line));

    [Theory]
    [InlineData("Share  Email  Print", true)]
    [InlineData("[Tweet] [Email]", true)]
    [InlineData("Facebook | X | LinkedIn", true)]
    [InlineData("Share", false)]
    [InlineData("Print and email editions", false)]
    public void A_row_of_share_buttons_is_a_button_row(string line, bool expected) => Assert.Equal(expected, HeaderWidget.IsButtonRow(line));

    private static bool Dated(string line) => line.StartsWith("Updated", StringComparison.Ordinal) || line.StartsWith("Published", StringComparison.Ordinal);

    [Fact]
    public void A_list_set_apart_by_blank_lines_between_the_title_and_the_date_is_the_list_whole()
    {
        List<(string, int)> lines =
        [
            ("Norvik Courier", 1), ("", 2), ("What the new bridge toll will cost", 3), ("", 4),
            ("   Who pays", 5), ("   How much", 6), ("   When it starts", 7), ("   What it funds", 8), ("", 9),
            ("Published 2 March 2033", 10), ("By Hedda Morcombe", 11), ("", 12), ("Share  Email", 13), ("", 14),
            ("Drivers crossing the new bridge at Norvik will pay a toll from the spring, the council said on Tuesday.", 15),
        ];
        Assert.Equal([4, 5, 6, 7], PageContentsList.UnderTitle(lines, Dated));
    }

    [Fact]
    public void Three_lines_set_apart_or_a_list_with_no_blank_line_over_it_are_no_list_under_the_title()
    {
        List<(string, int)> three =
        [
            ("What the new bridge toll will cost", 3), ("", 4), ("Who pays", 5), ("How much", 6), ("When it starts", 7), ("", 8),
            ("Published 2 March 2033", 9), ("Drivers crossing the new bridge at Norvik will pay a toll from the spring, the council said.", 10),
        ];
        Assert.Empty(PageContentsList.UnderTitle(three, Dated));
        List<(string, int)> underMenu =
        [
            ("Home", 1), ("News", 2), ("Sport", 3), ("Weather", 4), ("", 5),
            ("Published 2 March 2033", 6), ("Drivers crossing the new bridge at Norvik will pay a toll from the spring, the council said.", 7),
        ];
        Assert.Empty(PageContentsList.UnderTitle(underMenu, Dated));
    }
}

/// <summary>Lines of verse (<see cref="VerseBlock"/>). Invented lines.</summary>
public class VerseBlockTests
{
    private static List<(int, string)> Numbered(params string[] lines) => lines.Select((l, i) => (i + 1, l)).ToList();

    [Fact]
    public void A_stanza_whose_lines_break_off_at_commas_is_verse()
    {
        var stanza = Numbered("  The ferry leaves the lighted quay,", "  The engines take the strain;", "  The harbour folds its arms away", "  And will not wake again.");
        Assert.Equal(new HashSet<int> { 0, 1, 2, 3 }, VerseBlock.Lines(stanza));
    }

    [Fact]
    public void A_list_of_sections_a_menu_or_two_lines_are_not_verse()
    {
        Assert.Empty(VerseBlock.Lines(Numbered("Who pays the levy", "How much it is", "When it starts", "How to appeal")));
        Assert.Empty(VerseBlock.Lines(Numbered("Home", "News, Sport", "Weather")));
        Assert.Empty(VerseBlock.Lines(Numbered("The ferry leaves the lighted quay,", "The engines take the strain;")));
        Assert.Empty(VerseBlock.Lines([(1, "The ferry leaves the lighted quay,"), (2, "The engines take the strain;"), (4, "The harbour folds its arms away")]));
    }
}

/// <summary>A list of sections with the byline between it and the date (<see cref="PageContentsList.UnderTitle"/>). Invented lines.</summary>
public class ContentsListWithBylineTests
{
    private static bool Dated(string line) => line.StartsWith("Published", StringComparison.Ordinal);

    [Fact]
    public void A_byline_between_the_list_and_the_date_and_the_text_opening_with_the_first_section()
    {
        List<(string, int)> lines =
        [
            ("What the new harbour levy will cost", 1), ("", 2), ("  Who pays the levy", 3), ("  How much it is", 4), ("  When it starts", 5),
            ("  How to appeal", 6), ("", 7), ("By Hedda Morcombe-Lye", 8), ("Published 3 October 2034", 9), ("", 10), ("Who pays the levy", 11),
        ];
        Assert.Equal([2, 3, 4, 5], PageContentsList.UnderTitle(lines, Dated));
    }
}
