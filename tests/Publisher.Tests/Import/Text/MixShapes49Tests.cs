using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes fitted in the fortieth session (heldout41 once it became development, mix49-new): contents entries counted
/// "1. Title" and wrapped; a quotation's attribution closing its paragraph; a web page's fields line naming the
/// periodical and its number; the periodical winning over its publisher's name in a merge; prose that leads into a
/// quotation kept though another file repeats it. Invented text.
/// </summary>
public class MixShapes49Tests
{
    private static IReadOnlyList<WholeIssueFormat.TocEntry> Entries(string text) =>
        IssueContents.Read(SeedText.Lines(text), 0).Entries.Where(e => !e.IsSection).ToList();

    [Fact]
    public void Counted_entries_wrap_onto_indented_lines_with_their_authors_last()
    {
        var entries = Entries("""
            Inside This Number
            1. Lamps on the Quay at Dunmore Reach
               Ottoline Verrey
            2. Salt, Tolls and Ferrymen: The Hidden Budget of the Estuary
               Militias
               Casimir Dunne and Hesper Lowe
            Lamps on the Quay at Dunmore Reach
            """);

        Assert.Equal(
            [("Lamps on the Quay at Dunmore Reach", "Ottoline Verrey"),
             ("Salt, Tolls and Ferrymen: The Hidden Budget of the Estuary Militias", "Casimir Dunne|Hesper Lowe")],
            entries.Select(e => (e.Title, string.Join('|', e.Authors))).ToList());
    }

    [Fact]
    public void A_counted_entry_that_prints_its_page_last_is_read_as_a_dotted_entry()
    {
        var entries = Entries("""
            IN THIS NUMBER

            1. Ferrymen and Their Patrons: How the Estuary
               Militias Pay Their Way (Casimir Dunne) ..................... 2
            2. Lamps on the Quay (Ottoline Verrey) ......................... 5

            Ferrymen and Their Patrons:
            """);

        Assert.Equal(["Ferrymen and Their Patrons: How the Estuary Militias Pay Their Way", "Lamps on the Quay"], entries.Select(e => e.Title).ToList());
        Assert.Equal(["Casimir Dunne"], entries[0].Authors);
    }

    [Fact]
    public void Plain_lines_under_a_heading_are_entries_when_the_issue_prints_them_again()
    {
        var (entries, end) = IssueContents.Read(SeedText.Lines("""
            Inside:
            Close Up: Lamps on the Quay: Who Lights the Estuary at Night
            Salt Tolls and the Ferrymen of Dunmore Reach
            Along the Shore: Dunmore, Cray
            CLOSE UP
            Lamps on the Quay: Who Lights the Estuary at Night
            By Ottoline Verrey
            The harbour board stopped paying for the quay lamps in the autumn, and the
            ferrymen have paid for the oil since. 11. The board meets again in May.
            Salt Tolls and the Ferrymen of Dunmore Reach
            Casimir Dunne
            The ferrymen of Dunmore Reach pay two tolls.
            ALONG THE SHORE
            Lamp Oil Prices Rise at Cray
            """), 0);

        Assert.Equal(
            [("Lamps on the Quay: Who Lights the Estuary at Night", false), ("Salt Tolls and the Ferrymen of Dunmore Reach", false), ("Along the Shore", true)],
            entries.Select(e => (e.Title, e.IsSection)).ToList());
        Assert.Equal(4, end);
    }

    private const string IssueWithAListedRunOfBriefs = """
        DUNMORE ESTUARY MONITOR
        Vol. 3 — No. 8 — 14 May 2046
        Inside:
        Close Up: Lamps on the Quay: Who Lights the Estuary at Night
        Along the Shore: Cray, Tollan
        CLOSE UP
        Lamps on the Quay: Who Lights the Estuary at Night
        By Ottoline Verrey
        The harbour board stopped paying for the quay lamps in the autumn, and since then the
        ferrymen have paid for the oil themselves, a few coins a night each, collected by the
        oldest of them and kept in a tin behind the slipway office.
        Nobody at the board will say whose decision it was. The minutes of the autumn meeting
        record only that the budget was reduced, and the lamps are not named in them at all.
        ALONG THE SHORE
        Lamp Oil Prices Rise at Cray
        By Casimir Dunne
        The chandlers at Cray raised the price of lamp oil for the second time this spring.
        The ferrymen say they will buy from Tollan instead.
        Ferry Slip at Tollan Reopens
        The slip at Tollan, closed since a storm in March, reopened on Tuesday after the county
        paid for new timbers. The first crossing carried eleven passengers and a cart.
        """;

