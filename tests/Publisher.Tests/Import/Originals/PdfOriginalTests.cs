using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Originals;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Publisher.Tests.Import.Originals;

/// <summary>
/// PDF seeds read into seed text: small synthetic PDFs written with PdfPig's builder, each about one decision of the
/// reader (reading order, running lines, hyphens, note markers, paragraphs) or one PDF it cannot read.
/// </summary>
public class PdfOriginalTests
{
    private const double Size = 10;
    private const double Pitch = 13;

    /// <summary>One line of text placed on a page: x and the baseline's y in points, its size and whether bold.</summary>
    private sealed record Placed(string Text, double X, double Y, double FontSize = Size, bool Bold = false);

    private static byte[] Pdf(params Placed[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            foreach (var line in lines)
                page.AddText(line.Text, line.FontSize, new PdfPoint(line.X, line.Y), line.Bold ? bold : regular);
        }
        return builder.Build();
    }

    /// <summary>A column of prose lines from y downwards, one every <see cref="Pitch"/> points.</summary>
    private static IEnumerable<Placed> Column(double x, double y, params string[] lines) =>
        lines.Select((l, i) => new Placed(l, x, y - i * Pitch));

    private static (string Text, List<Diagnostic> Diagnostics, List<FixupAction> Fixes) Read(byte[] pdf)
    {
        var diagnostics = new List<Diagnostic>();
        var fixes = new List<FixupAction>();
        var text = SeedOriginals.ToText(pdf, "seeds/issue.pdf", diagnostics, fixes);
        return (text, diagnostics, fixes);
    }

    private static string[] Left(int n) => Enumerable.Range(1, n).Select(i => $"left column line {Word(i)} of the text").ToArray();
    private static string[] Right(int n) => Enumerable.Range(1, n).Select(i => $"right column line {Word(i)} of the text").ToArray();
    private static string Word(int i) => ((char)('a' + i)).ToString() + "word";

    [Fact]
    public void Pdf_is_a_seed_ending()
    {
        Assert.True(SeedOriginals.IsSeed("seeds/Issue.PDF"));
        Assert.True(SeedOriginals.IsSeed("seeds/issue.txt"));
        Assert.False(SeedOriginals.IsSeed("seeds/issue.yml"));
    }

