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

/// <summary>Head shapes fitted to cases29-new: a labelled date with fields after it, a reference work's tagline and the slogan it repeats, a list of sections under a long title. Invented lines.</summary>
public class HeadShapes29Tests
{
    [Theory]
    [InlineData("Last updated 8 March 2033 · Reviewed by the editors", true)]
    [InlineData("Updated 3 May 2034 | 4 min read", true)]
    [InlineData("Updated 3 May 2034", true)]
    [InlineData("Updated 3 May 2034 · The council said on Tuesday that the ferry would not run again before the spring", false)]
    public void A_labelled_date_with_short_fields_after_it_is_a_labelled_date(string line, bool expected) =>
        Assert.Equal(expected, TitleEvidence.LabelledDate(line));

    [Theory]
    [InlineData("From Netloft Wiki, the open handbook of the net-making trades", "Netloft Wiki", "the open handbook of the net-making trades")]
    [InlineData("From the Quayside Knot Index, the free guide to working knots", "Quayside Knot Index", "the free guide to working knots")]
    public void A_reference_works_tagline_names_the_site_and_says_what_it_is(string line, string site, string description)
    {
        Assert.Equal(site, EncyclopediaTagline.SiteName(line));
        Assert.Equal(description, EncyclopediaTagline.Description(line));
    }

    private static bool Dated(string line) => line.StartsWith("Updated", StringComparison.Ordinal);

    [Fact]
    public void A_list_of_sections_right_under_a_long_title_is_the_run_whole()
    {
        List<(string, int)> lines =
        [
            ("How to renew a mooring licence on the north quay", 1), ("Who can renew", 2), ("What it costs", 3), ("What to bring", 4),
            ("When to apply", 5), ("Updated 2 March 2033", 6), ("By Hedda Morcombe-Lye", 7), ("", 8), ("Who can renew", 9),
        ];
        Assert.Equal([1, 2, 3, 4], PageContentsList.UnderTitle(lines, Dated));
    }
}
