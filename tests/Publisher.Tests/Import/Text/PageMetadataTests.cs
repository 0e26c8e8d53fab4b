using Publisher.Core.Import;
using Publisher.Core.Import.Text;
using Publisher.Core.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// The metadata a scraped page gives about itself besides its title and authors: its kind (the title's own genre label,
/// the label over the title, an encyclopedia's tagline, its address), its date (in more notations, from a line of
/// fields, from the page's history) and its site's name (without a tagline or an edition). All cases invented.
/// </summary>
public class PageMetadataTests
{
    [Theory]
    [InlineData("Transcript: Water, Borders and the Upper Lhasko Dam", "transcript")]
    [InlineData("Interview: The Mayor Who Negotiated With the Militia", "interview")]
    [InlineData("Explainer: Who Controls the Salt Road?", "explainer")]
    [InlineData("LIVE: Ferry fire in Port Oldram – rescuers reach lower deck", "live blog")]
    [InlineData("Storm over the delta: evacuations and flooding – as it happened", "live blog")]
    [InlineData("Election night in Vessary – live", "live blog")]
    [InlineData("Mardovia travel advice: safety and security", "travel advice")]
    [InlineData("Kelso Bay cholera outbreak — Situation Report", "situation report")]
    public void A_title_naming_its_genre_gives_the_kind(string title, string kind) => Assert.Equal(kind, TitleGenre.Of(title)?.Kind);

    [Theory]
    [InlineData("Report: Militia Leader Seen in Tarsk")]
    [InlineData("Statement: What the Ministry Did Not Say")]
    [InlineData("Water Wars: How Three Villages Shared One Well")]
    [InlineData("The long road home – a family returns to Osterby")]
    [InlineData("Live and let die: the militia's code")]
    public void A_title_citing_a_source_or_with_a_plain_lead_names_no_genre(string title) => Assert.Null(TitleGenre.Of(title));

    [Theory]
    [InlineData("In Brief: Tarsk Ferry Strike Ends After Nine Days", "Tarsk Ferry Strike Ends After Nine Days", "brief")]
    [InlineData("Briefs: Militia Leader Surrenders in Ovren", "Militia Leader Surrenders in Ovren", "brief")]
    [InlineData("News in brief: salt road reopens to lorries", "salt road reopens to lorries", "brief")]
    [InlineData("Commentaries: Why the Delta Talks Keep Stalling", "Why the Delta Talks Keep Stalling", "commentary")]
    public void A_run_s_section_label_before_an_issue_title_is_no_part_of_it(string title, string rest, string kind)
    {
        var filed = TitleGenre.SectionPrefix(title);
        Assert.NotNull(filed);
        Assert.Equal(rest, filed.Value.Title);
        Assert.Equal(kind, filed.Value.Kind);
    }

    [Theory]
    [InlineData("Interview: The Mayor Who Negotiated With the Militia")] // one piece's genre, printed as part of its title
    [InlineData("Water Wars: How Three Villages Shared One Well")]
    [InlineData("In Brief: Strike Ends")] // too little left to be a title
    [InlineData("Briefly Noted")]
    public void A_title_opening_with_no_run_label_keeps_its_words(string title) => Assert.Null(TitleGenre.SectionPrefix(title));

    [Theory]
    [InlineData("FIELD DIARY", "field diary")]
    [InlineData("Country Note", "country note")]
    [InlineData("Weekly Digests", "digest")]
    [InlineData("EVENT TRANSCRIPT", "transcript")]
    [InlineData("Travel Advisory", "travel advice")]
    public void A_label_over_the_title_ending_in_a_genre_noun_is_the_page_s_own_genre(string label, string kind) =>
        Assert.Equal(kind, Genres.OwnLabel(label));

    [Theory]
    [InlineData("REGION / SECURITY")]
    [InlineData("Harbour Districts")]
    [InlineData("Support our field teams now")]
    [InlineData("the diary")]
    [InlineData("FOR IMMEDIATE RELEASE")]
    public void A_section_or_phrase_is_no_own_genre_label(string label) => Assert.Null(Genres.OwnLabel(label));

    [Theory]
    [InlineData("Risk Note 26/41", "risk note")]
    [InlineData("Country Brief 3/12", "country brief")]
    public void A_series_label_with_a_number_pair_names_the_genre(string line, string kind) => Assert.Equal(kind, LabelLine.Read(line)?.Kind);

    [Fact]
    public void Chapter_numbers_are_no_series() => Assert.Null(LabelLine.Read("Chapter 7"));

    [Theory]
    [InlineData("MSB 2029/03")]
    [InlineData("SR 12/2026")]
    public void A_code_of_initials_before_a_number_names_no_genre(string line)
    {
        Assert.Null(LabelLine.Read(line));
        Assert.True(LabelLine.IsSeriesCode(line));
    }

    [Fact]
    public void A_genre_word_in_capitals_before_a_number_still_names_its_genre()
    {
        Assert.Equal("memo", LabelLine.Read("MEMO 2029/03")?.Kind);
        Assert.False(LabelLine.IsSeriesCode("MEMO 2029/03"));
    }

