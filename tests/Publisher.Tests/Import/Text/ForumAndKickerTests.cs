using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public sealed class ForumAndKickerTests
{
    [Theory]
    [InlineData("Post Tue Mar 09, 2027 6:12 am", null, 2027, 3, 9)]
    [InlineData("Post by quay_keeper » Wed Mar 10, 2027 11:03 pm", "quay_keeper", 2027, 3, 10)]
    [InlineData("Posted: 14 April 2027, 09:20", null, 2027, 4, 14)]
    [InlineData("#3 Posted by lanternfish - 2 May 2027", "lanternfish", 2027, 5, 2)]
    public void Forum_post_headers_give_the_date(string line, string? user, int y, int m, int d)
    {
        var header = ForumThread.Header(line);
        Assert.NotNull(header);
        Assert.Equal(user, header.User);
        Assert.Equal(new DateOnly(y, m, d), header.Date.Date);
    }

    [Theory]
    [InlineData("Post-war reconstruction began in 1946 and lasted until 1952.")]
    [InlineData("Postal workers struck on 3 May 2027 over pay.")]
    [InlineData("Post office closures hit the valley towns, 3 May 2027")]
    [InlineData("Posted by the harbour authority to every skipper")]
    public void Headlines_and_prose_are_no_post_headers(string line) => Assert.Null(ForumThread.Header(line));

    [Fact]
    public void A_reply_is_a_re_subject_over_a_post_header()
    {
        string[] lines = ["Re: Ferry timetables on the lower lakes", "Post by quay_keeper » Wed Mar 10, 2027 11:03 pm", "Thanks, that helps."];
        Assert.True(ForumThread.OpensReply(lines, 0));
        Assert.False(ForumThread.OpensReply(["Re: your letter of 4 March", "We have considered the points you raised."], 0));
    }

    [Fact]
    public void A_thread_with_a_post_header_and_a_reply_is_a_forum_post_dated_by_its_first_post()
    {
        string[] lines =
        [
            "Ferry timetables on the lower lakes", "Post Tue Mar 09, 2027 6:12 am", "The winter timetable cuts two sailings.", "Top",
            "Re: Ferry timetables on the lower lakes", "Post by quay_keeper » Wed Mar 10, 2027 11:03 pm", "Agreed.",
        ];
        var thread = ForumThread.Of(lines);
        Assert.NotNull(thread);
        Assert.Equal(ArticleKinds.ForumPost, thread.Value.Evidence.Kind);
        Assert.Equal(1, thread.Value.At);
        Assert.Equal(new DateOnly(2027, 3, 9), thread.Value.Date.Date);
        Assert.Null(ForumThread.Of(lines.Take(4).ToList()));
    }

    [Theory]
    [InlineData("EXPLAINER-Why the northern ferries stopped running", "Why the northern ferries stopped running", "EXPLAINER")]
    [InlineData("UPDATE 2-Lake port reopens after storm damage", "Lake port reopens after storm damage", "UPDATE 2")]
    [InlineData("NATO-led patrols resume on the lake", "NATO-led patrols resume on the lake", null)]
    [InlineData("FACTBOX-Ferries", "FACTBOX-Ferries", null)]
    public void A_wire_kicker_is_no_part_of_the_headline(string title, string expected, string? kicker) =>
        Assert.Equal((expected, kicker), TitleKicker.Strip(title));

    [Fact]
    public void A_kicker_that_is_a_genre_names_the_kind()
    {
        Assert.Equal(ArticleKinds.Explainer, TitleKicker.Genre("EXPLAINER-Why the northern ferries stopped running")?.Kind);
        Assert.Null(TitleKicker.Genre("EXCLUSIVE-Lake port reopens after storm damage"));
    }

    [Theory]
    [InlineData("PORT NOTICE PN-2027/12", "port notice")]
    [InlineData("Research Article", "research article")]
    public void Labels_over_titles_with_reference_codes_or_article_heads_name_the_genre(string label, string kind) =>
        Assert.Equal(kind, LabelLine.Read(label)?.Kind ?? Genres.OwnLabel(label));

    [Theory]
    [InlineData("Board index ‹ Lakes ‹ Northern shore", true)]
    [InlineData("Home › Analysis › Lakes", true)]
    public void Breadcrumbs_pointing_back_are_breadcrumbs(string line, bool expected) => Assert.Equal(expected, UiVocabulary.IsBreadcrumb(line));

    [Theory]
    [InlineData("This website uses cookies so that we can remember your settings and count our visitors. You can change which cookies we set at any time in the settings, and you can read how we use the data in our privacy notice. If you continue, we will take it that you accept them.", true)]
    [InlineData("We and our partners use cookies to measure how our reports are read. Accept | Settings", true)]
    [InlineData("The investigators found that the marketplace uses cookies and device fingerprints to follow buyers across sites, and that its operators sold the data on.", false)]
    public void A_sites_own_cookie_notice(string text, bool expected) => Assert.Equal(expected, UiVocabulary.IsCookieNotice(text));
}
