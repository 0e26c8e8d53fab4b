using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// The kind a page's site furniture shows when no label names it (a newsletter platform, a blog's software, a news
/// site's story page), and the kinds as an editor writes them (short nouns; "Issue #N" is no genre). Invented text.
/// </summary>
public class PageKindFurnitureTests
{
    [Fact]
    public void A_numbered_issue_and_a_line_about_the_email_show_a_newsletter()
    {
        string[] lines =
        [
            "The Quarry Letter", "Home", "Archive", "Issue #12", "What the river pilots know", "Mira Oyelaran",
            "This week I spent two days on the ferry landings.", "If a friend forwarded this to you, sign up below.",
        ];
        var found = NewsletterPage.Of(lines);
        Assert.Equal("newsletter", found?.Evidence.Kind);
        Assert.Equal(3, found?.At);
    }

    [Fact]
    public void A_news_sites_sign_up_box_and_sign_in_link_alone_are_no_newsletter() =>
        Assert.Null(NewsletterPage.Of(["Harbour Times", "Subscribe", "Sign in", "Flooding closes the coast road", "Enter your email for our morning briefing"]));

    [Fact]
    public void A_posted_by_footer_and_older_post_links_show_a_blog()
    {
        string[] lines = ["Notes from the Dock", "Tuesday, 3 March 2026", "Fog again", "The pilots waited.", "Posted by Ivo Renning at 6:40 PM", "Newer Post  Older Post  Home"];
        Assert.Equal("blog", BlogPostPage.Of(lines)?.Evidence.Kind);
    }

    [Fact]
    public void A_posted_by_footer_alone_is_no_blog() =>
        Assert.Null(BlogPostPage.Of(["Fog again", "The pilots waited.", "Posted by Ivo Renning at 6:40 PM"]));

    [Fact]
    public void An_updated_stamp_and_an_advertisement_slot_show_a_news_story()
    {
        string[] lines = ["The Lowland Courier", "Dam repairs delayed again", "Petra Vosk", "4 May 2026", "Updated 9:12 AM", "Engineers said…", "Advertisement"];
        var found = NewsSitePage.Of(lines, null);
        Assert.Equal("news", found?.Evidence.Kind);
        Assert.Contains("'Updated' stamp", found?.Evidence.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correspondent_line_and_an_address_dated_by_the_day_show_a_news_story() =>
        Assert.Equal("news", NewsSitePage.Of(["Salt pans flooded", "Ana Rui", "Northern correspondent", "The pans were…"],
            "https://courier.example/region/2026/05/04/salt-pans-flooded")?.Evidence.Kind);

    [Fact]
    public void A_magazines_desk_bar_and_story_list_alone_are_no_news_story() =>
        Assert.Null(NewsSitePage.Of(["Politics · World · Culture · Ideas", "The long walk home", "Text…", "More from Lantern Quarterly"], null));

    [Theory]
    [InlineData("Weekly Security Bulletin", "bulletin")]
    [InlineData("DAILY SITUATION REPORT", "situation report")]
    [InlineData("Monthly Digest", "digest")]
    [InlineData("Field Diary", "field diary")]
    [InlineData("CASE SUMMARY", "case summary")]
    public void A_long_label_names_the_kind_it_ends_in_and_a_two_word_genre_stays(string label, string kind) =>
        Assert.Equal(kind, Genres.OwnLabel(label));

    [Theory]
    [InlineData("Issue #47")]
    [InlineData("Volume No. 3")]
    [InlineData("Edition #9")]
    public void A_numbered_issue_is_no_genre(string line) => Assert.Null(LabelLine.Read(line));

    [Fact]
    public void A_numbered_weekly_series_names_its_short_kind() => Assert.Equal("bulletin", LabelLine.Read("Weekly Risk Bulletin No. 48")?.Kind);

    [Theory]
    [InlineData("BRIEFS", true)]
    [InlineData("Analyses", true)]
    [InlineData("News in Brief", true)]
    [InlineData("BRIEF", false)]
    [InlineData("ANALYSIS", false)]
    public void A_plural_label_heads_a_run(string label, bool plural) => Assert.Equal(plural, Genres.IsPlural(label));

    [Fact]
    public void A_news_in_brief_label_is_brief() => Assert.Equal("brief", Genres.Of("Region in Brief"));
}
