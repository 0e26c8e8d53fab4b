using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Golden cases for the precision of issue 6's furniture kinds (branch kind8): pages that carry one kind's furniture
/// but are another kind — a news site on blog software, a radio station's news clip, a prose sentence opening
/// "Broadcast", a magazine's issue line beside its subscribe links, a report's "Read online" button, a print-issue line
/// on a page its text or address already names. Invented text.
/// </summary>
public class Kind8RecogniserTests
{
    [Fact]
    public void A_news_sites_posted_on_head_comment_count_and_reply_form_are_no_blog() =>
        Assert.Null(BlogPostPage.Of(["The Marsh Valley Courier", "Ferry fares to rise", "Posted on 6 May 2031 by Eleanor Quist",
            "Fares will rise by a third.", "14 Comments", "Leave a Reply"]));

    [Fact]
    public void A_posted_on_head_with_links_to_older_posts_is_a_blog() =>
        Assert.Equal("blog", BlogPostPage.Of(["Lowland Notebook", "Posted on 4 May 2031 by Halima Torvaldsen", "The quay is empty.",
            "« Older post"])?.Evidence.Kind);

    [Fact]
    public void A_bloggers_footer_and_comment_form_are_a_blog() =>
        Assert.Equal("blog", BlogPostPage.Of(["River Notes", "The quay is empty.", "Posted by Ana Ruiz at 7:14 PM", "Leave a reply"])?.Evidence.Kind);

    [Fact]
    public void A_radio_stations_news_clip_under_a_first_broadcast_line_is_no_podcast() =>
        Assert.Null(GenreShapes.OfPage(["Radio Tallmere", "Lock keepers walk out", "First broadcast 5 May 2031, 07:00", "▶ Listen 2:41",
            "Lock keepers stopped work on Monday."]));

    [Fact]
    public void A_programme_of_a_programmes_length_with_a_player_is_a_podcast() =>
        Assert.Equal("podcast", GenreShapes.OfPage(["COAST FM", "The smugglers' ferry", "Broadcast Sat 17 May 2031, 18:00 · 45 mins",
            "▶ Play   + Add to playlist"])?.Evidence.Kind);

    [Fact]
    public void A_sentence_opening_broadcast_live_is_no_programme_line() =>
        Assert.Null(GenreShapes.OfPage(["Northgate Policy Centre", "Why the river ports keep paying", "▶ Listen 6:12", "Presented by the author",
            "Broadcast live on 3 March 2031, the minister's address promised a river police force within a year, and port managers had heard such promises before."]));

    [Fact]
    public void A_print_issue_line_is_weak_evidence_not_read_with_the_pages_strong_furniture() =>
        Assert.Null(GenreShapes.OfPage(["Harbour Review", "\"The patrols stopped\"", "This article appeared in the Spring 2031 issue of Harbour Review."]));

    [Theory]
    [InlineData("Issue 47 · Spring 2031", false)]
    [InlineData("Issue 12 · March 2031", false)]
    [InlineData("Issue #88 · Thursday, 23 November 2028", true)]
    [InlineData("Edition 57 — Friday, 9 May 2031", true)]
    public void A_numbered_issue_is_an_emails_edition_only_with_the_day_it_was_sent(string issueLine, bool newsletter) =>
        Assert.Equal(newsletter, NewsletterPage.Of(["Subscribe", "Sign in", "THE LOWLANDS QUARTERLY", issueLine, "The salt road after the war"]) is not null);

    [Theory]
    [InlineData("Read online", false)]
    [InlineData("View online", false)]
    [InlineData("View this email in your browser", true)]
    [InlineData("Read this email online", true)]
    public void Only_a_line_naming_the_email_or_the_browser_speaks_of_the_email(string line, bool newsletter) =>
        Assert.Equal(newsletter, NewsletterPage.Of(["Northgate Policy Centre", line, "Download PDF", "Enter your email address"]) is not null);

    [Theory]
    [InlineData("It has not been peer reviewed.", false)]
    [InlineData("This version is not peer reviewed.", true)]
    [InlineData("Not peer reviewed", true)]
    public void A_short_sentence_of_a_news_story_about_an_unreviewed_study_is_no_repository_mark(string line, bool preprint) =>
        Assert.Equal(preprint, GenreShapes.OfPage(["Valley Daily", "Study links river piracy to fuel prices", line])?.Evidence.Kind == "preprint");

    [Theory]
    [InlineData("Press statement", "press statement")]
    [InlineData("MEDIA STATEMENT", "press statement")]
    [InlineData("Statement", "statement")]
    [InlineData("SHORT ITEMS", "brief")]
    public void A_press_statement_is_a_kind_of_its_own_and_short_items_are_briefs(string label, string kind) =>
        Assert.Equal(kind, Genres.Of(label));

    [Fact]
    public void A_series_code_of_the_series_initials_is_not_part_of_its_name() =>
        Assert.Equal("research briefing", LabelLine.Read("RESEARCH BRIEFING RB 27/041")?.Kind);

    [Fact]
    public void The_contents_section_an_entry_is_filed_under_names_its_kind()
    {
        WholeIssueFormat.TocEntry[] toc = [new("Short items", [], true, 5), new("Lock Keepers Win", [], false, 6),
            new("Interview", [], true, 7), new("The Police Chief Who Moved", [], false, 8)];
        Assert.Equal("brief", WholeIssueFormat.ContentsSectionKind(toc, 1));
        Assert.Equal("interview", WholeIssueFormat.ContentsSectionKind(toc, 3));
        Assert.Null(WholeIssueFormat.ContentsSectionKind([new("A Ceasefire Without Witnesses", [], false, 3)], 0));
    }

    [Fact]
    public void A_masthead_loses_its_edition_words_when_the_copyright_line_names_the_outlet() =>
        Assert.Equal("Tbilisi Courier", SiteName.Find(["Tbilisi Courier — English Edition", "Politics   Economy   Opinion", "The ports are not for sale",
            "The law was written for one bidder and should be withdrawn before the vote.", "© 2029 Tbilisi Courier. All rights reserved."], null, null, [])?.Name);
}
