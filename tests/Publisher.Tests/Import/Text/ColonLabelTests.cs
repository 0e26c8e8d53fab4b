using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class ColonLabelTests
{
    [Theory]
    [InlineData("Executive Summary:")]
    [InlineData("Background:")]
    [InlineData("## Key Findings:")]
    [InlineData("**What we found:**")]
    public void A_few_capitalised_words_ending_in_a_colon_are_a_run_in_label(string line) => Assert.True(ColonLabel.Is(line));

    [Theory]
    [InlineData("Note: the figures are estimates.")]
    [InlineData("Updated 12 May 2031:")]
    [InlineData("the following:")]
    [InlineData("What the ministry said about the ports this year:")]
    [InlineData("Executive Summary")]
    public void A_sentence_a_date_or_a_long_line_is_not(string line) => Assert.False(ColonLabel.Is(line));
}
