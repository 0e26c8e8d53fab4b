using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class RailLabelTests
{
    [Theory]
    [InlineData("More letters")]
    [InlineData("Other press statements")]
    [InlineData("MORE IN OPINION")]
    [InlineData("More photo essays")]
    [InlineData("Related research")]
    [InlineData("Latest from the blog")]
    [InlineData("Recent posts:")]
    [InlineData("More statements from the council")]
    [InlineData("## More episodes")]
    public void Labels_of_lists_of_other_pieces(string line) => Assert.True(RailLabel.Is(line));

    [Theory]
    [InlineData("More than 40 boats were stopped in March.")]
    [InlineData("Other groups, 2028")]
    [InlineData("Related")]
    [InlineData("More")]
    [InlineData("The council's other measures")]
    [InlineData("Recent attacks on convoys near the lake road")]
    public void Not_a_rail_label(string line) => Assert.False(RailLabel.Is(line));
}
