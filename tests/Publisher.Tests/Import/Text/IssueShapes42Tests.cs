using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes fitted in the thirty-fourth session (issues42-new): a list of titles printed further down; the names of a
/// newsletter's recurring sections; counts in a letter's own word; a byline of names, the place filed from and the day;
/// the paper's own correspondent without "From". Invented lines.
/// </summary>
public class IssueShapes42Tests
{
    private static List<SeedLine> Lines(string text) => SeedText.Lines(text).ToList();

    [Fact]
    public void Items_printed_again_further_down_are_titles_and_a_recurring_section_is_none()
    {
        var lines = Lines("""
            What's in the bag
              1. Essay: Salt and the river police
              2. Tide table of the week
              3. Three boats missing off Cape Lenn
              4. Letters

            Salt and the river police
            Some prose.

            TIDE TABLE OF THE WEEK

            Three boats missing off Cape Lenn
            More prose.
            """);
        var read = ListedLaterTitles.Read(lines, 0);
        Assert.NotNull(read);
        Assert.Equal(["Salt and the river police", "Three boats missing off Cape Lenn"], read.Value.Titles.Select(t => t.Title));
        Assert.Equal(5, read.Value.End);
    }

    [Theory]
    [InlineData("Stories below\n* One harbour closed\n* Two pilots fined\n\nNothing else follows.")]
    [InlineData("We went to the quay.\n* One harbour closed\n* Two pilots fined\n\nOne harbour closed\n\nTwo pilots fined")]
    [InlineData("Stories\nOne harbour closed\nTwo pilots fined\n\nOne harbour closed\n\nTwo pilots fined")]
    public void A_list_not_printed_later_or_under_a_sentence_or_not_set_as_a_list_is_no_contents(string text) =>
        Assert.Null(ListedLaterTitles.Read(Lines(text), 0));

    [Theory]
    [InlineData("Quote of the day", true)]
    [InlineData("NUMBERS OF THE WEEK", true)]
    [InlineData("The week ahead", true)]
    [InlineData("This week's chart", true)]
    [InlineData("Diary:", true)]
    [InlineData("The month in figures", true)]
    [InlineData("Man of the match", false)]
    [InlineData("A week ahead of the vote, the pilots strike", false)]
    [InlineData("Pilots refuse the night tows", false)]
    public void A_newsletters_recurring_section_is_named_by_its_time(string line, bool recurring) =>
        Assert.Equal(recurring, RecurringFeature.IsName(line));

    [Theory]
    [InlineData("Vol. 5 · Dispatch № 14", 5, 14)]
    [InlineData("Volume 7 — Bulletin 3", 7, 3)]
    [InlineData("Vol. 2 · Lantern No. 61", 2, 61)]
    public void A_count_after_a_volume_may_be_in_the_letters_own_word(string line, int volume, int issue)
    {
        var read = VolumeIssueLine.Parse(line);
        Assert.NotNull(read);
        Assert.Equal((volume, issue), (read.Volume, read.Issue));
    }

    [Theory]
    [InlineData("Runner No. 45", true)]
    [InlineData("Satchel #9", true)]
    [InlineData("Chapter 4", false)]
    [InlineData("The Runner No. 45 arrived late", false)]
    public void A_count_of_sends_may_be_in_the_letters_own_word_before_a_number_sign(string line, bool count) =>
        Assert.Equal(count, VolumeIssueLine.IsSendCount(line));

    [Theory]
    [InlineData("Ama Oduro-Kell in Port Varn · 3 March 2039", "Ama Oduro-Kell")]
    [InlineData("Teodor van Aken in Halm | 12 May 2039", "Teodor van Aken")]
    [InlineData("Heavy rain in Port Varn · 3 March 2039", "Heavy rain in Port Varn · 3 March 2039")]
    [InlineData("Ama Oduro-Kell in Port Varn · the harbour", "Ama Oduro-Kell in Port Varn · the harbour")]
    public void A_byline_may_give_the_place_filed_from_and_the_day(string line, string names) =>
        Assert.Equal(names, BylinePlace.Strip(line));

    [Theory]
    [InlineData("Our correspondent in Varnhem", true)]
    [InlineData("Our own reporter", true)]
    [InlineData("Our correspondents were wrong", false)]
    [InlineData("Our man in Varnhem", false)]
    public void The_papers_own_correspondent_names_no_person_with_or_without_from(string line, bool collective) =>
        Assert.Equal(collective, CollectiveByline.Is(line));
}
