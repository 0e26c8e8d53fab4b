using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;
using Publisher.Tests.Import.Fixups;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Text;

public class TextRecognisersTests
{
    [Theory]
    [InlineData("i", 1)]
    [InlineData("iv", 4)]
    [InlineData("ix", 9)]
    [InlineData("xiv", 14)]
    [InlineData("xl", 40)]
    [InlineData("12", 12)]
    public void Note_labels_read_as_numbers(string label, int number) => Assert.Equal(number, EndnoteShapes.Number(label));

    [Theory]
    [InlineData("sic")]
    [InlineData("iiii")]
    [InlineData("vx")]
    [InlineData("1234")]
    public void Words_and_bad_numerals_are_not_labels(string label) => Assert.Null(EndnoteShapes.Number(label));

    [Theory]
    [InlineData("[[iv]](#_ednref4) Council minutes.", 4)]
    [InlineData("[iv] Council minutes.", 4)]
    [InlineData("[12] Council minutes.", 12)]
    [InlineData("3. Council minutes, accessed May 3, 2023.", 3)]
    [InlineData("3) Council minutes.", 3)]
    public void Note_entries_in_every_shape(string line, int number) => Assert.Equal(number, EndnoteShapes.Entry(line)?.Label.Number);

    [Theory]
    [InlineData("[3] Interview, Kessel, May 2031.", 3, null)]
    [InlineData("[iv]Ibid.", 4, null)]
    [InlineData("  4. Interview, Kessel, May 2031.", null, 4)]
    [InlineData("(12) Court record, 2030.", null, 12)]
    [InlineData("4) Council minutes, May 2031.", null, 4)]
    [InlineData("4 Interviews with traders", null, null)]
    [InlineData("[note] Interview", null, null)]
    public void A_notes_list_entry_in_brackets_or_numbered_with_a_dot_a_closing_bracket_or_in_parentheses(string line, int? bracket, int? dotted)
    {
        Assert.Equal(bracket, EndnoteShapes.BracketNumber(line));
        Assert.Equal(dotted, EndnoteShapes.DottedOrParenthesisedNumber(line));
    }

    [Theory]
    [InlineData("In 2019 the fleet of F16 jets flew 5,000 hours at 2.5 times the cost.")]
    [InlineData("See https://example.org/report2 and page3.html for the figures.")]
    public void Years_quantities_model_numbers_and_addresses_are_not_glued_markers(string text) =>
        Assert.Empty(GluedMarkers.Find(text, 5));

    [Fact]
    public void Glued_markers_are_taken_only_in_order()
    {
        // "said,2" comes before marker 1 and is skipped; 2 is then looked for after marker 1.
        var markers = GluedMarkers.Find("Officials said,2 no. The attack1 came first; the reply.2 Later³ too.", 3);
        Assert.Equal([1, 2, 3], markers.Select(m => m.Number));
        Assert.Equal("attack1".Length - 1, markers[0].Index - "Officials said,2 no. The ".Length);
    }

    [Theory]
    [InlineData("…the information that guided it.1", 1)]
    [InlineData("…the rise was largest after strikes that killed commanders.12", 12)]
    [InlineData("“We will not go back,” he said.”3", 3)]
    [InlineData("…were seen near the harbour (see map).4", 4)]
    [InlineData("…since the attack.²", 2)]
    public void A_marker_glued_after_a_full_stop_ends_the_sentence(string line, int number) =>
        Assert.Equal(number, GluedMarkers.AtSentenceEnd(line));

    [Theory]
    [InlineData("The dataset is now at version 2.1")]
    [InlineData("The fleet counted 40 ships in 2021")]
    [InlineData("See annex A.1")]
    [InlineData("Figures from https://stats.example/table.3")]
    [InlineData("The meeting ended at 5.")]
    public void Versions_years_and_addresses_do_not_end_at_a_glued_marker(string line) =>
        Assert.Null(GluedMarkers.AtSentenceEnd(line));

