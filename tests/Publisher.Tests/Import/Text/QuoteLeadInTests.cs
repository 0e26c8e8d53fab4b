using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A line introducing the quotation after it is text, whatever interface words its names hold. Invented text.</summary>
public class QuoteLeadInTests
{
    [Theory]
    [InlineData("Home Affairs Minister Lorna Vasquez-Oduya said:")]
    [InlineData("The Share Council's chairman, Piet Alders, added:")]
    [InlineData("A spokesperson for the Search and Rescue Service told reporters:")]
    [InlineData("In a statement, the ministry said today:")]
    public void A_quote_lead_in_is_recognised(string line) => Assert.True(QuoteLeadIn.Is(line));

    [Theory]
    [InlineData("Home   News   World   Sport")]
    [InlineData("Share this article:")]
    [InlineData("Related:")]
    [InlineData("said:")]
    [InlineData("Minister Vasquez-Oduya said the order would come into force in June.")]
    public void Other_lines_are_not(string line) => Assert.False(QuoteLeadIn.Is(line));
}
