using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>The recognisers behind scraped pages' metadata: genres, label lines, section bars, credits, datelines.</summary>
public class ScrapedMetadataShapesTests
{
    [Theory]
    [InlineData("Press release", "press release")]
    [InlineData("NEWS RELEASE", "press release")]
    [InlineData("Media releases", "press release")]
    [InlineData("MARKET ANNOUNCEMENT", "announcement")]
    [InlineData("Exchange Announcements", "announcement")]
    [InlineData("⚠ ALERT", "alert")]
    [InlineData("Action alerts", "alert")]
    [InlineData("EXTRACT", "excerpt")]
    [InlineData("Book excerpts", "excerpt")]
    [InlineData("Letters to the Editor", "letter")]
    [InlineData("LETTERS", "letter")]
    [InlineData("Public notice", "notice")]
    [InlineData("Advisories", "advisory")]
    [InlineData("Q&A", "interview")]
    [InlineData("Interviews", "interview")]
    [InlineData("THE LONG READ", "long read")]
    [InlineData("Policy Briefs", "policy brief")]
    [InlineData("Op-Ed", "op-ed")]
    [InlineData("Opinion", "opinion")]
    [InlineData("Commentaries", "commentary")]
    [InlineData("Blog", "blog")]
    [InlineData("BRIEFS", "brief")]
    [InlineData("Briefing", "briefing")]
    [InlineData("Press statement", "press statement")]
    public void Genre_labels_name_their_kind(string label, string kind) => Assert.Equal(kind, Genres.Of(label));

    [Theory]
    [InlineData("Middle East")]
    [InlineData("Home")]
    [InlineData("The river authority")]
    public void Other_words_name_no_genre(string label) => Assert.Null(Genres.Of(label));

    [Theory]
    [InlineData("https://think.example/publications/policy-briefs/community-policing", "policy brief")]
    [InlineData("https://review.example/interviews/2025/06/17/a-talk", "interview")]
    [InlineData("https://gov.example/press-releases/new-offices", "press release")]
    [InlineData("https://paper.example/opinion/letters/2027/03/02/a-letter", "letter")]
    [InlineData("https://rights.example/en/alerts/2027/a-reporter-held", "alert")]
    [InlineData("https://blogs.uni.example/centre/2025/02/03/a-post/", "blog")]
    public void Address_folders_name_the_genre(string url, string kind) => Assert.Equal(kind, Genres.FromUrl(url)?.Kind);

    [Theory]
    [InlineData("https://paper.example/world/americas/a-story")]
    [InlineData("https://paper.example/opinion")]
    public void Addresses_without_a_genre_folder_name_none(string url) => Assert.Null(Genres.FromUrl(url));

    [Theory]
    [InlineData("Policy Brief No. 7 | November 2024", "policy brief", "2024-11-01")]
    [InlineData("Press release · 14 April 2025", "press release", "2025-04-14")]
    [InlineData("Issue Brief #12", "policy brief", "-")]
    [InlineData("NOTICE No. 41/2025", "notice", "-")]
    [InlineData("Field Bulletin #3 · 2 May 2025", "field bulletin", "2025-05-02")]
    [InlineData("COMPANY ANNOUNCEMENT                        Code: HLX", "announcement", "-")]
    [InlineData("Advisory      12 March 2027", "advisory", "2027-03-12")]
    public void Label_lines_give_genre_and_date(string line, string kind, string date)
    {
        var reading = LabelLine.Read(line)!;
        Assert.Equal(kind, reading.Kind);
        Assert.Equal(date, reading.Date?.Date.ToString("yyyy-MM-dd") ?? "-");
    }

    [Theory]
    [InlineData("World | Americas", true)]
    [InlineData("NEWS / REGION", true)]
    [InlineData("Home › Analysis › Middle East", true)]
    [InlineData("Gunmen seize river dredges in gold-rush town as army pulls back", false)]
    [InlineData("Ceasefire talks: what comes next | Analysis of the week's events in the region", false)]
    public void Section_bars_are_recognised(string line, bool expected) => Assert.Equal(expected, NavigationBar.IsSectionBar(line));