    [Fact]
    public void A_glued_marker_ends_a_sentence_only_when_its_note_is_listed()
    {
        var listed = GluedMarkers.NoteNumbers(["Body text.", "References", "1. Log – Board, accessed June 3, 2031", "2. Report – Authority"]);
        Assert.True(GluedMarkers.EndsSentence("…near the harbour.2", listed));
        Assert.False(GluedMarkers.EndsSentence("…near the harbour.3", listed));
        Assert.False(GluedMarkers.EndsSentence("…near the harbour.2", GluedMarkers.NoteNumbers(["Body text.", "2. A point that starts no list"])));
    }

    [Fact]
    public void Notes_numbered_without_a_stop_count_under_a_notes_heading_only()
    {
        var listed = GluedMarkers.NoteNumbers(["Body text.", "Notes", "1 Interviews in the port, May 2030.", "2 See the authority's annual report."]);
        Assert.True(GluedMarkers.EndsSentence("…checked by nobody.2", listed));
        Assert.Empty(GluedMarkers.NoteNumbers(["1 Boat seized at the quay", "2 Officers hurt in the raid"]));
    }

    [Fact]
    public void Web_text_whose_paragraphs_end_at_glued_markers_is_web_shaped()
    {
        var paragraphs = Enumerable.Range(1, 8).Select(i =>
            $"Crews along the northern coast reported {i} more boardings this spring than last, most of them near the harbour and the fish market, where inspectors from the port authority now board every third vessel that arrives after dark.{i}");
        var text = string.Join("\n", paragraphs) + "\nReferences\n" + string.Join("\n", Enumerable.Range(1, 8).Select(i => $"{i}. Port report {i} – Authority, accessed June 3, 2031, https://port.example/{i}"));
        Assert.Equal(DocumentShapeKind.Web, DocumentShape.Classify(text).Kind);
    }

    private static readonly string[] LongParagraphs = Enumerable.Range(1, 6).Select(i =>
        $"Ferry crews on the northern lakes paid {i} armed groups last season for the right to cross, and the receipts they keep show how the price rose each time the front line moved a little closer to the quays where they load their cargo of grain and fuel.").ToArray();

    [Fact]
    public void A_web_page_whose_bare_numbers_are_counts_and_note_numbers_is_web_shaped()
    {
        string[] lines = ["Lakes Letter", "Subscribe", "The price of a crossing", "Dec 02, 2029", "38", "9", "Share",
            .. LongParagraphs, "1", "Interviews with ferry crews, May 2029.", "2", "Receipts seen by the author.", "38 Likes", "9 Comments"];
        Assert.Equal(DocumentShapeKind.Web, DocumentShape.Classify(string.Join("\n", lines)).Kind);
    }

    [Fact]
    public void Lines_each_set_apart_by_a_blank_line_are_web_shaped_when_nothing_says_pdf()
    {
        string[] paragraphs = ["Ferry crews on the northern lakes pay two armed groups for every crossing they make.", "1. Introduction",
            "The receipts the crews keep show the price rising each time the front line moved, and the crews",
            "Three findings stand out.", "The crews now sail at night, when neither group's boats are out on the water."];
        Assert.Equal(DocumentShapeKind.Web, DocumentShape.Classify(string.Join("\n\n", paragraphs)).Kind);
        Assert.NotEqual(DocumentShapeKind.Web, DocumentShape.Classify(string.Join("\n", paragraphs)).Kind);
    }

    [Fact]
    public void A_web_clippers_block_settles_an_unclear_shape_as_web_but_not_a_measured_one()
    {
        Assert.Equal(DocumentShapeKind.Web, DocumentShape.WithClipperBlock(new DocumentShapeReading(DocumentShapeKind.Unknown, "")).Kind);
        Assert.Equal(DocumentShapeKind.Pdf, DocumentShape.WithClipperBlock(new DocumentShapeReading(DocumentShapeKind.Pdf, "")).Kind);
    }

