using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class EmptyBylineTests
{
    [Theory]
    [InlineData("By:", true)]
    [InlineData("  BY :  ", true)]
    [InlineData("Written by", true)]
    [InlineData("Author:", true)]
    [InlineData("By: Tomas Verel", false)]
    [InlineData("By the river the ferry waited.", false)]
    [InlineData("Byline news", false)]
    [InlineData("", false)]
    public void Recognises_a_byline_label_without_a_name(string line, bool expected) => Assert.Equal(expected, EmptyByline.Is(line));

    [Fact]
    public void Finds_the_first_empty_byline_within_the_given_lines()
    {
        string[] lines = ["Harbour Talks Resume", "Publication: Lakeland Monitor", "By:", "Delegates met on Tuesday.", "By:"];

        Assert.Equal(3, EmptyByline.Find(lines, 2, 4));
        Assert.Null(EmptyByline.Find(lines, 4, 4));
        Assert.Equal(5, EmptyByline.Find(lines, 5, 99));
    }
}
