using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class CitationParenthesisTests
{
    [Theory]
    [InlineData("(AP, 2020)")]
    [InlineData("(Le Monde, 3 June 2018)")]
    [InlineData("(Kestrel Daily, April 2; AFP, April 3)")]
    [InlineData("(news.example.org/world, Sept. 14)")]
    [InlineData("(The Voice of Orran, 2021-03-04)")]
    public void Source_and_date_items_are_citations(string text) => Assert.True(CitationParenthesis.IsCitation(text));

    [Theory]
    [InlineData("(see below)")]
    [InlineData("(ISIS, ISKP)")]
    [InlineData("(March 3)")]
    [InlineData("(then mayor, 2019)")]
    [InlineData("(Kestrel Daily)")]
    [InlineData("(Kestrel Daily, a paper close to the army, April 2)")]
    public void Asides_acronyms_and_bare_dates_are_not(string text) => Assert.False(CitationParenthesis.IsCitation(text));
}
