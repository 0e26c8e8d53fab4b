using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class ContentsHeadingTests
{
    [Theory]
    [InlineData("In This Issue:")]
    [InlineData("CONTENTS")]
    [InlineData("Table of Contents")]
    [InlineData("Inside this issue")]
    [InlineData("In this edition:")]
    public void Headings_over_a_contents_list_are_recognised(string line) => Assert.True(ContentsHeading.IsMatch(line));

    [Theory]
    [InlineData("In this issue we look at the northern ports.")]
    [InlineData("Contents of the seized truck")]
    [InlineData("Introduction")]
    public void Other_lines_are_not_contents_headings(string line) => Assert.False(ContentsHeading.IsMatch(line));
}