    [Fact]
    public void A_section_the_contents_list_by_its_label_holds_a_run_of_briefs_signed_or_not()
    {
        var drafts = new WholeIssueFormat().Read(IssueWithAListedRunOfBriefs, new RawSource("seeds/dunmore.txt")).Drafts;

        Assert.Equal(
            [("Lamps on the Quay: Who Lights the Estuary at Night", "Ottoline Verrey"), ("Lamp Oil Prices Rise at Cray", "Casimir Dunne"), ("Ferry Slip at Tollan Reopens", "")],
            drafts.Select(d => (d.Title, string.Join('|', d.Authors))).ToList());
        Assert.Equal(["brief", "brief"], drafts.Skip(1).Select(d => d.Kind));
        Assert.DoesNotContain("Tollan Reopens", drafts[1].Body);
    }

    [Theory]
    [InlineData("ALONG THE SHORE", "Along the Shore", true)]
    [InlineData("DISPATCHES", "Dispatches", false)]
    [InlineData("ALONG THE SHORE", "Along the Coast", false)]
    public void Only_a_label_naming_no_genre_that_the_contents_list_as_a_section_holds_a_run_of_briefs(string label, string listed, bool run) =>
        Assert.Equal(run, WholeIssueFormat.IsListedRunSection([new WholeIssueFormat.TocEntry(listed, [], true, 3)], label));

    [Fact]
    public void On_the_publishers_page_a_trail_over_the_publication_field_is_no_title()
    {
        const string page = """
            Skip to main content
            The Dunmore Foundation
            Home / Programs / Estuary Monitor / Features
            Publication: Estuary Monitor Volume: 12 Issue: 4
            Lamps on the Quay: Who Lights the Estuary at Night
            Authors: Ottoline Verrey | Casimir Dunne
            March 7, 2046 11:20 AM
            The harbour board stopped paying for the quay lamps in the autumn, and since then the ferrymen have paid for the oil themselves.
            Nobody at the board will say whose decision it was, and the minutes of the autumn meeting do not name the lamps at all.
            """;

        var draft = Assert.Single(new WebArticleFormat().Read(page, new RawSource("seeds/lamps-web.txt")).Drafts);

        Assert.Equal("Lamps on the Quay: Who Lights the Estuary at Night", draft.Title);
        Assert.Equal(("Estuary Monitor", (int?)12, (int?)4), (draft.Publication, draft.Volume, draft.Issue));
        Assert.Equal(["Ottoline Verrey", "Casimir Dunne"], draft.Authors);
    }

    [Theory]
    [InlineData("“The tide waits for no permit.”", "— Harbour master Ilse Vantongeren, Dunmore")]
    [InlineData("to lose a boat.\"", "-- a ferryman at the north slip")]
    public void A_dash_and_a_speaker_under_a_quotation_close_it(string above, string line) =>
        Assert.True(QuotationAttribution.Closes(above, line));

    [Theory]
    [InlineData("The pilots refused the order", "— Captain Ilse Vantongeren among them")]
    [InlineData("“The tide waits for no permit.”", "— and the harbour board agreed with her, for once.")]
    [InlineData(null, "— Harbour master Ilse Vantongeren")]
    public void A_dash_line_that_attributes_no_quotation_closes_nothing(string? above, string line) =>
        Assert.False(QuotationAttribution.Closes(above, line));

    [Fact]
    public void The_paragraph_after_an_attribution_is_not_joined_to_it()
    {
        // Given: PDF text whose quotation's attribution ends without a stop, a new paragraph after it
        var body = "The ferrymen were blunt.\n\n“The tide waits for no permit.”\n— Harbour master Ilse Vantongeren, Dunmore\n\nThe board met again in May.";
        var draft = new ArticleDraft { Title = "T", Body = body, Origin = new SourceLocation("seeds/a.txt", 1), Shape = DocumentShapeKind.Pdf };

        // When
        var rejoined = new RejoinPageBreaksFixup().Apply(draft, new FixupContext { SourcePath = "seeds/a.txt" }).Draft.Body;

        // Then
        Assert.Equal(body, rejoined);
    }

