using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// The recognisers for genres and furniture of podcast pages, book reviews, blog platforms, aggregator copies and
/// newsroom pages: genre words, page cues, book blocks, page fields, header widgets, contact blocks, show notes,
/// donation appeals, teaser lines, and the byline and date shapes these pages print.
/// </summary>
public class PageGenreShapesTests
{
    [Theory]
    [InlineData("Podcast", "podcast")]
    [InlineData("Episodes", "podcast")]
    [InlineData("INVESTIGATION", "investigation")]
    [InlineData("Investigations", "investigation")]
    [InlineData("Situation Report", "situation report")]
    [InlineData("Flash Update", "situation report")]
    [InlineData("Sitrep", "situation report")]
    [InlineData("Campus News", "news")]
    [InlineData("FACULTY NEWS", "news")]
    [InlineData("Book reviews", "review")]
    public void New_genre_words_name_their_kind(string label, string kind) => Assert.Equal(kind, Genres.Of(label));

    [Theory]
    [InlineData("Harbour City Evening News")]
    [InlineData("Channel 4 News")]
    [InlineData("Update")]
    public void A_site_name_ending_in_news_or_a_bare_update_is_no_genre(string label) => Assert.Null(Genres.Of(label));

    [Fact]
    public void A_numbered_episode_with_a_host_line_is_a_podcast_even_with_speaker_turns()
    {
        string[] lines =
        [
            "Ridgeline Radio", "Episode 12: The Well Keepers", "Hosted by Ola Brandsen",
            "OLA BRANDSEN: Welcome back.", "TAM VEDDER: Thanks.", "OLA BRANDSEN: So, the wells.", "TAM VEDDER: They dried up.",
            "OLA BRANDSEN: And then?", "TAM VEDDER: The herders moved.",
        ];
        var found = GenreShapes.OfPage(lines);
        Assert.Equal("podcast", found?.Evidence.Kind);
        Assert.Equal(1, found?.At);
    }

    [Fact]
    public void An_episode_number_alone_is_no_podcast() =>
        Assert.Null(GenreShapes.OfPage(["Ep. 4: Field notes from the delta", "The river rose again this year, and the farmers moved."]));

    [Fact]
    public void A_follow_button_and_a_follower_count_show_a_blog_platform() =>
        Assert.Equal("blog", GenreShapes.OfPage(["A Post About Maps", "Nia Oduro", "Follow", "Some text here.", "2.4K Followers"])?.Evidence.Kind);

    [Theory]
    [InlineData("Marlow Press, 412 pages, $32")]
    [InlineData("Fenwick Books, 288pp, paperback £14.99")]
    [InlineData("Haldane & Co | 304 pp. | €24.90")]
    public void A_publisher_pages_and_price_line_is_a_book_block(string line)
    {
        Assert.True(BookBlock.IsDetails(line));
        Assert.Equal("review", GenreShapes.OfPage(["Title", line])?.Evidence.Kind);
    }

    [Theory]
    [InlineData("The report runs to 120 pages and costs the ministry nothing to publish, officials said.")]
    [InlineData("See pages 12-14")]
    public void A_sentence_about_pages_is_no_book_block(string line) => Assert.False(BookBlock.IsDetails(line));

    [Theory]
    [InlineData("Buy from our partner bookshop")]
    [InlineData("Order your copy from the Compass Bookshop for £11.99")]
    public void Bookshop_offers_are_recognised(string line) => Assert.True(BookBlock.IsBookshopOffer(line));

    [Theory]
    [InlineData("The court also made a forfeiture order and barred her from holding office for ten years.")]
    [InlineData("Traders say they have no choice but to buy from the militia.")]
    public void A_sentence_that_reports_an_order_is_no_bookshop_offer(string line) => Assert.False(BookBlock.IsBookshopOffer(line));

    [Theory]
    [InlineData("Format: Situation Report", "situation report")]
    [InlineData("Content type: Flash Update", "situation report")]
    [InlineData("Type: Press release", "press release")]
    public void A_format_field_names_the_genre(string line, string kind) => Assert.Equal(kind, PageField.Genre(line));

    [Theory]
    [InlineData("Source: Office for Disaster Coordination", "Office for Disaster Coordination")]
    [InlineData("Originally published by: Harbour Aid Network", "Harbour Aid Network")]
    public void A_source_field_names_the_originating_organisation(string line, string source) => Assert.Equal(source, PageField.Source(line));

    [Theory]
    [InlineData("Note: the figures are provisional and will be revised.")]
    [InlineData("MAREN OKAFOR: Welcome to the show.")]
    [InlineData("Lake Region: Flood Update No. 3")]
    public void Sentences_speakers_and_titles_are_no_page_fields(string line) => Assert.Null(PageField.Read(line));

    [Theory]
    [InlineData("Follow")]
    [InlineData("·")]
    [InlineData("1.2K")]
    [InlineData("▶ Play episode")]
    [InlineData("0:00 / 41:12")]
    [InlineData("Listen · 5 min")]
    [InlineData("Season 3 · 28 min")]
    [InlineData("Member-only story")]
    [InlineData("Open in app")]
    [InlineData("Gift this article")]
    public void Header_widgets_are_recognised(string line) => Assert.True(HeaderWidget.Is(line));

    [Theory]
    [InlineData("Follow the money")]
    [InlineData("Listen to the farmers first")]
    [InlineData("1,200 people")]
    public void Short_text_is_no_header_widget(string line) => Assert.False(HeaderWidget.Is(line));

