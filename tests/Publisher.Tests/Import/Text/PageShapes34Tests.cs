using Publisher.Core.Content;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// The single-page shapes fitted to heldout34's pages (twenty-fourth session): a note marker glued after a year that
/// ends a sentence; a post's long opening paragraph that talks to the reader is its text; a hyphenated word opening a
/// headline in capitals is no kicker, and the title bar gives such a headline its case; a logo's initials beside the
/// name and its edition; a day/month date settled by the address; a desk byline under the site's name; a closing
/// "reported from" credit; a reference work's tagline under the entry's title; a team in brackets after labelled authors.
/// Invented text.
/// </summary>
public class PageShapes34Tests
{
    [Theory]
    [InlineData("12,000 tonnes of grain held at the quays since March 2031.1", 1)]
    [InlineData("Ferry crossings fell by a third between 2029 and 2030.4", 4)]
    public void A_marker_glued_after_a_year_that_ends_a_sentence_ends_it(string line, int number) =>
        Assert.Equal(number, GluedMarkers.AtSentenceEnd(line));

    [Theory]
    [InlineData("The register is now at release 12.1")]
    [InlineData("Ferries counted 12031.1")]
    public void A_decimal_that_is_no_year_is_no_marker(string line) => Assert.Null(GluedMarkers.AtSentenceEnd(line));

    [Fact]
    public void Markers_after_years_are_found_in_order_but_not_before_a_lower_case_word()
    {
        const string text = "Landings fell after March 2031.1 Prices rose in 1999.2 tonnes a year. The quays closed.2";
        var markers = GluedMarkers.Find(text, 2);
        Assert.Equal([1, 2], markers.Select(m => m.Number));
        Assert.Equal("Landings fell after March 2031.".Length, markers[0].Index);
        Assert.Equal(text.Length - 1, markers[1].Index);
    }

    [Fact]
    public void Key_figure_lines_ending_at_markers_after_years_are_web_shaped()
    {
        string[] figures =
        [
            "8,400 households moved away from the island's northern parishes since the storm of October 2030.1",
            "19 landing stages closed by the harbour board between the spring and the autumn of 2031, up from 6 in 2030.2",
            "Nearly half of the fishing crews interviewed now take seasonal work on the mainland ferries instead.3",
        ];
        string[] prose = Enumerable.Range(1, 5).Select(i =>
            $"Crews along the northern coast reported {i} more closures this year than last, most of them near the harbour and the fish market, where inspectors from the port authority now check every boat.").ToArray();
        var text = string.Join("\n", [.. figures, .. prose, "Sources",
            "1. Island Statistics Office, Household survey – ISO, accessed 3 May 2032, https://iso.example/survey",
            "2. Harbour Board annual return – HB, accessed 4 May 2032, https://hb.example/return",
            "3. Fishers' Union interviews – FU, accessed 5 May 2032, https://fu.example/interviews"]);
        Assert.NotEqual(DocumentShapeKind.Pdf, DocumentShape.Classify(text).Kind);
        var noteNumbers = GluedMarkers.NoteNumbers(text.Split('\n'));
        Assert.All(figures, f => Assert.True(GluedMarkers.EndsSentence(f, noteNumbers)));
    }

