using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes fitted in the thirty-eighth session (issues45-new, issues46-new): contents with no heading whose entries print
/// a number before a bar or a dash ("02 | Title", "1 – Title" wrapped); a running line printed once with its spaces lost;
/// a letter between rules whose unsigned story makes it no digest; "o" bullets; bylines filed from a place, by the paper's
/// staff, in apposition, of a deputy office. Invented text.
/// </summary>
public class IssueShapes38Tests
{
    [Fact]
    public void A_contents_list_with_no_heading_may_number_its_entries_before_a_bar()
    {
        var text = "DISPATCHES\n02 | Salt Barges Held at the Upper Lock\n04 | The Canal Police and Their Missing Boats\nNOTEBOOK\n06 | Lock Keeper Retires\n"
            + "DISPATCHES\nSalt Barges Held at the Upper Lock\n";
        var (entries, end) = IssueContents.Read(SeedText.Lines(text), 0);
        Assert.Equal(["Salt Barges Held at the Upper Lock", "The Canal Police and Their Missing Boats", "Lock Keeper Retires"],
            entries.Where(e => !e.IsSection).Select(e => e.Title));
        Assert.Equal(5, end);
    }

    [Fact]
    public void A_dashed_entry_wrapped_onto_an_indented_line_is_one_title_and_its_last_words_are_no_names()
    {
        var text = "OPINION\n1 – Why the Canal Board Stopped Counting the Barges\n    It Cannot See\nIN BRIEF\n3 – Lock Gates Repainted at Tarnby\n"
            + "OPINION\nWhy the Canal Board Stopped Counting the Barges It Cannot See\n";
        var (entries, _) = IssueContents.Read(SeedText.Lines(text), 0);
        var first = entries.First(e => !e.IsSection);
        Assert.Equal("Why the Canal Board Stopped Counting the Barges It Cannot See", first.Title);
        Assert.Empty(first.Authors);
    }

    [Theory]
    [InlineData("QuaysideInstitute-HarbourWatch-7/11page2", MastheadMatch.Full)]
    [InlineData("Quayside Institute · Harbour Watch · 7/11 · page 3", MastheadMatch.Full)]
    [InlineData("Harbour Watch runs 24/7", MastheadMatch.None)]
    public void Volume_and_issue_over_a_slash_make_a_running_line_of_the_masthead(string line, MastheadMatch expected) =>
        Assert.Equal(expected, MastheadLine.Match(line, ["Harbour Watch"]));

    [Fact]
    public void A_running_line_printed_with_its_spaces_lost_keeps_its_squashed_key()
    {
        Assert.Equal(RunningLines.SquashedKey("HW  Vol. 7, No. 11  |  2 June 2042  |  3"), RunningLines.SquashedKey("HWVol.7,No.11|2June20425"));
        Assert.NotEqual(RunningLines.SquashedKey("HW  Vol. 7, No. 11  |  2 June 2042  |  3"), RunningLines.SquashedKey("HW  Vol. 7, No. 11  |  2 July 2042  |  3"));
        Assert.Null(RunningLines.SquashedKey("Vol. 7"));
    }

    private const string Rule = "========================================";

    [Fact]
    public void A_letter_whose_unsigned_story_stands_between_rules_is_no_digest()
    {
        var lines = new[]
        {
            "THE OSKAY LANTERN", "", Rule, "", "FERRY FARES RISE IN MARCH", "By Ines Markham", "",
            "The ferry company will raise its fares by a tenth in March, it told the island council on Tuesday evening.",
            "Councillors asked for a winter discount for pupils and were told it would be considered.",
            "The company says the cost of fuel has doubled since the spring and that the new boat must be paid for.",
            "Islanders who travel to the mainland for work every day say they will now pay more for the crossing than for their rent.", "", Rule, "",
            "LIFEBOAT HOUSE GETS A NEW ROOF", "",
            "The lifeboat house on the north quay has a new roof at last, paid for by a summer of raffles and a bequest.",
            "The crew moved back in on Saturday and celebrated with a barbecue on the slipway.",
            "The old roof had leaked onto the boat for three winters, and the coxswain says the engine is the better for it.", "", Rule, "",
            "WHAT THE OLD SCHOOL COULD BECOME", "By Ruari Pellew", "",
            "The old school on Chapel Lane has stood empty for two years, and the council must decide what to do with it.",
            "Three ideas are on the table, and the cheapest may be the most popular with the islanders.",
            "A housing trust wants the classrooms for flats, and the sailing club would like the hall for its boats.",
            "The council will hear all three at its meeting in the church hall next month, and islanders may speak there.", "", Rule,
        };
        Assert.Null(DigestItems.Read(lines));
    }

