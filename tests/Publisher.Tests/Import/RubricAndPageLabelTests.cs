using Publisher.Core.Content;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Kinds and titles from what a page prints round its title (kinds25): a rubric before the headline ("Guest post: …"),
/// a label line in parts beside the reading time, an email subject that is the printed title under its series label, a
/// label over the title with the piece's date or code between, and a news story's furniture in other spellings. Every
/// decision is listed among the reader's actions. Invented text.
/// </summary>
public class RubricAndPageLabelTests
{
    private const string Body =
        "The harbour board met on Tuesday to decide whether the northern quay should reopen before the winter storms began.\n" +
        "Fishermen said the closure had cost them most of the autumn season, and two families had already sold their boats.\n" +
        "The board will publish its decision next week, after the engineers have inspected the sea wall once more.\n";

    [Theory]
    [InlineData("Guest post: Study circles and the limits of harbour law", "Study circles and the limits of harbour law", "blog")]
    [InlineData("ANALYSIS: Ports under strain as the storms return", "Ports under strain as the storms return", "analysis")]
    [InlineData("Opinion: We must talk about the ferries", "We must talk about the ferries", "opinion")]
    [InlineData("Commentary: Why the quay stayed shut", "Why the quay stayed shut", "commentary")]
    public void A_rubric_before_the_headline_is_no_part_of_it_and_names_the_kind(string printed, string title, string kind)
    {
        var found = TitleGenre.RubricPrefix(printed);
        Assert.Equal(title, found?.Title);
        Assert.Equal(kind, found?.Genre.Kind);
    }

    [Theory]
    [InlineData("Transcript: Press conference on the quay arrests")]
    [InlineData("Interview: The Port Captain Who Refused to Pay")]
    [InlineData("Weekly Security Bulletin: Week 48 – Ports and Pipelines")]
    [InlineData("Analysis: Quay closed")]
    [InlineData("Harbour Pilots: A History of the Northern Quay")]
    [InlineData("Field diary: three nights on the quay")]
    public void A_documents_own_genre_a_series_label_or_a_plain_lead_stays_in_the_title(string printed) =>
        Assert.Null(TitleGenre.RubricPrefix(printed));

    [Fact]
    public void Guest_post_is_a_blog_post() => Assert.Equal("blog", Genres.Of("Guest posts"));

    [Fact]
    public void A_label_line_in_parts_is_read_beside_the_reading_time()
    {
        var read = LabelLine.ReadBesideReadingTime("Insight | 27 Jan 2032 | 9 min read");
        Assert.Equal("insight", read?.Kind);
        Assert.Equal(new DateOnly(2032, 1, 27), read?.Date?.Date);
        Assert.Null(LabelLine.ReadBesideReadingTime("Harbour Times | 9 min read"));
        Assert.Null(LabelLine.ReadBesideReadingTime("Insight | 27 Jan 2032"));
    }

    [Theory]
    [InlineData("ICMS/PS/2031/19", true)]
    [InlineData("MSB 2031/03", true)]
    [InlineData("9 September 2031", true)]
    [InlineData("Published 9 September 2031", false)]
    [InlineData("Press release · 14 April 2031", false)]
    [InlineData("Maritime Security Programme", false)]
    public void A_code_or_plain_date_may_stand_between_a_label_and_its_title(string line, bool between) =>
        Assert.Equal(between, LabelLine.IsCodeOrDateUnderLabel(line));

    [Fact]
    public void A_dotted_time_with_its_zone_and_a_list_of_more_on_the_story_show_a_news_story()
    {
        string[] lines =
        [
            "The Quayside Times", "Fishermen blockade the northern quay", "By Rhona Castell in Saltmarsh",
            "Tue 4 Mar 2031 09.12 GMT", Body, "More on this story",
        ];
        Assert.Equal("news", NewsSitePage.Of(lines, url: null)?.Evidence.Kind);
        Assert.Equal("an 'Updated' stamp", NewsSitePage.CueOf("Published 3 May 2031 · Last modified on Sat 4 May 2031"));
        Assert.Equal("an 'Updated' stamp", NewsSitePage.CueOf("Published Aug 27, 2027 6:15 PM  |  Updated Aug 28, 2027 8:02 AM"));
        Assert.Null(NewsSitePage.CueOf("Version 2.05 of the harbour plan"));
    }

    [Fact]
    public void A_scraped_title_loses_its_rubric_and_the_report_says_so()
    {
        var (draft, result) = Scrape("Saltmarsh Law Blog\n\n14 June 2031\n\nGuest post: Study circles and the limits of harbour law\n\nBy Rhona Castell\n\n" + Body);
        Assert.Equal("Study circles and the limits of harbour law", draft.Title);
        Assert.Equal("blog", draft.Kind);
        Assert.Contains(result.Actions, a => a.Reason?.Contains("rubric 'Guest post:'", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_email_subject_under_its_series_label_gives_way_to_the_printed_title()
    {
        var (draft, _) = Scrape(
            "From: Harbour Security Desk <desk@harbour.example>\nTo: All staff <staff@harbour.example>\nDate: Tue, 4 Mar 2031 07:15:02 +0100\n" +
            "Subject: SECURITY BULLETIN HSD-2031-014: Night ferry crossings suspended -\n after quay attack\n\n" +
            "SECURITY BULLETIN  |  HSD-2031-014  |  4 March 2031\n\nNight ferry crossings suspended - after quay attack\n\n" + Body);
        Assert.Equal("Night ferry crossings suspended - after quay attack", draft.Title);
        Assert.Equal("security bulletin", draft.Kind);
    }

    [Fact]
    public void A_label_over_the_title_with_the_date_between_names_the_kind()
    {
        var (draft, result) = Scrape("Saltmarsh Rights Watch\nDonate now\nLatest\nPress releases\nPress release\n9 September 2031\n" +
            "Saltmarsh: Release the fishermen held without charge\n" + Body);
        Assert.Equal("press release", draft.Kind);
        Assert.Contains(result.Actions, a => a.After == "kind: press release");
    }

    private static (ArticleDraft Draft, RawReadResult Result) Scrape(string page)
    {
        var result = new WebScrapeFormat().Read(TextFile.Normalize(page), new RawSource("seeds/case.txt"));
        return (Assert.Single(result.Drafts), result);
    }
}