    [Fact]
    public void Two_columns_are_read_column_by_column_under_a_title_set_across_them()
    {
        // Given: a title across the page, then two columns whose lines stand side by side
        var page = new[] { new Placed("A Title Set Across Both Columns of the Page", 50, 760, 16, Bold: true) }
            .Concat(Column(50, 720, Left(8)))
            .Concat(Column(310, 720, Right(8)))
            .ToArray();

        // When
        var (text, diagnostics, _) = Read(Pdf(page));

        // Then: the title, a blank line, the whole left column, then the whole right column
        Assert.Empty(diagnostics);
        var lines = text.Split('\n');
        Assert.Equal("A Title Set Across Both Columns of the Page", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal(Left(8), lines[2..10]);
        Assert.Equal(Right(8), lines[10..18]);
    }

    [Fact]
    public void Running_header_and_page_numbers_are_dropped_and_recorded_in_full()
    {
        // Given: three pages, each with the same header (its issue number aside) on top and its number at the foot
        Placed[] PageOf(int n) =>
        [
            new($"Harbour Watch | Issue {n + 10}", 50, 810, 8),
            .. Column(50, 760, Enumerable.Range(1, 6).Select(i => $"Page {n} sentence {Word(i)} goes on here").ToArray()),
            new(n.ToString(System.Globalization.CultureInfo.InvariantCulture), 297, 30, 8),
        ];

        // When
        var (text, _, fixes) = Read(Pdf(PageOf(1), PageOf(2), PageOf(3)));

        // Then: neither header nor number is in the text; each is a recorded action with its full text and a seed line
        Assert.DoesNotContain("Harbour Watch", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\f?\d+$", text);
        var dropped = fixes.Where(f => f.Kind == FixupActionKinds.DroppedPdfRunningLine).ToList();
        Assert.Equal(6, dropped.Count);
        Assert.Contains(dropped, f => f.Detail == "Harbour Watch | Issue 12" && f.Reason!.Contains("page 2", StringComparison.Ordinal));
        Assert.Contains(dropped, f => f.Detail == "3" && f.Location is { Line: > 0 });
        Assert.Contains("Page 3 sentence bword goes on here", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_seen_on_one_page_only_stays_even_at_the_top()
    {
        // Given: a masthead at the top of page 1 only
        var first = new[] { new Placed("Harbour Watch", 50, 810, 20, Bold: true) }.Concat(Column(50, 760, Left(6))).ToArray();
        var second = Column(50, 760, Right(6)).ToArray();

        // When
        var (text, _, fixes) = Read(Pdf(first, second));

        // Then
        Assert.StartsWith("Harbour Watch\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(fixes, f => f.Kind == FixupActionKinds.DroppedPdfRunningLine);
    }

    [Fact]
    public void New_pages_open_with_a_form_feed_and_a_paragraph_runs_on_across_them()
    {
        // Given: a sentence that runs from the foot of page 1 onto page 2
        var first = Column(50, 760, "The first page of the text ends in the middle", "of a sentence that is long and goes on").ToArray();
        var second = Column(50, 760, "onto the next page where it ends.", "Then the text goes on in the same way").ToArray();

        // When
        var (text, _, _) = Read(Pdf(first, second));

        // Then
        Assert.Equal("The first page of the text ends in the middle\nof a sentence that is long and goes on\n\fonto the next page where it ends.\nThen the text goes on in the same way\n", text);
    }

    [Fact]
    public void Line_end_hyphen_is_joined_when_the_document_prints_the_word_whole()
    {
        // Given: "organi-" / "sation" where "organisation" stands whole elsewhere; "cross-" / "border" where it does not
        var page = Column(50, 760,
            "The organisation met in the town hall and the",
            "members of the organi-",
            "sation voted on the plan for the cross-",
            "border crossing at the old bridge today.").ToArray();

        // When
        var (text, _, _) = Read(Pdf(page));

        // Then
        Assert.Contains("members of the organisation\nvoted on the plan", text, StringComparison.Ordinal);
        Assert.Contains("for the cross-\nborder crossing", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Superscript_note_numbers_become_bracketed_markers()
    {
        // Given: a small raised "1" after a word, and a small raised "2" glued to a full stop
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 760.0;
        for (var i = 0; i < 5; i++, y -= Pitch) page.AddText($"An ordinary line of body text number {Word(i)}", Size, new PdfPoint(50, y), font);
        var end = page.AddText("The claim was denied", Size, new PdfPoint(50, y), font);
        page.AddText("1", 6, new PdfPoint(end.Max(l => l.BoundingBox.Right) + 0.5, y + 4), font);
        page.AddText("by the ministry and others in the town", Size, new PdfPoint(end.Max(l => l.BoundingBox.Right) + 8, y), font);
        y -= Pitch;
        var sentence = page.AddText("which the court later confirmed.", Size, new PdfPoint(50, y), font);
        page.AddText("2", 6, new PdfPoint(sentence.Max(l => l.BoundingBox.Right) + 0.3, y + 4), font);

        // When
        var (text, _, _) = Read(builder.Build());

        // Then
        Assert.Contains("The claim was denied[1] by the ministry", text, StringComparison.Ordinal);
        Assert.Contains("which the court later confirmed.[2]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Indented_or_spaced_lines_start_paragraphs_and_a_large_title_stands_apart()
    {
        // Given: a large title over two lines, a byline, a paragraph, an indented paragraph, and one after a wider gap
        var page = new[]
        {
            new Placed("A Long Title That Needs", 50, 780, 18, Bold: true),
            new Placed("Two Lines to Be Printed", 50, 758, 18, Bold: true),
            new Placed("By Some Writer", 50, 730),
        }
        .Concat([new Placed("First paragraph line one of the text", 50, 700, Size, true)])
        .Concat(Column(50, 687, "first paragraph line two of the text", "first paragraph line three ends."))
        .Concat([new Placed("Second paragraph starts indented here", 62, 661)])
        .Concat(Column(50, 648, "and goes on for a line.", "third paragraph after a wider gap"))
        .ToArray();
        page[^1] = page[^1] with { Y = page[^1].Y - 8 };
        page[3] = page[3] with { Bold = false };

        // When
        var (text, _, _) = Read(Pdf(page));

        // Then
        Assert.Equal(
            "A Long Title That Needs\nTwo Lines to Be Printed\n\nBy Some Writer\n\nFirst paragraph line one of the text\n"
            + "first paragraph line two of the text\nfirst paragraph line three ends.\n\nSecond paragraph starts indented here\n"
            + "and goes on for a line.\n\nthird paragraph after a wider gap\n", text);
    }

    [Fact]
    public void A_damaged_file_is_a_diagnostic_not_a_crash()
    {
        var (text, diagnostics, _) = Read(Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not really a PDF at all\n"));

        Assert.Equal("", text);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ImportPdfDamaged, d.Code);
        Assert.Equal("seeds/issue.pdf", d.Location!.Path);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_asks_for_ocr()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 200, 300);

        var (text, diagnostics, _) = Read(builder.Build());

        Assert.Equal("", text);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ImportPdfNoText, d.Code);
        Assert.Contains("OCR it first", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_pdf_is_a_diagnostic_not_a_crash()
    {
        // Given: a PDF whose trailer names an encryption dictionary no empty password opens
        var plain = Encoding.Latin1.GetString(Pdf(Column(50, 760, Left(3)).ToArray()));
        var encrypted = plain.Replace("trailer\n<<", "trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 "
            + "/O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>", StringComparison.Ordinal);
        Assert.NotEqual(plain, encrypted);

        // When
        var (text, diagnostics, _) = Read(Encoding.Latin1.GetBytes(encrypted));

        // Then
        Assert.Equal("", text);
        Assert.Equal(DiagnosticCodes.ImportPdfEncrypted, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Words_under_a_web_link_annotation_become_a_markdown_link()
    {
        // Given: a line whose middle words lie under a link annotation to a web page, and one under a link inside the document
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The report of the", Size, new PdfPoint(50, 760), font);
        var linked = page.AddText("Harbour Council", Size, new PdfPoint(140, 760), font);
        page.AddText("was published in May.", Size, new PdfPoint(225, 760), font);
        foreach (var (line, i) in Left(4).Select((l, i) => (l, i))) page.AddText(line, Size, new PdfPoint(50, 740 - i * Pitch), font);
        var box = new PdfRectangle(linked.Min(l => l.BoundingBox.Left), 757, linked.Max(l => l.BoundingBox.Right), 769);
        page.AddLink("https://council.example/report (2027)", box);

        // When
        var (text, _, _) = Read(builder.Build());

        // Then: only the words under the link are its text; the address keeps no space or bracket
        Assert.StartsWith("The report of the [Harbour Council](https://council.example/report%20%282027%29) was published in May.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_lines_that_alternate_between_facing_pages_are_dropped_once_each()
    {
        // Given: a masthead on page 1; small running lines that differ between right (odd) and left (even) pages, each once
        Placed[] first =
        [
            new("Issue 14 of Volume 3, June 2029", 50, 815, 7),
            new("Harbour Watch", 50, 760, 20, Bold: true),
            new("Volume 3 | Issue 14 | June 2029", 50, 735, 9, Bold: true),
            .. Column(50, 700, Left(8)),
        ];
        Placed[] second = [new("A Quarterly of Coastal Affairs", 50, 815, 7), .. Column(50, 760, Right(8))];

        // When
        var (text, _, fixes) = Read(Pdf(first, second));

        // Then: both are out of the text and each drop is recorded in full with its reason
        Assert.DoesNotContain("Issue 14 of Volume 3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Coastal Affairs", text, StringComparison.Ordinal);
        Assert.StartsWith("Harbour Watch\n", text, StringComparison.Ordinal);
        var dropped = fixes.Where(f => f.Kind == FixupActionKinds.DroppedPdfRunningLine).Select(f => f.Detail).ToList();
        Assert.Equal(["Issue 14 of Volume 3, June 2029", "A Quarterly of Coastal Affairs"], dropped);
    }

    [Fact]
    public void A_small_line_at_the_top_of_one_page_stays_when_no_facing_page_has_its_like()
    {
        // Given: a small note at the top of page 2 only, in words the masthead does not print; page 1 has none
        Placed[] first = [new("Harbour Watch", 50, 760, 20, Bold: true), .. Column(50, 720, Left(8))];
        Placed[] second = [new("Corrections to the last issue follow", 50, 815, 7), .. Column(50, 760, Right(8))];

        // When
        var (text, _, fixes) = Read(Pdf(first, second));

        // Then
        Assert.Contains("Corrections to the last issue follow", text, StringComparison.Ordinal);
        Assert.DoesNotContain(fixes, f => f.Kind == FixupActionKinds.DroppedPdfRunningLine);
    }

    [Fact]
    public void A_link_wrapped_over_two_printed_lines_is_one_link_and_the_full_stop_stays_outside()
    {
        // Given: the two halves of one link as the page reader writes them, the stop after it outside the link
        var text = new System.Text.StringBuilder("a report on the [flood defences of");
        Publisher.Core.Import.Originals.Pdf.PdfLinks.Close(text, "https://board.example/a");
        var lines = new List<string> { text.ToString(), "[the lower river.](https://board.example/a) Then more", "[other](https://board.example/b)" };
        var second = new System.Text.StringBuilder("[the lower river.");
        Publisher.Core.Import.Originals.Pdf.PdfLinks.Close(second, "https://board.example/a");

        // When
        var joined = Publisher.Core.Import.Originals.Pdf.PdfLinks.JoinWrapped(lines);

        // Then
        Assert.Equal("[the lower river](https://board.example/a).", second.ToString());
        Assert.Equal(["a report on the [flood defences of", "the lower river.](https://board.example/a) Then more", "[other](https://board.example/b)"], joined);
    }

    [Fact]
    public void A_smaller_line_across_the_columns_whose_word_gap_falls_on_the_gutter_is_one_line()
    {
        // Given: two columns, then a footnote set across them in a smaller type, its word space over the gutter's middle
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        foreach (var line in Column(50, 780, Left(8)).Concat(Column(300, 780, Right(8))))
            page.AddText(line.Text, Size, new PdfPoint(line.X, line.Y), font);
        var leftEnd = Left(8).Max(l => page.MeasureText(l, Size, new PdfPoint(50, 0), font).Max(x => x.BoundingBox.Right));
        var middle = (leftEnd + 300) / 2;
        const string first = "[3] On the earlier raids, see the annual";
        var firstWidth = page.MeasureText(first, 7, new PdfPoint(0, 0), font).Max(x => x.BoundingBox.Right);
        page.AddText(first, 7, new PdfPoint(middle - 1.5 - firstWidth, 660), font);
        page.AddText("report for that year.", 7, new PdfPoint(middle + 2, 660), font);

        // When
        var (text, _, _) = Read(builder.Build());

        // Then: the note reads whole after both columns, not half at the foot of each
        Assert.EndsWith("[3] On the earlier raids, see the annual report for that year.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_set_inside_a_box_at_the_same_inset_are_one_paragraph_apart_from_the_prose()
    {
        // Given: a paragraph, then a boxed note (its lines inset by the box's padding, a smaller type), then prose again
        var page = Column(50, 780, "A paragraph of the article that runs", "on to a second line and ends here.")
            .Concat(new[] { 0, 1, 2 }.Select(i => new Placed(new[] { "Signed by the elders of four clans, the", "truce divided the pastures and set fines", "for stolen cattle." }[i], 58, 748 - i * 10, 8)))
            .Concat(Column(50, 712, "The prose goes on after the box and", "ends its paragraph here."))
            .ToArray();

        // When
        var (text, _, _) = Read(Pdf(page));

        // Then
        Assert.Contains("\n\nSigned by the elders of four clans, the\ntruce divided the pastures and set fines\nfor stolen cattle.\n\nThe prose", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_set_bold_and_larger_than_the_body_are_marked_as_title_type_and_a_bold_heading_at_body_size_is_not()
    {
        // Given: the end of an earlier piece (so the title is not a row set apart in the top margin), a large bold title,
        // a bold heading at body size, and body lines
        var page = Column(50, 790, "the last lines of an earlier piece of prose", "which ends here on this page.")
            .Append(new Placed("Pilots on the lower river now travel with escorts", 50, 750, 16, Bold: true))
            .Concat(Column(50, 725, Left(4)))
            .Append(new Placed("A Heading Inside the Text", 50, 650, Size, Bold: true))
            .Concat(Column(50, 630, Right(4)))
            .ToArray();

        // When
        var (text, facts) = SeedOriginals.Convert(Pdf(page), "seeds/issue.pdf", new List<Diagnostic>(), new List<FixupAction>());

        // Then: only the title's line, by its number in the text
        var lines = text.Split('\n');
        var marked = Assert.Single(facts!.TitleTypeLines);
        Assert.Equal("Pilots on the lower river now travel with escorts", lines[marked - 1]);
    }
}