    [Fact]
    public void A_piece_whose_byline_stands_under_its_label_and_title_leaves_a_digest_one()
    {
        var lines = new[]
        {
            "THE OSKAY LANTERN", "", Rule, "", "Ferry fares rise in March", "By Ines Markham", "",
            "The ferry company will raise its fares by a tenth in March, it told the island council on Tuesday evening.",
            "Councillors asked for a winter discount for pupils and were told it would be considered.",
            "The company says the cost of fuel has doubled since the spring and that the new boat must be paid for.",
            "Islanders who travel to the mainland for work every day say they will now pay more for the crossing than for their rent.", "", Rule, "",
            "REVIEW", "", "Islands of Salt: A History of the Oskay Ferries", "", "Review by Ruari Pellew", "",
            "This is a warm and careful book about the ferries that kept the islands alive through two hard centuries.",
            "Its author spent a decade in the harbour archives and it shows on every page of it.", "", Rule, "",
            "What the old school could become", "By Cy Young", "",
            "The old school on Chapel Lane has stood empty for two years, and the council must decide what to do with it.",
            "Three ideas are on the table, and the cheapest may be the most popular with the islanders.",
            "A housing trust wants the classrooms for flats, and the sailing club would like the hall for its boats.",
            "The council will hear all three at its meeting in the church hall next month, and islanders may speak there.", "", Rule, "",
            "That's all for this week. Thank you for reading the Lantern, and see you on Friday.",
            "To stop receiving it, reply with the word stop; to change your address, write to the desk.", "",
        };
        Assert.NotNull(DigestItems.Read(lines));
    }

    [Theory]
    [InlineData("o Tides at Oskay", true)]
    [InlineData("o 3 new berths", true)]
    [InlineData("o the ferry", false)]
    [InlineData("oh no", false)]
    public void A_word_processors_o_bullet_opens_an_item_before_a_capital_or_a_digit(string line, bool opens) =>
        Assert.Equal(opens, BulletMark.Opens(line));

    [Fact]
    public void Rows_of_figures_may_end_on_a_short_note_without_a_figure() =>
        Assert.True(RecurringBlock.IsContent(["High water   04:12  4.6 m      16:38  4.8 m", "Low water    10:27  0.9 m      22:51  0.7 m", "Times local; heights above chart datum."]));

    [Theory]
    [InlineData("From Ines Markham in Oskay", "Ines Markham")]
    [InlineData("Review by Ruari Pellew", "Ruari Pellew")]
    [InlineData("By ex-Deputy Governor Ruari Pellew", "Ruari Pellew")]
    public void Bylines_filed_from_a_place_under_a_review_or_of_a_deputy_office(string line, string name) =>
        Assert.Equal([name], Byline.Read(line)?.Names ?? []);

    [Theory]
    [InlineData("From Monday in Oskay")]
    [InlineData("From Northern Ireland in Brussels")]
    [InlineData("From our staff in Oskay")]
    public void From_a_day_a_region_or_the_staff_names_no_person(string line) => Assert.Null(Byline.Read(line));

    [Theory]
    [InlineData("From our staff in Oskay", true)]
    [InlineData("Our staff in Port Tarnby", true)]
    [InlineData("Our staff in Oskay say the ferry is late", false)]
    public void The_papers_own_staff_at_a_place_is_a_byline_naming_nobody(string line, bool collective) =>
        Assert.Equal(collective, CollectiveByline.Is(line));

    [Fact]
    public void An_apposition_after_a_printed_by_is_no_part_of_the_name() =>
        Assert.Equal(["Ines Markham"], IssueSegmenter.BylineNames("By Ines Markham, a former harbour pilot on the Oskay run") ?? []);

    private const string IssueEndingTitlesOnPrepositions = """
        CANAL WATCH
        Vol. 3, No. 8 · 4 August 2042
        ESSAY
        1 – The Lock Keepers Nobody Answers To
        IN BRIEF
        2 – Barges Searched at the Upper Lock
        3 – The Towpath Curfew, Two Months On
        ESSAY
        The Lock Keepers Nobody Answers To
        By Ines Markham (retd)
        Every lock on the upper canal has a keeper, and none of them answers to the same office. The canal board pays
        them, the river police give them orders, and the county inspects their books once a year.
        IN BRIEF
        Barges Searched at the Upper Lock
        The river police searched eleven barges at the upper lock on July 30 and found nothing but coal and a dog.
        Ruari Pellew / Canal Reporter
        The Towpath Curfew, Two Months On
        By ex-Deputy Governor Cy Young-Abara
        The curfew on the towpath has closed it to walkers after dark since June, and the boatmen say it has changed nothing.
        """;

    [Fact]
    public void A_title_may_end_on_a_preposition_when_a_printed_byline_follows_and_a_signature_opens_no_title()
    {
        var drafts = new WholeIssueFormat().Read(IssueEndingTitlesOnPrepositions, new RawSource("seeds/canal-watch.txt")).Drafts;
        Assert.Equal(["The Lock Keepers Nobody Answers To", "Barges Searched at the Upper Lock", "The Towpath Curfew, Two Months On"], drafts.Select(d => d.Title));
        Assert.Equal(["Ines Markham"], drafts[0].Authors);
        Assert.Equal(["Ruari Pellew"], drafts[1].Authors);
        Assert.Equal(["Cy Young-Abara"], drafts[2].Authors);
        Assert.DoesNotContain("By ", drafts[0].Body);
        Assert.DoesNotContain("By ", drafts[2].Body);
    }
}
