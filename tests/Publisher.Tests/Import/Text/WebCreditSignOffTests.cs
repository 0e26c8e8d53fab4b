using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Credits, sign-offs and furniture of scraped pages (issue 6, web6c): a letter's or newsletter's close, an authorship
/// statement, affiliation marks with the corresponding author's envelope, login handles as authors, profile links after a
/// name, a bio's contact sentence, a press release's mark. Invented text throughout.
/// </summary>
public class WebCreditSignOffTests
{
    [Theory]
    [InlineData("Yours faithfully,", true)]
    [InlineData("Yours sincerely,", true)]
    [InlineData("Kind regards,", true)]
    [InlineData("Until next week,", true)]
    [InlineData("See you next time!", true)]
    [InlineData("With thanks,", true)]
    [InlineData("Warmly,", true)]
    [InlineData("Until next week the ferries will not run.", false)]
    [InlineData("Best practice in port security", false)]
    [InlineData("Regards to the minister were sent by the council, which then adjourned.", false)]
    public void Closing_words_of_a_letter(string line, bool expected) => Assert.Equal(expected, Valediction.Is(line));

    [Theory]
    [InlineData("Tomasz Avelar-Kinch", true)]
    [InlineData("Ilka", true)]
    [InlineData("— R.", true)]
    [InlineData("The ferries stopped on Monday.", false)]
    public void The_name_under_the_closing_words(string line, bool expected) => Assert.Equal(expected, Valediction.IsSignerName(line));

    [Theory]
    [InlineData("The Harbour Letter is written by Soraya Vinkel-Abbot, a reporter based in Selm.", "Soraya Vinkel-Abbot")]
    [InlineData("Tidewatch is written and edited by Orm Castellano.", "Orm Castellano")]
    [InlineData("This briefing was prepared by Jun Okonedo and Lise Marr.", "Jun Okonedo; Lise Marr")]
    public void An_authorship_statement_names_the_authors(string line, string names) =>
        Assert.Equal(names, string.Join("; ", AuthorshipNote.Read(line)!));

    [Fact]
    public void A_story_sentence_with_written_by_in_it_is_no_statement() =>
        Assert.Null(AuthorshipNote.Read("Police said the note had been left on the ferry's ramp overnight and that it was written in haste."));

    [Theory]
    [InlineData("A weekly letter on militancy, borders and the people who cross them", true)]
    [InlineData("The fortnightly briefing for port security officers", true)]
    [InlineData("Your daily digest of maritime risk", true)]
    [InlineData("A guide to the new sanctions.", false)]
    [InlineData("Why the ferries stopped running", false)]
    public void A_publications_tagline(string line, bool expected) => Assert.Equal(expected, PublicationTagline.Is(line));

