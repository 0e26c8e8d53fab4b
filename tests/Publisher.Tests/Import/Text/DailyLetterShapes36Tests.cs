using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// A daily letter's own shapes fitted in the thirty-sixth session: the blocks it prints between its stories every day,
/// its sign-off naming where it is made, a foot of labelled addresses, a contents list marked with dashes. Invented text.
/// </summary>
public class DailyLetterShapes36Tests
{
    [Theory]
    [InlineData("WHAT'S ON", new[] { "10.00  Parish council, Old School room", "14:15  Ferry timetable consultation, Pier House" })]
    [InlineData("RIVER LEVELS", new[] { "Ostbridge gauge     1.92 m   falling", "Carnwick weir       2.40 m   steady" })]
    [InlineData("Word of the day", new[] { "\u201cWe mend what the river breaks, and then it breaks it again.\u201d", "   \u2014 a lock-keeper at Carnwick" })]
    [InlineData("SAID ON THE QUAY", new[] { "\"Nobody rows out there after dark any more.\"", "-- a ferryman, Tuesday" })]
    public void A_label_over_figures_times_or_one_attributed_quotation_is_a_recurring_block(string label, string[] under)
    {
        Assert.True(RecurringBlock.IsLabel(label));
        Assert.True(RecurringBlock.IsContent(under));
    }

    [Theory]
    [InlineData("The council met on Tuesday and agreed 4 of the 6 proposals put to it.")]
    [InlineData("\u201cWe will not close the ferry,\u201d the chairman said, \u201cnot this year.\u201d")]
    [InlineData("Ostbridge gauge     1.92 m   falling\nThe river is expected to rise again by the weekend, the agency said.")]
    [InlineData("1 Interview with a lock-keeper, Carnwick, May 2041.\n2 Minutes of the river board, 3 June 2041.")]
    public void Prose_under_a_label_is_no_recurring_block(string under) => Assert.False(RecurringBlock.IsContent(under.Split('\n')));

    [Theory]
    [InlineData("The river rose again overnight.")]
    [InlineData("Carnwick weir: what went wrong")]
    public void A_sentence_or_a_title_in_sentence_case_is_no_recurring_block_label(string line) => Assert.False(RecurringBlock.IsLabel(line));

    [Theory]
    [InlineData("That's the Morning Post. Written at the long table in the old bank on Ferry Street. -- Anja, Tomas and Ruth")]
    [InlineData("That's your Carnwick Note for today, typed up in the back room of the chandlery. See you tomorrow.")]
    public void A_sign_off_naming_the_letter_and_where_it_is_made(string unit) => Assert.Equal("newsletter sign-off", NewsletterAboutItself.What(unit));

    [Theory]
    [InlineData("That's the Minister's view. The council does not share it.")]
    [InlineData("That is the Harbour Board, which has met in the same room since 1920.")]
    public void A_story_sentence_that_opens_the_same_way_is_no_sign_off(string unit) => Assert.Null(NewsletterAboutItself.What(unit));

    [Theory]
    [InlineData("Leave the list: carnwick-note.example/leave", true)]
    [InlineData("Got a story? desk@carnwick-note.example", true)]
    [InlineData("Read the report at carnwick.example/report, which the council published on Monday.", false)]
    [InlineData("Ferry Street, Carnwick", false)]
    public void A_short_label_over_an_address_is_a_foot_line(string line, bool foot) => Assert.Equal(foot, FooterLine.IsLabelledAddress(line));

    [Fact]
    public void A_list_marked_with_dashes_names_the_titles_printed_later()
    {
        var text = "Inside this morning\n-- Ferry fares rise again\n-- River levels\n-- Lock-keeper retires after forty years\n\n"
            + "Ferry fares rise again\n\nFares went up.\n\nRIVER LEVELS\n\nLock-keeper retires after forty years\n\nShe left.\n";
        var listed = ListedLaterTitles.Read(SeedText.Lines(text), 0);
        Assert.Equal(["Ferry fares rise again", "Lock-keeper retires after forty years"], listed?.Titles.Select(t => t.Title) ?? []);
    }

    [Fact]
    public void Group_names_over_indented_items_are_no_titles_and_recurring_items_count_as_the_lists_own()
    {
        var text = "Today's sheet\n  THE RIVER\n    1. Ferry fares rise again\n    2. Lock-keeper retires\n  EVERY DAY\n    1. Tide table\n"
            + "    2. Word of the day\n    3. Ask the lock-keeper\n\nTHE RIVER\n\nFerry fares rise again\n\nFares went up.\n\nTIDE TABLE\n\n"
            + "Lock-keeper retires\n\nShe left.\n\nASK THE LOCK-KEEPER\n";
        var listed = ListedLaterTitles.Read(SeedText.Lines(text), 0);
        Assert.Equal(["Ferry fares rise again", "Lock-keeper retires"], listed?.Titles.Select(t => t.Title) ?? []);
    }

    [Theory]
    [InlineData("From our correspondent, Carnwick")]
    [InlineData("OUR REPORTER, OSTBRIDGE")]
    public void Our_correspondent_and_a_place_after_a_comma_names_nobody(string line) => Assert.True(CollectiveByline.IsPapersOwn(line));
}