    [Theory]
    [InlineData("For further information, please contact:")]
    [InlineData("Media contact:")]
    [InlineData("sbrandt@eastmoor.example | +44 20 7946 0001")]
    [InlineData("Hanne Okafor, Head of Unit, okafor@recu.example")]
    [InlineData("Press desk: 020 7946 0001")]
    [InlineData("For further information:")]
    [InlineData("For more information, please contact:")]
    [InlineData("For press enquiries, please contact:")]
    [InlineData("For more information or to request an interview, please contact:")]
    public void Contact_lines_are_recognised(string line) => Assert.True(ContactBlock.Is(line));

    [Theory]
    [InlineData("Investigators traced the payments to an account registered at okafor@recu.example over several months last year.")]
    [InlineData("Martha Quist, Press Officer")]
    [InlineData("2) @harbour_watch (8.2k subscribers) - 03.11.2027 14:20")]
    [InlineData("Posted 2027/11/03 by the port channel")]
    [InlineData("For press enquiries the ministry now charges a fee, the union says.")]
    public void Prose_and_a_bare_name_and_role_are_no_contact_line(string line) => Assert.False(ContactBlock.Is(line));

    [Theory]
    [InlineData("Letters may be shortened for reasons of space. Send yours to post@valleytimes.example with your town.", true)]
    [InlineData("Tips and corrections: newsdesk@valleytimes.example", true)]
    [InlineData("Bo Ma, Programme Officer, Tarvik, bo.ma@relief.example", true)]
    [InlineData("The harbour master said the boats had been stopped twice since March and that the fishermen had lost most of their catch.", false)]
    public void Short_paragraphs_giving_an_email_address(string text, bool expected) => Assert.Equal(expected, ContactBlock.GivesEmailAddress(text));

    [Fact]
    public void A_name_and_role_is_a_line_of_a_contact_block() => Assert.True(ContactBlock.IsBlockLine("Martha Quist, Press Officer"));

    [Theory]
    [InlineData("Previous episode: Episode 47 — Mapping the river checkpoints")]
    [InlineData("Next episode: #74 — After the floods")]
    [InlineData("Music by The Dry Wells. Produced by Petra Olowu.")]
    [InlineData("Theme music by Lantern Hill")]
    [InlineData("This transcript was machine-generated and may contain errors.")]
    [InlineData("Show notes")]
    public void Show_notes_are_recognised(string line) => Assert.True(ShowNotes.Is(line));

    [Theory]
    [InlineData("Transcript")]
    [InlineData("Transcript (partial)")]
    [InlineData("Partial transcript:")]
    [InlineData("Episode transcript")]
    public void Transcript_labels_are_recognised(string line) => Assert.True(ShowNotes.IsTranscriptLabel(line));

    [Theory]
    [InlineData("Transcript (of the hearing)")]
    [InlineData("Transcripts")]
    public void Other_lines_are_no_transcript_label(string line) => Assert.False(ShowNotes.IsTranscriptLabel(line));

    [Fact]
    public void A_sentence_about_music_is_no_show_note() =>
        Assert.False(ShowNotes.Is("Music by local bands was banned in the town after the militia took control in 2019."));

    [Theory]
    [InlineData("The Keystone Record is a nonprofit newsroom. We rely on readers like you. Please consider a donation today.")]
    [InlineData("We don't have a paywall. Support our journalism with a donation.")]
    public void Donation_appeals_are_recognised(string text) => Assert.True(DonationAppeal.Is(text));

    [Fact]
    public void A_story_about_a_charity_is_no_donation_appeal() =>
        Assert.False(DonationAppeal.Is("The charity said donations had fallen by a third since the floods, and it would close two clinics."));

    [Theory]
    [InlineData("Related: County approves emergency repair funds for rural bridges", true)]
    [InlineData("READ MORE: Harbour strike enters its third week", true)]
    [InlineData("Related: the two cases. Both men were convicted in 2022 and released in 2024.", false)]
    [InlineData("Relatedly, the council also voted to close the depot.", false)]
    [InlineData("Read more → Harbour Gazette", true)]
    [InlineData("See also » Tanker seized off the cape", true)]
    [InlineData("Read more -> The ministry's full statement", true)]
    [InlineData("Read more → The minister said the figures were wrong. She did not say which ones.", false)]
    public void Teaser_lines_are_recognised(string line, bool expected) => Assert.Equal(expected, TeaserLine.Is(line));

    [Theory]
    [InlineData("Story by Oona Virtanen, University Communications", "Oona Virtanen")]
    [InlineData("By Greta Ashdown-Mbeki, University Relations", "Greta Ashdown-Mbeki")]
    [InlineData("Hosted by Maren Okafor", "Maren Okafor")]
    [InlineData("Presented by Anouk Berhane", "Anouk Berhane")]
    [InlineData("By Ann Lee, Bo Marsh and Cy Young", "Ann Lee|Bo Marsh|Cy Young")]
    public void Bylines_keep_names_and_leave_affiliations_out(string line, string names) =>
        Assert.Equal(names.Split('|'), Byline.Read(line)!.Names);

    [Theory]
    [InlineData("Published: Mar. 4, 2025 at 5:47 PM EST|Updated: 3 hours ago", "2025-03-04")]
    [InlineData("As of 21 September 2024", "2024-09-21")]
    [InlineData("Last reviewed: 14 February 2024", "2024-02-14")]
    public void Date_lines_of_newsroom_and_aggregator_pages(string line, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateLine.Read(line)?.Date);

    [Theory]
    [InlineData("HARROW COUNTY (WNRT) - Dozens of families were told to leave their homes.", true)]
    [InlineData("NATO said on Tuesday that it would send more troops.", false)]
    public void Broadcaster_datelines_without_a_date(string paragraph, bool expected) => Assert.Equal(expected, WireDateline.IsUndated(paragraph));
}
