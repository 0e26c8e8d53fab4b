using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>The shared line and paragraph recognisers that readers and rules both call (invented text only).</summary>
public class LineShapeTests
{
    [Theory]
    [InlineData("Fishing boats return to the harbour at dawn. (AFP)", true)]
    [InlineData("A ferry crosses the bay (Reuters/File)", true)]
    [InlineData("Volunteers clear the river bank. (Photo: AP)", true)]
    [InlineData("The old bridge at night (AFP via Getty Images).", true)]
    [InlineData("Harbour workers on strike (Supplied)", true)]
    [InlineData("Farmers meet the minister (File Photo)", true)]
    [InlineData("The council met on Tuesday (see the minutes).", false)]
    [InlineData("The harbour reopened. Boats came back. Trade resumed. (AFP)", false)]
    public void Photo_captions_end_in_an_agency_credit(string line, bool expected) => Assert.Equal(expected, PhotoCaption.Is(line));

    [Fact]
    public void A_long_paragraph_ending_in_a_credit_is_not_a_caption() =>
        Assert.False(PhotoCaption.Is(string.Join(' ', Enumerable.Repeat("word", PhotoCaption.MaxWords)) + " more (AFP)"));

    [Theory]
    [InlineData("Photo: the harbour at dawn", true)]
    [InlineData("Figure 2 – Ferry crossings by month", true)]
    [InlineData("Source: port authority", true)]
    [InlineData("Boats wait at the quay (photo courtesy of the harbour office).", true)]
    [InlineData("Fishing boats return to the harbour at dawn. (AFP)", true)]
    [InlineData("Photographers waited at the quay for the ferry.", false)]
    [InlineData("The council met on Tuesday (see the minutes).", false)]
    public void Captions_and_credits_of_any_kind(string text, bool expected) => Assert.Equal(expected, PhotoCaption.IsCaptionOrCredit(text));

    [Theory]
    [InlineData("Short URL:", true)]
    [InlineData("short link", true)]
    [InlineData("Shortlink", true)]
    [InlineData("Permalink:", true)]
    [InlineData("Short URL to this story is below", false)]
    public void Short_url_labels(string line, bool expected) => Assert.Equal(expected, ShortUrlLabel.Is(line));

    [Theory]
    [InlineData("https://example.org/x7k", true)]
    [InlineData("<https://example.org/x7k>", true)]
    [InlineData("see https://example.org/x7k", false)]
    public void Short_url_values(string line, bool expected) => Assert.Equal(expected, ShortUrlLabel.IsValue(line));

    [Theory]
    [InlineData("p.5", true, true)]
    [InlineData("p. 12", true, true)]
    [InlineData("page 7", true, true)]
    [InlineData("p5", true, false)]
    [InlineData("Page 3 of 12", false, true)]
    [InlineData("- 3 -", false, true)]
    [InlineData("3/12", false, true)]
    [InlineData("3", false, false)]
    [InlineData("pages of history", false, false)]
    public void Contents_references_and_explicit_page_numbers(string line, bool contents, bool explicitNumber)
    {
        Assert.Equal(contents, PageNumberLine.IsContentsReference(line));
        Assert.Equal(explicitNumber, PageNumberLine.IsExplicit(line));
    }

    [Theory]
    [InlineData("14", true)]
    [InlineData("pp. 4", true)]
    [InlineData("4 of 12", true)]
    [InlineData("- 3 -", true)]
    [InlineData("12345", false)]
    [InlineData("4 ships", false)]
    public void Any_page_number(string line, bool expected) => Assert.Equal(expected, PageNumberLine.Is(line));

    [Theory]
    [InlineData("Customs Post Burned at the Varne Bridge (Oona Castellane and Tiber Lund) –", true)]
    [InlineData("Who Pays the Lock-Keepers of Tessel ....", true)]
    [InlineData("Toll Gates on the Wend Road ____", true)]
    [InlineData("the lock-keepers were paid twice, and the barge owners –", false)]
    [InlineData("Customs Post Burned at the Varne Bridge", false)]
    public void A_contents_entry_may_end_in_a_leader_waiting_for_its_page(string line, bool expected) =>
        Assert.Equal(expected, PageNumberLine.EndsWithOpenLeader(line));

