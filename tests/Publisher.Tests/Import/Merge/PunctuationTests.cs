using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Merge;

public class PunctuationTests
{
    [Theory]
    [InlineData("The pier closed (harbournews.org, March 3).")]
    [InlineData("The pier closed. (The mayor said so.)")]
    [InlineData("Ships waited, and then they left.")]
    [InlineData("Wait... the tide turned.")]
    public void Well_formed_prose_has_no_problems(string text) =>
        Assert.Empty(Punctuation.Problems(text, 0, text.Length));

    [Theory]
    [InlineData("The pier closed (harbournews.org, March 3. )", "a space before ')'")]
    [InlineData("The pier closed (harbournews.org, March 3.)", "a full stop inside a bracket opened mid-sentence")]
    [InlineData("Ships waited,, then left.", "a doubled ','")]
    [InlineData("Ships waited . Then left.", "a space before '.'")]
    [InlineData("Ships left the the harbour.", "the word 'the' twice")]
    public void Problems_are_named(string text, string problem) =>
        Assert.Contains(problem, Punctuation.Problems(text, 0, text.Length));

    [Theory]
    [InlineData("The pier closed (harbournews.org, March 3. )", "The pier closed (harbournews.org, March 3).")]
    [InlineData("The pier closed (harbournews.org, March 3.)", "The pier closed (harbournews.org, March 3).")]
    [InlineData("Ships waited ,, then left .", "Ships waited, then left.")]
    public void Repair_gives_the_well_formed_text(string text, string expected) =>
        Assert.Equal(expected, Punctuation.Repair(text, 0, text.Length).Text);
}