    [Theory]
    [InlineData("Ilse Dahlberg¹ ✉, Amos Quayle-Ferro², Rune Okafor¹", "Ilse Dahlberg; Amos Quayle-Ferro; Rune Okafor")]
    [InlineData("Ilse Dahlberg*†, Amos Quayle-Ferro‡", "Ilse Dahlberg; Amos Quayle-Ferro")]
    [InlineData("Ilse Dahlberg¹,², Amos Quayle-Ferro²", "Ilse Dahlberg; Amos Quayle-Ferro")]
    public void Affiliation_marks_and_the_envelope_are_no_part_of_names(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line, allowBare: true)!.Names));

    [Theory]
    [InlineData("✉ Corresponding author: i.dahlberg@univ.example", "corresponding author")]
    [InlineData("Views: 2,318   Downloads: 611", "article metrics")]
    [InlineData("Views: 2,318   Downloads: 611   Citations: 4", "article metrics")]
    [InlineData("Download PDF (2.4 MB)   ·   Download supplementary data", "download link")]
    [InlineData("Abstract | Full Text | Figures and tables | References (42) | Metrics", "article tabs")]
    [InlineData("Full article   Figures & data   Citations   Get access", "article tabs")]
    public void A_repository_pages_furniture(string line, string what) => Assert.Equal(what, JournalFurniture.What(line));

    [Theory]
    [InlineData("References")]
    [InlineData("Abstract   Methods")]
    [InlineData("Figures and data show a fall in landings since 2029.")]
    public void Headings_and_prose_are_no_tab_row(string line) => Assert.Null(JournalFurniture.What(line));

    [Theory]
    [InlineData("Download (MP3, 38 MB)", "download link")]
    [InlineData("Download episode [MP3]", "download link")]
    [InlineData("Download the full report (PDF, 2.4 MB)", "download link")]
    [InlineData("Download the app and listen to the episode (free) on your phone.", null)]
    [InlineData("Listen to this essay", "reading time")]
    [InlineData("Listen to this story · 6 min", "reading time")]
    [InlineData("Listen to this story, the mayor said, and then decide.", null)]
    public void A_download_link_to_the_pages_file(string line, string? what) => Assert.Equal(what, ReaderTool.What(line));

    [Theory]
    [InlineData("License: CC BY 4.0", true)]
    [InlineData("Licence: Creative Commons Attribution", true)]
    [InlineData("License plates were found in the harbour.", false)]
    public void A_licence_field(string line, bool expected) => Assert.Equal(expected, LicenceLine.Is(line));

    [Theory]
    [InlineData("cms-editor-7", true)]
    [InlineData("j_okafor2", true)]
    [InlineData("@press_desk", true)]
    [InlineData("Hanne Quist", false)]
    [InlineData("bell hooks", false)]
    public void Login_handles_are_accounts(string name, bool expected) => Assert.Equal(expected, CmsAccountName.Is(name));

    [Fact]
    public void A_crawler_author_that_is_a_login_sets_no_author_and_says_so()
    {
        var page = "---\ntitle: Notice on the closure of the ferry ramps\nauthor: content-editor_3\n---\nNotice on the closure of the ferry ramps\n\n" + Body;
        var (crawler, text) = CrawlerFrontMatter.Read(TextFile.Normalize(page));
        var result = new WebScrapeFormat().Read(text, new RawSource("seeds/case.txt") { Crawler = crawler });
        var diagnostics = new List<Diagnostic>();

        var d = Assert.Single(CrawlerMetadataApplier.Apply(result.Drafts, crawler!, "seeds/case.txt", diagnostics));

        Assert.Empty(d.Authors);
        Assert.Contains(diagnostics, x => x.Code == DiagnosticCodes.ImportCmsAccountAuthor);
    }

    [Theory]
    [InlineData("Ottilie Brandvold (View all articles)", "Ottilie Brandvold")]
    [InlineData("By Ottilie Brandvold | View profile", "Ottilie Brandvold")]
    [InlineData("Ottilie Brandvold [See all posts by Ottilie Brandvold]", "Ottilie Brandvold")]
    public void A_profile_link_after_a_name(string line, string name) =>
        Assert.Equal(name, string.Join("; ", Byline.Read(line, allowBare: true)!.Names));

    [Theory]
    [InlineData("View profile", true)]
    [InlineData("(View all articles)", true)]
    [InlineData("View all posts by Agnes Morrow", true)]
    [InlineData("View from the bridge", false)]
    public void Profile_links_are_widgets(string line, bool expected) => Assert.Equal(expected, HeaderWidget.Is(line));

    [Theory]
    [InlineData("Lior Haddad-Brun covers the courts for the Gazette. Contact him at l.haddad@gazette.example", 52)]
    [InlineData("Lior Haddad-Brun is a reporter. Email her at lhb@gazette.example.", 32)]
    [InlineData("Lior Haddad-Brun is a reporter who has written about ferry contracts since 2019.", -1)]
    public void A_bios_contact_sentence(string text, int at) => Assert.Equal(at, ContactBlock.ContactSentenceAt(text));

    [Fact]
    public void A_closing_bio_keeps_the_bio_and_leaves_out_the_contact_sentence()
    {
        var body = Body + "\nLior Haddad-Brun covers the courts for the Gazette. Contact him at l.haddad@gazette.example\n";

        var result = ExtractAuthorBio.Apply(body, ["Lior Haddad-Brun"], new FixupContext { SourcePath = "seeds/case.txt" });

        Assert.Equal("Lior Haddad-Brun covers the courts for the Gazette.", result.Bio);
        Assert.DoesNotContain("gazette.example", result.Body, StringComparison.Ordinal);
        Assert.Contains(result.Details.Actions, a => a.Detail.Contains("Contact him", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("FOR IMMEDIATE RELEASE", true)]
    [InlineData("Embargoed until 00:01 GMT, Tuesday 4 March", true)]
    [InlineData("For immediate release, the ministry said, the detainees would be moved.", false)]
    public void A_press_releases_mark(string line, bool expected) => Assert.Equal(expected, PressOfficeLine.Is(line));

    [Theory]
    [InlineData("If you have received this fax in error, please telephone the sender at once.", true)]
    [InlineData("This message is confidential. If you received it in error, please delete it.", true)]
    [InlineData("The council said it had received the complaint in error and returned it.", false)]
    public void A_misdelivery_notice(string line, bool expected) => Assert.Equal(expected, Disclaimer.Is(line));

    [Theory]
    [InlineData("You are receiving this email because you signed up at tidewatch.example.", true)]
    [InlineData("This newsletter was sent to reader@example.org.", true)]
    [InlineData("You are receiving this because you subscribed at tidewatch.example.", true)]
    [InlineData("You get this letter because you joined the list at tidewatch.example.", true)]
    [InlineData("You receive this because you subscribed at causeway.example.", true)]
    [InlineData("You receive this advice because the port has raised its security level.", false)]
    [InlineData("You are receiving reports of gunfire from the port, the dispatcher said.", false)]
    public void A_mailing_lists_delivery_notice(string line, bool expected) => Assert.Equal(expected, SubscribeBox.IsDeliveryNotice(line));

    [Theory]
    [InlineData("(Adds harbourmaster's comment in paragraph 5, updates number of crew detained)", true)]
    [InlineData("(Recasts with arrests; changes headline)", true)]
    [InlineData("(The ferry operator declined to comment.)", false)]
    public void A_wire_storys_update_note(string line, bool expected) => Assert.Equal(expected, EditorialNote.Is(line));

    [Theory]
    [InlineData("▶ Play   + Add to playlist   ⤓ Download (MP3, 31 MB)", true)]
    [InlineData("▶ Listen now · Share", true)]
    [InlineData("Play the long game, the minister said.", false)]
    public void A_players_row_of_buttons(string line, bool expected) => Assert.Equal(expected, AudioPlayer.Is(line));

    [Fact]
    public void A_letters_sign_off_names_the_author_and_leaves_the_text()
    {
        var page = "Letter: the ferry ramps were never closed\n\nDear Editor,\n\n" + Body +
            "\nYours faithfully,\n\nTomasz Avelar-Kinch\nHarbourmaster, Port of Selm\n\nIf you have received this message in error, please delete it.\n";

        var result = new WebScrapeFormat().Read(TextFile.Normalize(page), new RawSource("seeds/case.txt"));

        var d = Assert.Single(result.Drafts);
        Assert.Equal(["Tomasz Avelar-Kinch"], d.Authors);
        Assert.DoesNotContain("Yours faithfully", d.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbourmaster", d.Body, StringComparison.Ordinal);
        Assert.Contains(result.Dropped, p => p.Kind == "letter's sign-off" && p.Text == "Yours faithfully,");
    }

    [Fact]
    public void A_newsletter_signed_with_a_first_name_takes_its_author_from_the_authorship_statement()
    {
        var page = "TIDEWATCH\nA weekly letter on ports, ferries and the people who run them\nIssue #12 · 4 March 2029\n" +
            "Why the night crossings stopped\n" + Body + "Until next week,\nIlka\n" +
            "Tidewatch is written by Ilka Morrow-Sand, a reporter who has covered the estuary for ten years.\n" +
            "Subscribe to Tidewatch — free, every Monday\n";

        var result = new WebScrapeFormat().Read(TextFile.Normalize(page), new RawSource("seeds/case.txt"));

        var d = Assert.Single(result.Drafts);
        Assert.Equal("Why the night crossings stopped", d.Title);
        Assert.Equal(["Ilka Morrow-Sand"], d.Authors);
        Assert.DoesNotContain("Until next week", d.Body, StringComparison.Ordinal);
    }

    private const string Body =
        "The ferry operators met on Tuesday to agree new checks on vehicles boarding at the southern terminal, after two years of warnings.\n" +
        "Inspectors said the checks had already changed how long lorries waited at the gate in the first week of operation.\n" +
        "The port authority will publish its first review of the checks in the spring, officials said.\n";
}
