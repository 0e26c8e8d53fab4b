using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// The single-page shapes fitted to heldout33's pages (twenty-third session): genre labels ending in the nouns of case
/// studies, releases, reading lists, consultations and weeknotes; a team credited after the posting date; a post footer
/// written in sentences; a logo's initials beside the name; a genre word alone is no masthead; a closing date in the
/// head; a lettered note is structure; a related list on one line; an audio bar with its length in minutes; "Written by"
/// over names. Invented text.
/// </summary>
public class PageShapes33Tests
{
    [Theory]
    [InlineData("CASE STUDY", "case study")]
    [InlineData("Field Study", "field study")]
    [InlineData("DATA RELEASE", "data release")]
    [InlineData("Software Release", "software release")]
    [InlineData("READING LIST", "reading list")]
    [InlineData("Consultation", "consultation")]
    [InlineData("WEEKNOTES", "weeknote")]
    [InlineData("Monthnotes", "monthnote")]
    public void A_label_ending_in_a_document_genre_noun_names_the_genre(string label, string kind) =>
        Assert.Equal(kind, Genres.OwnLabel(label, sentenceCase: true));

    [Theory]
    [InlineData("Release")]
    [InlineData("LIST")]
    [InlineData("Study")]
    public void Such_a_noun_alone_names_no_genre(string label) => Assert.Null(Genres.OwnLabel(label, sentenceCase: true));

    [Theory]
    [InlineData("Peace Studies")]
    [InlineData("Security Studies")]
    public void A_trail_item_of_studies_is_an_academic_field_not_a_genre(string item) => Assert.Null(Genres.FiledUnder(item));

    [Fact]
    public void A_trail_item_of_releases_files_the_page_under_that_genre() => Assert.Equal("data release", Genres.FiledUnder("Data releases"));

    [Theory]
    [InlineData("Posted 2031-06-02 by the methods team")]
    [InlineData("Published 4 May 2030 by the research and policy desk")]
    [InlineData("By the statistics team")]
    public void A_team_credited_after_its_posting_date_is_a_byline_naming_no_person(string line) => Assert.True(CollectiveByline.Is(line));

    [Theory]
    [InlineData("Posted 2031-06-02 by Ann Lee-Marsh")]
    [InlineData("Posted in the harbour by the team")]
    public void A_person_or_a_line_without_a_date_is_no_such_credit(string line) => Assert.False(CollectiveByline.Is(line));

    [Fact]
    public void A_post_footer_in_sentences_gives_the_author()
    {
        var footer = PostFooterLine.Read("Posted by Mirela Tannhauser-Quist. Tagged: gardens, ferries, letters.");
        Assert.NotNull(footer);
        Assert.Equal(["Mirela Tannhauser-Quist"], footer.Names);
        Assert.Equal(["Ilka Brand"], PostFooterLine.Read("Written by Ilka Brand. Posted in notes, islands.")!.Names);
    }

    [Fact]
    public void A_sentence_of_prose_with_a_category_word_is_no_post_footer() =>
        Assert.Null(PostFooterLine.Read("The court heard the case in March. Filed under seal, the papers were never read."));

    [Theory]
    [InlineData("KFW  Kestrel Fisheries Watch", "Kestrel Fisheries Watch")]
    [InlineData("NTB Northbank Television Bureau", "Northbank Television Bureau")]
    public void A_logos_initials_beside_the_name_they_stand_for_give_the_name(string line, string name) => Assert.Equal(name, SiteNameLine.Name(line));

    [Fact]
    public void Initials_beside_other_words_give_no_name() => Assert.Null(SiteNameLine.Name("NTB Weekend Edition"));

    [Theory]
    [InlineData("Closing date: 12 June 2031")]
    [InlineData("The call for evidence closes on 4 August 2030")]
    [InlineData("Responses must be received by 1 July 2030")]
    [InlineData("Applications close at noon on 9 September 2031")]
    [InlineData("Deadline for comments: 30 April 2032")]
    public void A_line_saying_when_responses_close_is_a_closing_date(string line) => Assert.True(ClosingDateLine.Is(line));

    [Theory]
    [InlineData("The market closes at six on Saturdays.")]
    [InlineData("Published 14 May 2031")]
    [InlineData("The bridge closed on 4 August 2030. Traffic was diverted through the old town for a month and the ferries ran late.")]
    public void Prose_or_a_page_date_is_no_closing_date(string line) => Assert.False(ClosingDateLine.Is(line));

    [Theory]
    [InlineData("Applies to: coastal districts", "applies to")]
    [InlineData("Status: scheduled maintenance on Sunday", "status")]
    [InlineData("Publication: Harbour Quarterly", "publication")]
    public void Describing_fields_of_a_page_are_page_fields(string line, string label) => Assert.Equal(label, PageField.Read(line)?.Label);

    [Fact]
    public void A_lettered_item_opening_a_sentence_is_structure_never_the_rest_of_a_sentence()
    {
        Assert.True(ParagraphShape.IsStructural("(c) Harbour Board, Annual Accounts 2030, table 4."));
        Assert.False(ParagraphShape.IsStructural("(and, as the board later admitted, late) notices"));
    }

    [Theory]
    [InlineData("Other regional guides: Marsh | Upland | Estuary")]
    [InlineData("Related: The ferry timetable · Storm damage map · Who to call")]
    public void A_related_list_on_one_line_is_page_furniture(string line)
    {
        Assert.True(RelatedListLabel.IsInlineList(line));
        Assert.NotNull(BoilerplateClassifier.ClosingShape(line));
    }

    [Theory]
    [InlineData("Other matters: the council also approved a new bus shelter and a bench.")]
    [InlineData("Related: the ferry timetable changes on Monday")]
    public void A_sentence_after_a_label_is_no_related_list(string line) => Assert.False(RelatedListLabel.IsInlineList(line));

    [Theory]
    [InlineData("▶ Listen to this story · 7 min")]
    [InlineData("Listen (12 minutes)")]
    public void An_audio_bar_with_its_length_in_minutes_is_an_audio_player(string line) => Assert.True(AudioPlayer.Is(line));

    [Fact]
    public void A_sentence_about_listening_for_minutes_is_prose() => Assert.False(AudioPlayer.Is("Listen to the recording and you will hear him pause for 12 min"));

    [Theory]
    [InlineData("Written by")]
    [InlineData("Authors:")]
    [InlineData("Presenters")]
    public void A_byline_label_alone_heads_names(string line) => Assert.True(AuthorsBlock.IsBylineLabel(line));

    [Fact]
    public void About_the_authors_is_no_byline_label() => Assert.False(AuthorsBlock.IsBylineLabel("About the authors"));

    [Theory]
    [InlineData("Print this page")]
    [InlineData("Share this story")]
    public void A_short_command_to_the_reader_is_a_control(string line) => Assert.True(CallToAction.IsShortCommand(line));

    [Fact]
    public void A_long_instruction_is_no_control() =>
        Assert.False(CallToAction.IsShortCommand("See the council's guidance on ferry licences for the full list of conditions"));

    [Fact]
    public void A_production_note_of_a_profile_is_a_disclaimer() =>
        Assert.True(Disclaimer.Is("This profile was prepared by the Centre's staff from published sources. It is not an official position."));
}