    [Fact]
    public void A_long_opening_paragraph_that_talks_to_the_reader_starts_the_body()
    {
        string[] lines =
        [
            "hedgerow notes",
            "home · about · archive",
            "Ten books about rivers for a wet autumn",
            "03.10.2032 · lists · 6 min read",
            "Every autumn, friends ask me which river books to take on holiday, and every autumn my answer shifts. This year it shifted a lot. Three new histories of the estuary towns came out, and each of them is better than the last. What follows is my own short list, with a line on why each book is worth your evening.",
            "On the estuary",
            "The first of the histories follows the salt barges from the mouth of the river to the mill towns, and it is the best account of the trade that has been written in a generation.",
        ];
        Assert.Equal(4, PageTitle.BodyProseStart(lines));
        Assert.Equal(2, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void A_short_prompt_that_talks_to_the_reader_is_not_the_body()
    {
        string[] lines =
        [
            "Ten books about rivers for a wet autumn",
            "Tell us which river books you would add to the list and we will print the best of your suggestions next month.",
            "The first of the histories follows the salt barges from the mouth of the river to the mill towns, and it is the best account of the trade written in a generation.",
        ];
        Assert.Equal(2, PageTitle.BodyProseStart(lines));
    }

    [Theory]
    [InlineData("COLD-CHAIN FAILURES SPREAD ALONG THE EASTERN QUAYS")]
    [InlineData("TEN-YEAR LEASES OFFERED FOR THE OLD BOATYARD")]
    public void A_hyphenated_word_opening_a_headline_in_capitals_is_no_kicker(string title) =>
        Assert.Equal((title, null), TitleKicker.Strip(title));

    [Theory]
    [InlineData("EXPLAINER-WHAT THE NEW QUAY RULES MEAN", "WHAT THE NEW QUAY RULES MEAN", "EXPLAINER")]
    [InlineData("UPDATE 2-FERRY TALKS RESUME AFTER STRIKE", "FERRY TALKS RESUME AFTER STRIKE", "UPDATE 2")]
    [InlineData("EXPLAINER-What the new quay rules mean", "What the new quay rules mean", "EXPLAINER")]
    public void A_genre_or_numbered_update_is_a_kicker_even_in_capitals(string title, string rest, string kicker) =>
        Assert.Equal((rest, kicker), TitleKicker.Strip(title));

    [Fact]
    public void A_headline_in_capitals_takes_its_case_from_the_title_bar_above_it()
    {
        var (draft, result) = Scrape("Cold-chain failures spread along the eastern quays | Reefer Weekly\nREEFER WEEKLY\nSign in  |  Subscribe\n" +
            "ANALYSIS\nCOLD-CHAIN FAILURES SPREAD ALONG THE EASTERN QUAYS\nBy Tomasz Ilunga-Brecht\n12 March 2032\n" + Body);
        Assert.Equal("Cold-chain failures spread along the eastern quays", draft.Title);
        Assert.Contains(result.Actions, a => a.Reason?.Contains("title bar", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_headline_in_capitals_with_no_title_bar_is_put_in_title_case()
    {
        var (draft, _) = Scrape("REEFER WEEKLY\nSign in  |  Subscribe\nANALYSIS\nCOLD-CHAIN FAILURES SPREAD ALONG THE EASTERN QUAYS\nBy Tomasz Ilunga-Brecht\n12 March 2032\n" + Body);
        Assert.Equal("Cold-Chain Failures Spread Along the Eastern Quays", draft.Title);
    }

    [Theory]
    [InlineData("KBS Kelvar Broadcasting Service — English Service", "Kelvar Broadcasting Service")]
    [InlineData("NRV Norvane Radio Voice - French edition", "Norvane Radio Voice")]
    [InlineData("RVI  Radio Vardell International", "Radio Vardell International")]
    public void A_logos_initials_beside_the_name_and_its_edition_give_the_name(string line, string name) =>
        Assert.Equal(name, SiteNameLine.Name(line));

    [Theory]
    [InlineData("Published 04/06/2032, 08:15", "https://www.quaysidepost.example/news/2032/06/04/ferry-fares", 2032, 6, 4)]
    [InlineData("04/06/2032", "https://www.quaysidepost.example/news/ferry-fares-2032-04-06", 2032, 4, 6)]
    [InlineData("04/06/2032", "https://www.quaysidepost.example/20320604/ferry-fares", 2032, 6, 4)]
    public void The_date_an_address_prints_settles_a_day_month_date(string line, string url, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DateLine.ResolveByAddress(line, url)?.Reading.Date);

    [Theory]
    [InlineData("04/06/2032", "https://www.quaysidepost.example/news/ferry-fares")]
    [InlineData("04/06/2032", "https://www.quaysidepost.example/news/2032/07/01/ferry-fares")]
    [InlineData("14/06/2032", "https://www.quaysidepost.example/news/2032/06/14/ferry-fares")]
    [InlineData("04/06/2032", null)]
    public void An_address_without_either_reading_settles_nothing(string line, string? url) => Assert.Null(DateLine.ResolveByAddress(line, url));

    [Fact]
    public void A_page_whose_address_prints_its_date_takes_the_day_month_date_it_settles()
    {
        var page = "QUAYSIDE POST\nNews\nFerry fares rise again on the island routes\nBy Ola Brekke-Naidoo\nPublished 04/06/2032, 08:15 | Updated 04/06/2032, 10:02\n" + Body;
        var result = new WebScrapeFormat().Read(TextFile.Normalize(page), new RawSource("seeds/case.txt") { Url = "https://quaysidepost.example/news/2032/06/04/ferry-fares" });
        var draft = Assert.Single(result.Drafts);
        Assert.Equal(new DateOnly(2032, 6, 4), draft.Date);
        Assert.Contains(result.Actions, a => a.Reason?.Contains("address", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("By Quayside Post Newsdesk")]
    [InlineData("By Harbour Wire staff")]
    [InlineData("By Islands Herald Team")]
    public void A_byline_of_the_sites_name_and_its_staff_names_no_person(string line) => Assert.True(CollectiveByline.Is(line));

    [Theory]
    [InlineData("By Ola Brekke-Naidoo")]
    [InlineData("By Ola Brekke-Naidoo and Tam Ruiz")]
    [InlineData("By OLA BREKKE-NAIDOO, Selby Bureau")]
    public void A_byline_of_people_is_not_collective(string line) => Assert.False(CollectiveByline.Is(line));

    [Fact]
    public void A_staff_byline_under_the_title_gives_no_author()
    {
        var (draft, _) = Scrape("QUAYSIDE POST\nNews\nFerry fares rise again on the island routes\nBy Quayside Post Newsdesk\n4 June 2032\n" + Body);
        Assert.Empty(draft.Authors);
    }

    [Fact]
    public void A_correspondent_reported_from_a_place_is_the_author_and_additional_reporters_are_not()
    {
        var credit = WireCredit.Read("Ilse Marwood-Teague reported from Port Selby. Additional reporting by Rui Okonjo in Halden town.")!;
        Assert.Equal(["Ilse Marwood-Teague"], credit.Authors);
        Assert.Equal(["Rui Okonjo"], credit.Contributors);
        Assert.Null(WireCredit.Read("Officials reported from the harbour that the ferry had sunk. Nobody was hurt."));
    }

    [Fact]
    public void A_closing_reported_from_credit_names_the_author_of_an_unsigned_story()
    {
        var (draft, _) = Scrape("ISLANDS RADIO\nDISPATCH\nOn the night ferry to Halden\n4 June 2032\n" + Body + "Ilse Marwood-Teague reported from Port Selby.\nMore from the islands\n");
        Assert.Equal(["Ilse Marwood-Teague"], draft.Authors);
    }

    [Theory]
    [InlineData("From Openwiki, the free encyclopedia", "Openwiki")]
    [InlineData("From the Atlas of Sea Law, the open reference on maritime disputes", "Atlas of Sea Law")]
    [InlineData("From Harbourpedia, the community dictionary", "Harbourpedia")]
    public void A_reference_works_tagline_names_the_site(string line, string site) => Assert.Equal(site, EncyclopediaTagline.SiteName(line));

    [Theory]
    [InlineData("From the harbour, the ferry runs to the open reference point")]
    [InlineData("From Halden, the town council")]
    public void A_sentence_opening_from_is_no_tagline(string line) => Assert.Null(EncyclopediaTagline.SiteName(line));

    [Fact]
    public void The_line_over_a_reference_works_tagline_is_the_entrys_title_and_the_tagline_is_dropped()
    {
        var (draft, _) = Scrape("Atlas of Sea Law\nMain page\nRandom entry\nAbout the Atlas\nGLOSSARY ENTRY\nHot pursuit\nFrom the Atlas of Sea Law, the open reference on maritime disputes\n" + Body);
        Assert.Equal("Hot pursuit", draft.Title);
        Assert.DoesNotContain("open reference", draft.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Authors: Ilse Marwood-Teague, Rui Okonjo (Statistics team)")]
    [InlineData("Authors: Ilse Marwood-Teague, Rui Okonjo (Harbour data desk)")]
    public void A_team_in_brackets_after_labelled_authors_is_no_name(string line) =>
        Assert.Equal(["Ilse Marwood-Teague", "Rui Okonjo"], Byline.Read(line)!.Names);

    private const string Body =
        "\nReefer operators on the eastern quays reported a third more power failures this winter than last, and several cargoes of fruit were lost before they could be moved to the cold store at the station.\n" +
        "The harbour board said it would replace the oldest of the quay's transformers before the summer, but operators say the work has been promised before and never started.\n" +
        "Until then, shippers are routing their most sensitive cargoes through the western terminal, where the power supply is newer and the queues longer.\n";

    private static (ArticleDraft Draft, RawReadResult Result) Scrape(string page)
    {
        var result = new WebScrapeFormat().Read(TextFile.Normalize(page), new RawSource("seeds/case.txt"));
        return (Assert.Single(result.Drafts), result);
    }
}
