using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Pull quotes condensed from the running text, and quotations that are text (invented).</summary>
public class PullQuoteTests
{
    private const string Passage =
        "One defendant, a former student of engineering, told the court he had learned to shape wings by watching online videos made for hobbyists, and that the motors came by post.";

    [Theory]
    [InlineData("“We learned to shape the wings from videos made for hobbyists.”")]
    [InlineData("\"He had learned to shape wings by watching videos made for hobbyists.\"")]
    public void A_quotation_set_apart_and_condensed_from_a_passage_is_a_pull_quote(string quotation) =>
        Assert.True(PullQuote.IsCondensedFrom(quotation, Passage));

    [Theory]
    [InlineData("“We learned to shape the wings from videos,” he told the court.")] // attributed: the text's own quotation
    [InlineData("“The motors were ordered from three countries and paid for in cash by a cousin.”")] // words not in the passage
    [InlineData("“Shape wings.”")] // too short to tell
    public void Other_quotations_are_not(string quotation) => Assert.False(PullQuote.IsCondensedFrom(quotation, Passage));

    [Fact]
    public void The_passage_must_be_longer_than_the_quotation() =>
        Assert.False(PullQuote.IsCondensedFrom("“" + Passage + "”", Passage));

    [Theory]
    [InlineData("“Everyone takes a little.”", true)]
    [InlineData("\"Everyone takes a little,\" he said, \"and nobody complains.\"", false)]
    [InlineData("Everyone takes a little.", false)]
    public void A_standalone_quotation_has_no_words_outside_its_marks(string flat, bool expected) =>
        Assert.Equal(expected, PullQuote.IsStandaloneQuotation(flat));
}
