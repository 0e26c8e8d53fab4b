using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class RelatedListLabelTests
{
    [Theory]
    [InlineData("Related Articles")]
    [InlineData("Related")]
    [InlineData("READ NEXT")]
    [InlineData("People also read")]
    [InlineData("You might also enjoy")]
    [InlineData("Recent Posts")]
    [InlineData("More from Kasia Brennholm-Ode and Harbour Letters")]
    [InlineData("## More on this story:")]
    [InlineData("More essays")]
    public void Labels_of_lists_of_other_pieces(string line) => Assert.True(RelatedListLabel.Is(line));

    [Theory]
    [InlineData("Related to this, the ministry also closed two crossings.")]
    [InlineData("Read the full report")]
    [InlineData("Most of the convoys were stopped at night")]
    [InlineData("See also the council's earlier statement on the ferries, published in March 2029.")]
    [InlineData("[3] Related filings, Harbour Court, 2028.")]
    public void Not_a_label(string line) => Assert.False(RelatedListLabel.Is(line));
}