    [Fact]
    public void Wire_credits_name_reporters_and_writers_not_editors()
    {
        var credit = WireCredit.Read("Reporting by Ana Ruiz in Lima and Tomas Berg; Writing by Lea Holm; Editing by Kai Sund and Ola Nes")!;
        Assert.Equal(["Ana Ruiz", "Tomas Berg", "Lea Holm"], credit.Authors);
        Assert.Equal(["Kai Sund", "Ola Nes"], credit.Editors);
        Assert.Null(WireCredit.Read("Reporting by the ministry suggests the figures were wrong."));
    }

    [Fact]
    public void A_reporter_in_a_place_named_in_lower_case_is_still_a_reporter()
    {
        var credit = WireCredit.Read("Reporting by Ana Ruiz in Lima and Tomas Berg in the capital; Editing by Kai Sund")!;
        Assert.Equal(["Ana Ruiz", "Tomas Berg"], credit.Authors);
    }

    [Fact]
    public void Additional_reporting_is_credited_but_not_an_author()
    {
        var credit = WireCredit.Read("(Reporting by Mirela Saks in Tovar; Additional reporting by Kwabena Frost; Editing by Ulla Penn)")!;
        Assert.Equal(["Mirela Saks"], credit.Authors);
        Assert.Equal(["Kwabena Frost"], credit.Contributors);
        Assert.Equal(["Ulla Penn"], credit.Editors);
    }

    [Theory]
    [InlineData("— Nils Aamodt", "Nils Aamodt")]
    [InlineData("– Ana Ruiz and Tomas Berg", "Ana Ruiz; Tomas Berg")]
    [InlineData("Words by Ingrid Halvorsen", "Ingrid Halvorsen")]
    [InlineData("Story by Oda Brekke", "Oda Brekke")]
    [InlineData("— Security Council Report", "-")]
    [InlineData("— said the minister.", "-")]
    public void Closing_bylines_name_their_authors(string line, string names) =>
        Assert.Equal(names, EndByline.Read(line) is { } found ? string.Join("; ", found) : "-");

    [Theory]
    [InlineData("PUERTO ARENAL, March 4 (Meridian Wire) – Armed men took control of the rafts.", 3, 4, "Meridian Wire")]
    [InlineData("OSLO, Nov. 7 — Ferry crews voted to accept the offer.", 11, 7, null)]
    public void Wire_datelines_give_month_and_day(string text, int month, int day, string? agency)
    {
        var reading = WireDateline.Read(text)!;
        Assert.Equal((month, day, agency), (reading.Month, reading.Day, reading.Agency));
    }

    [Fact]
    public void A_sentence_naming_a_month_is_no_dateline() => Assert.Null(WireDateline.Read("In March 4 ships left the harbour – all of them late."));

    [Theory]
    [InlineData("Photographs by Mattias Berg", true)]
    [InlineData("Illustration: Sara Lind", true)]
    [InlineData("Words by Ingrid Halvorsen", false)]
    public void Picture_credits_are_not_bylines(string line, bool expected) => Assert.Equal(expected, PictureCredit.Is(line));

    [Fact]
    public void Alternating_speakers_make_an_interview()
    {
        string[] paragraphs =
        [
            "An introduction to the guest and the conversation that follows, long enough to be prose of its own.",
            "Review: What brought you to mediation?", "Osei: A war in my home district.",
            "Review: And what keeps you there?", "Osei: The people who are still talking.",
            "Review: What comes next?", "Osei: More listening.",
        ];
        Assert.Equal("interview", GenreShapes.Of(paragraphs)?.Evidence.Kind);
    }

    [Fact]
    public void A_few_labelled_notes_are_no_interview()
    {
        string[] paragraphs = ["Note: figures are provisional.", "The report found that most ferries ran late in winter.", "Update: the board replied on Friday."];
        Assert.Null(GenreShapes.Of(paragraphs));
    }
}