    [Fact]
    public void Page_numbers_rising_a_page_apart_make_text_pdf_shaped()
    {
        string[] lines = [.. LongParagraphs[..3], "2", "Lakes Monitor | Volume 3 | Issue 4", .. LongParagraphs[3..], "3", "Lakes Monitor | Volume 3 | Issue 4", .. LongParagraphs, "4"];
        Assert.Equal(DocumentShapeKind.Pdf, DocumentShape.Classify(string.Join("\n", lines)).Kind);
    }

    [Theory]
    [InlineData("Share | Tweet | Email", "share bar", "UI words (")]
    [InlineData("We use cookies to give you the best experience. Accept", "cookie banner", "the site's cookie notice")]
    [InlineData("Sign up for our newsletter", "subscribe prompt", "UI words (")]
    [InlineData("Loading…", "script placeholder", "UI words (")]
    public void Interface_lines_name_their_kind(string text, string kind, string reasonStart)
    {
        var signals = TextSignals.Of(text);
        var verdict = BoilerplateClassifier.Decide([new BlockFacts(signals, 0, null, false, false, false)]).Single();
        Assert.Equal(kind, verdict?.What);
        Assert.StartsWith(reasonStart, verdict!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Few villagers could afford to subscribe to the paper, which cost more than a loaf of bread.")]
    [InlineData("The bakery still sells cookies to the soldiers at the checkpoint.")]
    [InlineData("Their share of the vote fell to twelve percent.")]
    [InlineData("\"We will not sell,\" said Ada Fenwick.")]
    public void Ordinary_sentences_with_interface_words_stay(string text) =>
        Assert.Null(BoilerplateClassifier.Decide([new BlockFacts(TextSignals.Of(text), 0, null, false, false, false)]).Single());

    [Fact]
    public void A_long_paragraph_of_prose_needs_two_signals()
    {
        var prose = TextSignals.Of("The provincial government closed four more schools along the river this spring, citing falling numbers of pupils in the upland villages, and parents say that the nearest open school is now two hours away.");
        Assert.Null(BoilerplateClassifier.Decide([new BlockFacts(prose, 3, null, false, false, false)]).Single());
        Assert.Null(BoilerplateClassifier.Decide([new BlockFacts(prose, 0, "after the closing bio", false, false, false)]).Single());
        Assert.NotNull(BoilerplateClassifier.Decide([new BlockFacts(prose, 3, "after the closing bio", false, false, false)]).Single());
    }

    [Fact]
    public void Repeated_lines_match_across_pages_whatever_their_links_and_years()
    {
        var repeated = RepeatedParagraphs.Find([
            ["Body one.\n\n[Share](https://x.example/?u=1)\n© 2023 Example"],
            ["Body two.\n\n[Share](https://x.example/?u=2)\n© 2024 Example"],
        ]);
        Assert.Equal(2, repeated[RepeatedParagraphs.Normalize("[Share](https://x.example/?u=9)")]);
        Assert.Equal(2, repeated[RepeatedParagraphs.Normalize("© 1999 Example")]);
        Assert.False(repeated.ContainsKey(RepeatedParagraphs.Normalize("Body one.")));
    }

    [Fact]
    public void Each_dropped_piece_says_which_signal_dropped_it()
    {
        var golden = GoldenCase.Get(nameof(StripBoilerplate), "think-tank-share-bar-and-footer");
        var context = new GoldenContext(golden);
        var result = new StripBoilerplateFixup().Apply(context.Draft(golden.Input, null), context.Fixup);
        var reasons = result.Actions.Select(a => a.Reason).ToList();
        Assert.Contains(reasons, r => r is not null && r.StartsWith("UI words (share", StringComparison.Ordinal) && r.Contains("links", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r is not null && r.Contains("after the closing bio", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r == "copyright notice; 2 links; after the closing bio" || r is not null && r.StartsWith("copyright notice", StringComparison.Ordinal));
    }
}