    [Fact]
    public void Bare_numbers_are_one_to_four_digits()
    {
        Assert.True(PageNumberLine.IsBare(" 12 "));
        Assert.False(PageNumberLine.IsBare("12a"));
        Assert.False(PageNumberLine.IsBare("12345"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("two  words", 2)]
    [InlineData("tab\tand\nnewline", 3)]
    public void Words_are_split_on_any_white_space(string text, int expected) => Assert.Equal(expected, TextLines.WordCount(text));

    [Theory]
    [InlineData("One sentence only.", 1)]
    [InlineData("First one. Second one.", 2)]
    [InlineData("He said “Go.” Then he left.", 2)]
    [InlineData("Dr. Reyes spoke about the e.g. case.", 2)]
    public void Sentences_start_after_an_end_and_a_capital(string text, int expected) => Assert.Equal(expected, TextLines.SentenceCount(text));

    [Theory]
    [InlineData("XIX", 19)]
    [InlineData("IV", 4)]
    [InlineData("XL", 40)]
    [InlineData("MCMXC", 1990)]
    [InlineData("22", 22)]
    [InlineData("ABC", null)]
    public void Roman_numerals_and_digits_are_numbers(string text, int? expected) =>
        Assert.Equal(expected, TextShapes.ParseNumber(text));

    [Fact]
    public void A_title_line_end_hyphen_is_kept_for_compounds() =>
        Assert.Equal("Harbor Guild Backs Pro-Ferry-Union Plan",
            TextShapes.UnwrapTitle(["Harbor Guild Backs Pro-Ferry-", "Union Plan"]));

    [Theory]
    [InlineData("Mara Quill", "Mara Quill")]
    [InlineData("Mara Quill and Tomas van der Berg", "Mara Quill|Tomas van der Berg")]
    [InlineData("Ann Lee, Bo Ma & Cy Orr", "Ann Lee|Bo Ma|Cy Orr")]
    [InlineData("ABOUT THE AUTHORS", null)]
    [InlineData("The council met.", null)]
    [InlineData("Mara Quill 2021", null)]
    [InlineData("Quill", null)]
    [InlineData("Mara Quill with Tomas van der Berg", "Mara Quill|Tomas van der Berg")]
    [InlineData("Talks with Hamas", null)]
    public void Author_names_on_a_byline(string line, string? expected) =>
        Assert.Equal(expected, TextShapes.AuthorNames(line) is { } names ? string.Join('|', names) : null);

    [Theory]
    [InlineData("Harbour Strike Ends After Ten Days", true)]
    [InlineData("“Quiet Waters” and the River Trade", true)]
    [InlineData("2021 in Review", true)]
    [InlineData("the strike ended", false)]
    [InlineData("The strike ended on Monday.", false)]
    public void Title_like_lines(string line, bool expected) => Assert.Equal(expected, TextShapes.IsTitleLike(line));

    [Theory]
    [InlineData("BRIEFS", true)]
    [InlineData("ARTICLES & TESTIMONY", true)]
    [InlineData("Briefs", false)]
    [InlineData("AB", false)]
    [InlineData("A VERY LONG SECTION LABEL HERE", false)]
    public void Capitals_labels(string line, bool expected) => Assert.Equal(expected, TextShapes.IsCapitalsLabel(line));

    [Theory]
    [InlineData("Conclusion", true)]
    [InlineData("What Comes Next?", true)]
    [InlineData("River Trade and Its Rivals", true)]
    [InlineData("a quiet harbour", false)]
    [InlineData("[1] Harbour minutes", false)]
    [InlineData("The ferry workers went back to work", false)]
    public void Title_case_headings(string line, bool expected) => Assert.Equal(expected, ParagraphShape.LooksLikeTitleCaseHeading(line));

    [Fact]
    public void Titles_compare_by_their_words() =>
        Assert.Equal(1.0, TextShapes.WordSimilarity("Ferry Strike: Ends!", "ferry strike ends"));

    [Theory]
    [InlineData("the talks went on", "Open")]
    [InlineData("the talks went on,", "Open")]
    [InlineData("the govern-", "Hyphen")]
    [InlineData("the latest operation—", "Dash")]
    [InlineData("as the report said (Harbour Gazette)", "Soft")]
    [InlineData("The talks ended.", "Closed")]
    [InlineData("He said “enough.” [3]", "Closed")]
    public void How_a_paragraph_ends(string text, string expected) => Assert.Equal(expected, ParagraphShape.EndOf(text).ToString());

    [Theory]
    [InlineData("River Trade and Its Rivals", true, true)]
    [InlineData("What the strike changed", true, false)]
    [InlineData("Nov 8, 2021", false, false)]
    [InlineData("The ferry workers went back to", false, false)]
    [InlineData("Talks ended.", false, false)]
    [InlineData("## Already a heading", false, false)]
    public void Heading_candidates(string line, bool expected, bool expectedTitleCase)
    {
        Assert.Equal(expected, ParagraphShape.LooksLikeHeading(line, out var titleCase));
        Assert.Equal(expectedTitleCase, titleCase);
    }

    [Theory]
    [InlineData("1. Introduction", true)]
    [InlineData("3.2 Sources and method", true)]
    [InlineData("4) Ferries on the northern lakes", true)]
    [InlineData("2. The council voted to close the crossing.", false)]
    [InlineData("12 Rebels held after raid", false)]
    [InlineData("Introduction", false)]
    public void Numbered_section_headings(string line, bool expected) => Assert.Equal(expected, ParagraphShape.LooksLikeNumberedHeading(line));

    [Theory]
    [InlineData("Nov 8, 2021", true)]
    [InlineData("8 November 2021", true)]
    [InlineData("Posted on 8 November 2021", true)]
    [InlineData("Updated Jun. 15, 2021 at 10:42 am", true)]
    [InlineData("The talks of Nov 8, 2021", false)]
    [InlineData("Volume 19, 2021", false)]
    public void Date_only_lines(string line, bool expected) => Assert.Equal(expected, ParagraphShape.IsDateLine(line));

    [Theory]
    [InlineData("• first point", true)]
    [InlineData("  1. first point", true)]
    [InlineData("1990 was a year", false)]
    public void List_items(string line, bool expected) => Assert.Equal(expected, ParagraphShape.IsListItem(line));

    [Fact]
    public void Paragraphs_keep_their_zero_based_first_line()
    {
        var paragraphs = Paragraph.Parse(["", "one", "two", "", "", "three"]);
        Assert.Equal([(1, 2), (5, 5)], paragraphs.Select(p => (p.StartLine, p.EndLine)));
        Assert.Equal("one two", paragraphs[0].Flat);
    }

    [Fact]
    public void Blocks_keep_their_one_based_seed_lines()
    {
        var blocks = SeedText.Blocks("Title\n\nfirst line\nsecond line  \n");
        Assert.Equal([1, 3], blocks.Select(b => b.Line));
        Assert.Equal("first line second line", blocks[1].Joined);
        Assert.Equal(4, blocks[1].LastLine);
    }

    [Fact]
    public void A_body_maps_each_line_to_its_seed_line()
    {
        var body = SeedText.Body([("One", 3), ("Two\nlines", 7)]);
        Assert.Equal("One\n\nTwo\nlines", body.Text);
        Assert.Equal([3, 4, 7, 8], body.LineMap);
    }

    [Theory]
    [InlineData("April 15, 2021", "2021-04-15", true)]
    [InlineData("Thursday, April 15, 2021", "2021-04-15", true)]
    [InlineData("2021-04-15", "2021-04-15", true)]
    [InlineData("April 2021", "2021-04-01", false)]
    [InlineData("Published April 15, 2021", null, false)]
    [InlineData("April 15, 2021 at 10:00", null, false)]
    [InlineData("April 31, 2021", null, false)]
    public void Exact_dates_are_nothing_but_a_date(string text, string? date, bool full)
    {
        var reading = DateLine.Exact(text);
        Assert.Equal(date, reading?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (reading is not null) Assert.Equal(full, reading.Full);
    }

    [Theory]
    [InlineData("KHL 7/2                                   page 2 of 5", true)]
    [InlineData("Kessel Harbour Letter · Vol. 7, No. 2 · p. 3/8", true)]
    [InlineData("KHL  12.05.2031    page 4 of 9", true)]
    [InlineData("page 2 of 5", false)]
    [InlineData("The report runs to page 2 of 5", false)]
    [InlineData("Harbour Letter      page 2 of 5", false)]
    public void A_footer_counting_its_pages(string line, bool expected) => Assert.Equal(expected, RunningLines.IsPageCountFooter(line));

    [Theory]
    [InlineData("Continued on page 4", true)]
    [InlineData("(Continued from p. 1)", true)]
    [InlineData("Continues on page 12.", true)]
    [InlineData("The talks continued on page one of the agenda", false)]
    public void A_line_sending_the_reader_to_another_page(string line, bool expected) => Assert.Equal(expected, PageNumberLine.IsJump(line));
}
