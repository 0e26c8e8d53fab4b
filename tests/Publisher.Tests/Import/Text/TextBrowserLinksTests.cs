using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A text browser's link list after a dumped page (<see cref="TextBrowserLinks"/>). Invented text.</summary>
public class TextBrowserLinksTests
{
    private static IReadOnlyList<TextBlock> Blocks(string text) => SeedText.Blocks(text);

    [Fact]
    public void Finds_the_numbered_addresses_under_references_at_the_end_even_with_lines_joined()
    {
        var blocks = Blocks("""
            The board will report again in the spring.

            [7]Privacy [8]Cookies

            References

               1. https://harbour-board.example/#main
               2. https://harbour-board.example/reports/ 3. mailto:?subject=Report
               4. javascript:window.print()
            """);

        Assert.Equal(2, TextBrowserLinks.Start(blocks));
    }

    [Fact]
    public void An_address_inside_the_page_or_the_site_is_an_entry_too()
    {
        var blocks = Blocks("The board will report again in the spring.\n\nReferences\n\n   1. https://harbour-board.example/feed/\n   2. #main\n   3. /reports/spring/\n   4. https://harbour-board.example/");

        Assert.Equal(1, TextBrowserLinks.Start(blocks));
    }

    [Theory]
    [InlineData("The text.\n\nReferences\n\n1. Lee, A. (2030) Harbours and their police. Kessvik: Northern Press.\n2. https://harbour-board.example/\n3. https://harbour-board.example/a")]
    [InlineData("The text.\n\nReferences\n\n1. https://harbour-board.example/\n2. https://harbour-board.example/a")]
    [InlineData("The text.\n\n1. https://harbour-board.example/\n2. https://harbour-board.example/a\n3. https://harbour-board.example/b")]
    public void Leaves_a_reference_list_with_titles_a_short_list_and_a_list_with_no_heading(string text) =>
        Assert.Equal(-1, TextBrowserLinks.Start(Blocks(text)));

    [Fact]
    public void Takes_the_link_markers_off_the_text_only_when_the_link_list_closes_it()
    {
        const string dump = "[3]Download the report (PDF)\nSee [4]the board's reply and note [5].\n\nReferences\n\n   3. https://a.example/r.pdf\n   4. https://a.example/reply\n   5. https://a.example/n";

        var (text, markers) = TextBrowserLinks.WithoutMarkers(dump);

        Assert.Equal(2, markers);
        Assert.StartsWith("Download the report (PDF)\nSee the board's reply and note [5].\n", text, StringComparison.Ordinal);
        Assert.Equal(dump.Split('\n').Length, text.Split('\n').Length);
        Assert.Equal(0, TextBrowserLinks.WithoutMarkers("A note[3]on the text.\n\nReferences\n\n3. Lee, A. Harbours.").Markers);
    }
}
