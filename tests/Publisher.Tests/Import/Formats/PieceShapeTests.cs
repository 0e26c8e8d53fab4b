using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Formats;

/// <summary>
/// Golden cases for the shape that tells a feature from the briefs before it (<see cref="WholeIssueFormat.ShapeOf"/>):
/// subheadings count whether the paragraphs under them are wrapped over several lines or printed one paragraph per
/// line, as an issue whose text came out of a word processor prints them (branch kinds18). Invented text.
/// </summary>
public class PieceShapeTests
{
    private const string Long1 = "The district council voted in March to hand the ferry landings to a private operator, and within weeks the crews who had worked the river for decades found that the new owners expected a share of every fare they took.";
    private const string Long2 = "Traders on both banks now say that the price of a crossing has doubled since the summer, and that the operator's guards settle disputes over cargo with their fists rather than with the port office.";

    [Fact]
    public void A_heading_over_one_line_paragraphs_is_a_subheading() =>
        Assert.True(WholeIssueFormat.ShapeOf(SeedText.Blocks($"{Long1}\n\nThe New Owners\n\n{Long2}\n\n{Long1}")).HasSubheadings);

    [Fact]
    public void A_heading_over_wrapped_paragraphs_is_a_subheading() =>
        Assert.True(WholeIssueFormat.ShapeOf(SeedText.Blocks($"{Long1}\n\nThe New Owners\n\nTraders on both banks now say that\nthe price of a crossing has doubled.\n\n{Long1}")).HasSubheadings);

    [Fact]
    public void Short_one_line_lines_in_a_row_are_no_subheadings() =>
        Assert.False(WholeIssueFormat.ShapeOf(SeedText.Blocks($"{Long1}\n\nThe New Owners\n\nPrices have doubled.\n\n{Long2}")).HasSubheadings);

    [Theory]
    [InlineData("The New Owners", false)]
    [InlineData("Prices on the river have doubled since the summer.", false)]
    [InlineData(Long1, true)]
    public void A_one_line_block_is_a_paragraph_only_when_it_is_paragraph_long(string line, bool paragraph) =>
        Assert.Equal(paragraph, WholeIssueFormat.IsParagraph(SeedText.Blocks(line)[0]));
}
