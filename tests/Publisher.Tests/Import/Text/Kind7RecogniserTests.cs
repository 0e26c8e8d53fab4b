using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Golden cases for issue 6's kind recognisers (branch kind7): a hosted blog's and an emailed newsletter's furniture,
/// a programme page, a repository's preprint mark, a magazine's print-issue line, and when a run of briefs in a whole
/// issue ends or goes on. Invented text.
/// </summary>
public class Kind7RecogniserTests
{
    [Fact]
    public void A_posted_on_head_and_a_mail_new_posts_box_show_a_blog() =>
        Assert.Equal("blog", BlogPostPage.Of(["Lowland Notebook", "The barges", "Posted on 4 May 2031 by Halima Torvaldsen",
            "The quay is empty.", "Join 1,310 other subscribers"])?.Evidence.Kind);

    [Fact]
    public void A_posted_by_line_alone_is_no_blog() =>
        Assert.Null(BlogPostPage.Of(["Harbour Times", "Posted by Ana Ruiz", "The quay is empty."]));

    [Fact]
    public void View_in_browser_and_a_dated_edition_show_a_newsletter() =>
        Assert.Equal("newsletter", NewsletterPage.Of(["View this email in your browser", "THE CROSSINGS LETTER",
            "Edition 57 — Friday, 9 May 2031", "Why the night buses stopped"])?.Evidence.Kind);

    [Fact]
    public void A_broadcast_line_with_a_player_shows_a_podcast() =>
        Assert.Equal("podcast", GenreShapes.OfPage(["COAST FM", "The smugglers' ferry", "Presented by Kwabena Lindholm",
            "Broadcast Sat 17 May 2031, 18:00 · 45 mins", "▶ Play   + Add to playlist"])?.Evidence.Kind);

    [Fact]
    public void A_repositorys_not_peer_reviewed_mark_shows_a_preprint() =>
        Assert.Equal("preprint", GenreShapes.OfPage(["Open Commons", "Working paper  ·  Not peer reviewed", "Ransom and Captivity"])?.Evidence.Kind);

    [Fact]
    public void A_news_sentence_about_an_unreviewed_study_is_no_preprint() =>
        Assert.Null(GenreShapes.OfPage(["Harbour Times", "The study, which has not been peer reviewed, counted 214 cases in the gulf over ten years."]));

    [Fact]
    public void A_print_issue_line_shows_a_magazine_feature() =>
        Assert.Equal("feature", GenreShapes.OfPrintIssue(["The Lamp", "The Radio Station", "This article appeared in the Winter 2026 issue of the magazine."])?.Evidence.Kind);

    [Theory]
    [InlineData(400, true, false, 200, true)]    // twice the longest brief, with notes
    [InlineData(320, false, true, 200, true)]    // 1.6 times, with subheadings
    [InlineData(520, false, false, 200, true)]   // 2.6 times, length alone
    [InlineData(360, false, false, 200, false)]  // 1.8 times, built like a brief
    [InlineData(280, true, false, 200, false)]   // 1.4 times, a brief with a note
    public void A_piece_ends_a_run_of_briefs_when_much_longer_and_built_like_a_feature(int words, bool notes, bool subheadings, int longest, bool ends) =>
        Assert.Equal(ends, WholeIssueFormat.EndsBriefRun(new WholeIssueFormat.PieceShape(words, notes, subheadings), longest));

    [Theory]
    [InlineData(240, true, false, 200, true)]    // 1.2 times, a note
    [InlineData(260, false, false, 200, false)]  // 1.3 times
    [InlineData(180, false, true, 200, false)]   // subheadings
    public void A_piece_listed_by_title_stays_in_a_run_of_briefs_when_as_short_as_they_are(int words, bool notes, bool subheadings, int longest, bool stays) =>
        Assert.Equal(stays, WholeIssueFormat.ContinuesBriefRun(new WholeIssueFormat.PieceShape(words, notes, subheadings), longest));
}
