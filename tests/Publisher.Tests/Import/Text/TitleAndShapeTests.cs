using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class TitleAndShapeTests
{
    [Theory]
    [InlineData("---|Harbour Workers Walk Out Over Pay|Dockers at the eastern terminal stopped work on Monday.", 1)]
    [InlineData("Home › Analysis › Africa|Why the Sahel Juntas Turned East|The shift began in 2021.", 1)]
    [InlineData("The Meridian Review|# Water Rights and the New Dam|By Ann Vale", 1)]
    [InlineData("The Meridian Review|Water Rights and the New Dam on the Upper River|By Ann Vale", 1)]
    [InlineData("May 4, 2023|Water Rights and the New Dam|By Ann Vale", 1)]
    [InlineData("Water Rights and the New Dam|By Ann Vale|May 4, 2023", 0)]
    public void Chooses_the_first_title_shaped_line(string lines, int expected) =>
        Assert.Equal(expected, TitleLine.Choose(lines.Split('|')));

    [Theory]
    [InlineData("Home › Analysis › Africa", true)]
    [InlineData("News / World / Europe", true)]
    [InlineData("Home > Opinion", true)]
    [InlineData("War and Peace: A Review", false)]
    [InlineData("Title of the Piece | Site Name", false)]
    public void Recognises_breadcrumbs(string line, bool expected) => Assert.Equal(expected, TitleLine.IsBreadcrumb(line));

    private static string Web(int paragraphs) => string.Join("\n", Enumerable.Range(1, paragraphs).Select(i =>
        $"Paragraph {i} tells the story of the harbour in full sentences, one after another, on a single long line as a web page gives it. " +
        "The workers met at dawn and the ministry answered at noon, which nobody had expected after the long weekend of talks."));

    private static string Pdf(int lines) => string.Join("\n", Enumerable.Range(1, lines).Select(i =>
        i % 9 == 0 ? (i / 9).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : i % 5 == 0 ? "the workers met at dawn and the ministry answered at noon, which no-"
        : "the workers met at dawn and the ministry answered at noon, which nobody"));

    [Fact]
    public void One_long_line_per_paragraph_is_web_text() => Assert.Equal(DocumentShapeKind.Web, DocumentShape.Classify(Web(100)).Kind);

    [Fact]
    public void Hard_wrapped_lines_with_page_numbers_are_pdf_text() => Assert.Equal(DocumentShapeKind.Pdf, DocumentShape.Classify(Pdf(120)).Kind);

    [Fact]
    public void Short_news_paragraphs_that_end_their_sentences_are_web_text() =>
        Assert.Equal(DocumentShapeKind.Web, DocumentShape.Classify(string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"The council met for the {i}th time and voted to keep the harbour open."))).Kind);
}