    [Theory]
    [InlineData("Thessaly Straits Monitor No. 22", "Thessaly Straits Monitor", null, 22)]
    [InlineData("Harbour Review, Issue 4", "Harbour Review", null, 4)]
    [InlineData("Harbour Review — Vol. 7, Issue 3", "Harbour Review", 7, 3)]
    public void A_periodical_may_print_its_number_without_a_volume(string line, string publication, int? volume, int issue) =>
        Assert.Equal(new PublicationIssue(publication, volume, issue), PublicationIssueLine.Read(line));

    [Theory]
    [InlineData("Policy Brief No. 7")]
    [InlineData("Situation Report No. 3")]
    [InlineData("Dunmore Harbour Trust No. 4")]
    public void A_numbered_series_of_one_genre_or_a_body_is_no_periodical(string line) => Assert.Null(PublicationIssueLine.Read(line));

    [Fact]
    public void A_web_fields_line_naming_the_periodical_and_its_number_gives_them()
    {
        const string page = """
            Dunmore Centre for Estuary Studies
            Research | Monitors | Events | Contact
            ANALYSIS
            Lamps on the Quay: Who Lights the Estuary at Night
            Ottoline Verrey | 3 March 2046 | Estuary Lamps Monitor No. 9
            Share: Email | Copy link
            The harbour board stopped paying for the quay lamps in the autumn, and since then the ferrymen have paid for the oil themselves, a few coins a night each, collected by the oldest of them.
            Nobody at the board will say whose decision it was. The minutes of the autumn meeting record only that the budget was reduced, and the lamps are not named in them at all.
            The ferrymen say that a dark quay is a danger to passengers, and that the board will find out how much of one when the first of them falls into the water.
            © Dunmore Centre for Estuary Studies 2046 · Privacy
            """;

        var draft = Assert.Single(new WebScrapeFormat().Read(page, new RawSource("seeds/lamps.txt")).Drafts);

        Assert.Equal(("Estuary Lamps Monitor", (int?)null, (int?)9), (draft.Publication, draft.Volume, draft.Issue));
    }

    [Fact]
    public void In_a_merge_the_periodical_wins_over_the_body_that_publishes_it()
    {
        // Given: the issue's text under its periodical, the web version (the base) under its publisher's name
        const string text = "The harbour board stopped paying for the quay lamps in the autumn.\n\nNobody at the board will say whose decision it was.";
        ArticleDraft Draft(string seed, string publication, int? issue) => new()
        {
            Title = "Lamps on the Quay", Body = text, Publication = publication, Issue = issue,
            Origin = new SourceLocation(seed, 1), Sources = [seed],
        };
        var drafts = new List<ImportedDraft>
        {
            new(Draft("seeds/issue.txt", "Estuary Lamps Monitor", 9), TextFidelity: 0),
            new(Draft("seeds/web.txt", "Dunmore Centre for Estuary Studies", null), TextFidelity: 2),
        };

        // When
        var outcome = DuplicateMerger.Merge(drafts, []);

        // Then
        var merged = Assert.Single(outcome.Drafts).Draft;
        Assert.Equal(("Estuary Lamps Monitor", (int?)9), (merged.Publication, merged.Issue));
        Assert.Contains(outcome.Actions, a => a.Before == "publication: Dunmore Centre for Estuary Studies" && a.After == "publication: Estuary Lamps Monitor");
    }

    [Theory]
    [InlineData("The ferrymen are unimpressed by the new lamps. One of them, who has worked the north slip for thirty years, put it plainly:", true)]
    [InlineData("The harbour board has published three reasons for closing the north slip to the ferries this winter, and they are these:", true)]
    [InlineData("Read more of our reporting on the estuary:", false)]
    [InlineData("Share this article:", false)]
    public void Prose_may_lead_into_a_quotation_with_a_colon(string text, bool leadIn) =>
        Assert.Equal(leadIn, TextSignals.Of(text).IsProseLeadIn);

    [Fact]
    public void A_lead_in_another_file_repeats_is_kept()
    {
        // Given: the paragraph stands in two seeds (an issue and its article's web page)
        var leadIn = TextSignals.Of("The ferrymen are unimpressed by the new lamps. One of them, who has worked the north slip for thirty years, put it plainly:");

        // When / Then: repetition alone drops no prose
        Assert.Null(BoilerplateClassifier.Decide([new BlockFacts(leadIn, 2, null, false, false, false)]).Single());
    }
}