    [Theory]
    [InlineData("https://www.gov.example/foreign/travel-advice/mardovia", "travel advice")]
    [InlineData("https://www.gov.example/travel/advice/mardovia", "travel advice")]
    [InlineData("https://think.example/events/transcripts/2026-river-talks", "transcript")]
    public void An_address_folder_or_folder_pair_names_the_genre(string url, string kind) => Assert.Equal(kind, Genres.FromUrl(url)?.Kind);

    [Theory]
    [InlineData("From Wikiverse, the free encyclopedia", "Wikiverse")]
    [InlineData("From Terra Lexicon, the open online encyclopaedia", "Terra Lexicon")]
    public void An_encyclopedia_tagline_names_the_site_and_the_genre(string line, string site)
    {
        Assert.Equal(site, EncyclopediaTagline.SiteName(line));
        Assert.Equal("encyclopedia entry", GenreShapes.OfPage(["Brotherhood of Stone", line, "The Brotherhood of Stone is a group."])?.Evidence.Kind);
    }

    [Fact]
    public void A_sentence_about_an_encyclopedia_is_no_tagline() =>
        Assert.Null(EncyclopediaTagline.SiteName("From Lexica, the free encyclopedia, we learn that the group was founded in 1999."));

    [Fact]
    public void A_media_contact_line_alone_is_no_press_release() =>
        Assert.Null(GenreShapes.Of(["The talk covered three topics at length and the audience asked many questions about the river.", "Media enquiries: press@think.example"]));

    [Fact]
    public void A_media_contact_block_with_an_end_mark_is_a_press_release() =>
        Assert.Equal("press release", GenreShapes.Of(["The agency today opened two offices in the north of the country.", "###", "Media contact:", "Ines Roald, +00 1 555 0101"])?.Evidence.Kind);

    [Theory]
    [InlineData("16-Nov-2026", 2026, 11, 16)]
    [InlineData("Issued 3-Mar-2025", 2025, 3, 3)]
    [InlineData("12 March 2025 - 09h15", 2025, 3, 12)]
    public void Dates_in_more_notations_are_read(string line, int y, int m, int d) => Assert.Equal(new DateOnly(y, m, d), DateLine.Read(line)?.Date);

    [Theory]
    [InlineData("Classification: RESTRICTED  ·  Region: Baltic  ·  Issued 2-Feb-2026", 2026, 2, 2)]
    [InlineData("Tuesday 10 March 2026 · 14:00–15:30 GMT · Online", 2026, 3, 10)]
    [InlineData("Region: Sahel | Published 4 May 2025 | Language: English", 2025, 5, 4)]
    public void A_line_of_fields_with_one_date_gives_the_date(string line, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DatedFieldsLine.Read(line)?.Date);

    [Theory]
    [InlineData("Published 4 May 2025 · Updated 6 May 2025")]
    [InlineData("On 4 May 2025 the committee met in the capital and heard evidence · it adjourned late.")]
    [InlineData("Region: Sahel · Topics: water, borders")]
    public void A_line_of_two_dates_a_sentence_or_no_date_is_no_dated_fields_line(string line) => Assert.Null(DatedFieldsLine.Read(line));

    [Theory]
    [InlineData("This page was last edited on 9 January 2026, at 08:40 (UTC).", 2026, 1, 9)]
    [InlineData("Last updated: 5 May 2024", 2024, 5, 5)]
    [InlineData("First published 2 March 2025", 2025, 3, 2)]
    public void A_page_history_line_dates_the_page(string line, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), PageHistory.DateOf(line)?.Date);

    [Fact]
    public void A_sentence_with_a_date_is_no_page_history() => Assert.Null(PageHistory.DateOf("The ceasefire was agreed on 4 May 2024 in the capital."));

    [Theory]
    [InlineData("The Salt Road - Lexica, the free encyclopedia", "Lexica")]
    [InlineData("Ferry Strike Ends - Gazeta do Norte | English Edition", "Gazeta do Norte")]
    [InlineData("Ferry Strike Ends | Le Courrier du Lac | Édition internationale", "Le Courrier du Lac")]
    [InlineData("Ferry Strike Ends | The Harbour Ledger", "The Harbour Ledger")]
    public void A_crawler_title_s_site_suffix_is_the_site_s_name_only(string title, string site) =>
        Assert.Equal(site, CrawlerFrontMatter.SplitSiteSuffix(title).Site);

    [Theory]
    [InlineData("The Terrorism Monitor", "TERRORISM-MONITOR")]
    [InlineData("Diário do Litoral", "DIARIO DO LITORAL")]
    [InlineData("The Tundra Brief", "Tundra Brief")]
    public void Publication_names_compare_by_one_key(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Fact]
    public void A_leading_the_run_into_the_name_is_kept() => Assert.NotEqual(NameKey.Of("TheTundraBrief"), NameKey.Of("Tundra Brief"));
}
