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

/// <summary>Head shapes fitted to cases30-new: more reference-work nouns, more verbs of a page's last change, a bulleted list of
/// sections and one right under a long title with a blank line under it, an author card's line about its author, a question to
/// the reader without its "you". Invented lines.</summary>
public class HeadShapes30Tests
{
    [Theory]
    [InlineData("From Quillmoor Almanac, the free companion to hedge-laying in wet counties", "Quillmoor Almanac")]
    [InlineData("From the Saltpan Primer, the open primer on evaporation ponds", "Saltpan Primer")]
    [InlineData("From Paris, the president flew on to Madrid", null)]
    public void A_reference_works_tagline_may_call_the_work_a_companion_or_a_primer(string line, string? site) =>
        Assert.Equal(site, EncyclopediaTagline.SiteName(line));

    [Theory]
    [InlineData("This entry was last revised on 18 February 2034, at 16:05.", 2034, 2, 18)]
    [InlineData("Last checked 12 May 2034", 2034, 5, 12)]
    [InlineData("Last verified: 3 June 2034", 2034, 6, 3)]
    public void A_page_history_line_with_another_verb_of_change_dates_the_page(string line, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), PageHistory.DateOf(line)?.Date);
        Assert.True(PageHistory.Is(line));
    }

    [Theory]
    [InlineData("Last checked 12 May 2034", 2034, 5, 12)]
    [InlineData("Last amended 2 April 2034", 2034, 4, 2)]
    public void A_date_labelled_with_a_last_change_is_an_update(string line, int y, int m, int d)
    {
        var reading = DateLine.Read(line);
        Assert.Equal(new DateOnly(y, m, d), reading?.Date);
        Assert.True(DateLine.GivesWay(reading!.Role));
    }

    [Fact]
    public void A_last_checked_date_with_short_fields_after_it_dates_the_page() =>
        Assert.Equal(new DateOnly(2034, 5, 12), DatedFieldsLine.Read("Last checked 12 May 2034 · Route surveyed by volunteers · 9 min read")?.Date);

    [Fact]
    public void The_checked_date_of_a_sentence_is_no_date_line() =>
        Assert.Null(DateLine.Read("Checked against the ferry timetable, the figures from 12 May 2034 are wrong in three places."));

    private static bool Dated(string line) => DateLine.Read(line) is not null;

    [Fact]
    public void A_bulleted_list_of_sections_with_items_of_seven_words_is_a_list()
    {
        List<(string, int)> lines =
        [
            ("Everything you need to know about the plan to merge the two ferry companies", 1), ("", 2),
            ("• What the merger would change", 3), ("• Why the two companies want to merge now", 4), ("• Who would run the new company", 5),
            ("• What happens next", 6), ("", 7), ("Reporting by Halla Brennick", 8), ("4 May 2034 at 6:30 am", 9), ("", 10),
            ("What the merger would change", 11),
        ];
        Assert.Equal([2, 3, 4, 5], PageContentsList.UnderTitle(lines, Dated));
    }

    [Fact]
    public void A_list_right_under_a_long_title_with_a_blank_line_under_it_is_the_run_whole()
    {
        List<(string, int)> lines =
        [
            ("Travel › Ferries", 1), ("Replacement boats on the north crossing this winter: what passengers need to know", 2),
            ("Which sailings are affected", 3), ("Where the boats berth", 4), ("Tickets and refunds", 5), ("Travelling with a car or a bicycle", 6),
            ("", 7), ("2 June 2034", 8), ("By Tova Rask, transport correspondent", 9), ("", 10), ("Which sailings are affected", 11),
        ];
        Assert.Equal([2, 3, 4, 5], PageContentsList.UnderTitle(lines, Dated));
    }

    [Fact]
    public void Navigation_lines_under_a_short_title_with_a_blank_line_under_them_are_no_list()
    {
        List<(string, int)> lines =
        [
            ("Dredging begins in June", 1), ("Latest press releases", 2), ("Media contacts", 3), ("Photo library", 4), ("Subscribe to updates", 5),
            ("", 6), ("Published 22 May 2034", 7), ("", 8),
            ("The harbour authority will begin dredging the approach channel on 9 June, the first major dredge in eleven years.", 9),
        ];
        Assert.Empty(PageContentsList.UnderTitle(lines, Dated));
    }

    [Fact]
    public void Presenters_with_their_institutions_are_no_list_of_sections()
    {
        List<(string, int)> lines =
        [
            ("Chair: Ilse Varn (University of Tolmark)", 8), ("Presenters", 9), ("Oda Brennick-Saar, Coastal Police College of Rimmen", 10),
            ("Teodor Vass, Institute for Harbour Studies, Kelby", 11), ("Abstract", 12),
        ];
        Assert.Equal(0, PageContentsList.LengthAt(lines));
    }

    [Theory]
    [InlineData("Writes every other week about the town, its shops and the people who use them.", true)]
    [InlineData("Covers courts and crime for the paper.", true)]
    [InlineData("Has reported from the delta since 2029.", true)]
    [InlineData("This column appears every other week.", false)]
    [InlineData("Writes about the town", false)]
    [InlineData("Covers courts. Also crime.", false)]
    public void An_author_cards_line_about_its_author_opens_with_a_verb_and_no_subject(string line, bool expected) =>
        Assert.Equal(expected, AuthorCardBlurb.Is(line));

    [Theory]
    [InlineData("Have a question we have not answered? Email the newsroom and we will try to find out.", true)]
    [InlineData("Spotted something we missed in this story? Tell us at the desk.", true)]
    [InlineData("Have the council's plans changed since the spring? Ask any trader on Bridge Street and they will say no.", false)]
    public void A_question_to_the_reader_without_its_you_then_a_command_is_a_prompt(string line, bool expected) =>
        Assert.Equal(expected, CallToAction.IsReaderPrompt(line));

    [Fact]
    public void A_masthead_printing_the_name_alone_outweighs_a_sentence_opening_with_the_name()
    {
        string[] page = ["Fellmark Field Manual", "The open manual of cave rescue for volunteer teams", "Contents   Techniques   About", "",
            "Rope haul systems", "From the Fellmark Field Manual, the open manual of cave rescue for volunteer teams", "",
            "A haul system lifts a loaded stretcher up a pitch too steep to carry it.",
            "The Fellmark Field Manual is maintained by volunteers of the Fellmark Cave Rescue Team."];
        Assert.Equal("Fellmark Field Manual", SiteName.Find(page, null, null, [], title: "Rope haul systems")?.Name);
    }
}

