using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Kinds a page shows by where its site files it (a breadcrumb's collection), by a series label opening its title, and
/// by the shape of its text (numbered questions and answers, a meeting's minutes). Invented text.
/// </summary>
public class FiledAndSeriesGenreTests
{
    [Theory]
    [InlineData("Judgment summaries", "judgment summary")]
    [InlineData("Information Bulletins", "information bulletin")]
    [InlineData("Written questions", "written question")]
    [InlineData("Abstracts", "abstract")]
    [InlineData("Daily summaries", "summary")]
    [InlineData("Press releases", "press release")]
    [InlineData("Field notes", "field note")]
    public void A_breadcrumb_collection_names_the_genre_of_its_pages(string item, string kind) => Assert.Equal(kind, Genres.FiledUnder(item));

    [Theory]
    [InlineData("Updates")]
    [InlineData("Our work")]
    [InlineData("Meetings and events")]
    [InlineData("Summary")]
    [InlineData("Notes from the field")]
    public void A_section_of_many_genres_is_no_collection(string item) => Assert.Null(Genres.FiledUnder(item));

    [Theory]
    [InlineData("dispatches", "dispatch")]
    [InlineData("Speeches", "speech")]
    [InlineData("analyses", "analysis")]
    [InlineData("reading lists", "reading list")]
    [InlineData("Essays", "essay")]
    public void A_pages_own_fields_line_files_it_under_a_plural_genre_even_alone(string field, string kind) =>
        Assert.Equal(kind, Genres.FiledInOwnFields(field));

    [Theory]
    [InlineData("News article")]
    [InlineData("News item")]
    [InlineData("News story")]
    public void A_label_for_a_piece_of_news_is_news(string label) => Assert.Equal("news", Genres.Of(label));

    [Theory]
    [InlineData("4 min read")]
    [InlineData("photographs")]
    [InlineData("Studies")]
    [InlineData("boats")]
    public void A_field_that_is_no_plural_genre_files_nothing(string field) => Assert.Null(Genres.FiledInOwnFields(field));

    [Theory]
    [InlineData("Daily summary: Day 23 – Tuesday 26 January 2027", "summary")]
    [InlineData("Field update #7 from Korvath: the camp after the attack", "field update")]
    [InlineData("Situation Report No. 12: floods in the delta", "situation report")]
    [InlineData("Weekly digest: three ports reopen", "digest")]
    public void A_title_opening_with_a_series_label_names_the_genre(string title, string kind) => Assert.Equal(kind, TitleGenre.Of(title)?.Kind);

    [Theory]
    [InlineData("Police report: gunmen stop a bus on the coast road")]
    [InlineData("Summary: what the court decided")]
    [InlineData("Route 9 bus attacked near the depot")]
    [InlineData("Pier No. 4 closed after the storm")]
    public void A_title_with_no_series_label_names_no_genre(string title) => Assert.Null(TitleGenre.Of(title));

    [Fact]
    public void Numbered_questions_each_with_an_answer_show_an_interview()
    {
        string[] paragraphs =
        [
            "Dr Ilse Marwick studies river trade and has written a book about the ferry towns.",
            "1. Why start with the ferries?", "Because every rumour in the valley crosses the river on one of them, sooner or later.",
            "2. Has the trade changed?", "It has moved from the day boats to the night boats, and the prices have doubled since spring.",
            "3. What would you change first?", "The licensing office. It opens for two hours a week and nobody can reach it by road.",
        ];
        Assert.Equal(("interview", 1), GenreShapes.Of(paragraphs) is { } found ? (found.Evidence.Kind, found.At) : default);
    }

    [Fact]
    public void A_numbered_list_of_findings_is_no_interview()
    {
        string[] paragraphs =
        [
            "1. Did the ferries carry weapons? The panel found that they did, on at least four occasions in the spring.",
            "2. The panel recommended that the licensing office open every day.",
            "3. What next? The council will meet again in June.", "It will hear from the harbour master and the police.",
        ];
        Assert.NotEqual("interview", GenreShapes.Of(paragraphs)?.Evidence.Kind);
    }

    [Fact]
    public void Attendance_numbered_agenda_items_and_a_resolution_show_minutes()
    {
        string[] lines =
        [
            "Harbour Works Committee: minutes of the meeting of 3 March 2031", "Present: Cllr Ada Rinne (Chair), Cllr Tomas Ulloa",
            "Apologies: Cllr Petra Vance", "1. Declarations of interest", "None were declared.", "2. Minutes of the previous meeting",
            "The minutes were agreed as a correct record.", "3. Lighting on the east quay",
            "The Committee considered a report on replacing the lamps on the east quay.", "RESOLVED: That officers obtain three quotes.",
        ];
        Assert.Equal(("minutes", 1), GenreShapes.OfPage(lines) is { } found ? (found.Evidence.Kind, found.At) : default);
    }

    [Fact]
    public void A_numbered_story_with_no_attendance_is_no_minutes()
    {
        string[] lines =
        [
            "Three things the council decided", "1. Lighting on the east quay", "The lamps will be replaced.", "2. Ferry timetable",
            "The winter timetable starts early.", "3. Market days", "Resolved: the market moves to Saturdays.",
        ];
        Assert.Null(GenreShapes.OfPage(lines));
    }
}