/// <summary>Shapes fitted to cases31-new: a tagline whose coverage has commas and more reference-work nouns, a wiki's page
/// tabs over the title, a headline of two sentences ending unstopped under its label, sentence ends before side-by-side
/// markers, "Page last checked". Invented lines.</summary>
public class HeadShapes31Tests
{
    [Theory]
    [InlineData("From Tidemark Gazetteer, the illustrated gazetteer of the coves, quays and lighthouses of the Tidemark coast", "Tidemark Gazetteer")]
    [InlineData("From Fenwick Naturalist, the open sourcebook on the mosses of the Fenwick bogs", "Fenwick Naturalist")]
    public void A_tagline_may_list_what_it_covers_with_commas(string line, string site) => Assert.Equal(site, EncyclopediaTagline.SiteName(line));

    [Theory]
    [InlineData("Page   Discussion   Read   Edit   View history", true)]
    [InlineData("Article | Talk | Edit source", true)]
    [InlineData("Home   News   Sport   Weather", false)]
    [InlineData("Read more", false)]
    public void A_wikis_page_tabs_are_tabs(string line, bool expected) => Assert.Equal(expected, EncyclopediaChrome.IsPageTabs(line));

    [Fact]
    public void The_line_under_a_wikis_page_tabs_is_the_title()
    {
        string[] lines = ["Harrowgate Wiki", "Main page   Places   People   Random page   Help", "Page   Discussion   Read   Edit   View history",
            "Harrowgate Canal", "The Harrowgate Canal was a narrow canal that ran from the harbour to the brickworks at Elmside for a century.[1][3]",
            "Route", "The canal left the harbour basin by a staircase of three locks and followed the valley floor to Elmside.[2]"];
        Assert.Equal("Harrowgate Canal", PageTitle.Choose(lines, PageTitleHints.None)?.Text);
    }

    [Fact]
    public void A_headline_of_two_sentences_under_its_label_is_the_title_not_the_text()
    {
        string[] lines = ["Tarnmouth Ledger", "Nonprofit news for the Tarn valley", "News   Schools   Health   Donate", "INVESTIGATION",
            "Ferry crews were told to skip safety drills. The harbour board was not told", "By Oriel Fenwick-Adu", "Published 6 April 2034, 7:15 am",
            "At least three ferry crews on the Tarn skipped their monthly safety drills last year after their operator told skippers to save fuel, according to logs seen by the Ledger."];
        Assert.Equal("Ferry crews were told to skip safety drills. The harbour board was not told", PageTitle.Choose(lines, PageTitleHints.None)?.Text);
    }

    [Fact]
    public void A_name_shaped_term_over_a_reference_works_tagline_is_the_title()
    {
        string[] lines = ["Tidemark Gazetteer", "Places   Waters   Maps   About", "Search the gazetteer", "Orrin Staithe",
            "From Tidemark Gazetteer, the illustrated gazetteer of the coves, quays and lighthouses of the Tidemark coast",
            "Orrin Staithe is a hamlet and former coal landing on the north bank of the Orrin estuary, two miles below the market town.[1]"];
        Assert.Equal("Orrin Staithe", PageTitle.Choose(lines, PageTitleHints.None)?.Text);
    }

    [Fact]
    public void Speakers_with_their_places_under_a_headline_are_never_the_title()
    {
        string[] lines = ["Fenwick Policy Centre", "Research   Events   Publications   About", "RECAP",
            "Who will fish the estuary? A panel on boats, quotas and the next generation of fishers", "Speakers",
            "Dr Ines Talbot-Nwosu, Harwick Institute for Coastal Studies", "Professor Anselm Vrba, University of Corrow",
            "Dalia Okonkwo-Marsh, Estuary Fishers' Association", "Posted 25 March 2034 by Wilma Osei-Farrant",
            "Four speakers met at the centre last week to ask why so few young people now take up inshore fishing on the estuary."];
        Assert.Equal("Who will fish the estuary? A panel on boats, quotas and the next generation of fishers", PageTitle.Choose(lines, PageTitleHints.None)?.Text);
    }

    [Theory]
    [InlineData("The line ran from 1884 until 1931.[2][5] At its busiest it carried a million passengers a year.[1]")]
    [InlineData("The line closed in 1931, when the buses had taken its passengers.[^4]")]
    public void A_sentence_ending_before_note_markers_is_prose(string text) => Assert.True(ProseParagraph.Is(text));

    [Fact]
    public void Page_last_checked_dates_the_page() =>
        Assert.Equal(new DateOnly(2034, 2, 11), PageHistory.DateOf("Page last checked 11 February 2034")?.Date);
}
