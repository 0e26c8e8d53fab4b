using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>The one test of a sentence's end that readers and rules share.</summary>
public class SentenceEndTests
{
    [Theory]
    [InlineData("The ferry stopped running in May.", true)]
    [InlineData("Did the ferry stop?", true)]
    [InlineData("and then nothing…", true)]
    [InlineData("“The buses will run.”", true)]
    [InlineData("(The ferry stopped running in May.)", true)]
    [InlineData("The ferry stopped running in May.[3]", true)]
    [InlineData("The ferry stopped running in May. [iv]", true)]
    [InlineData("The ferry stopped running in May.(3)", true)]
    [InlineData("The ferry stopped running in May.²", true)]
    [InlineData("*The ferry stopped running in May.*", true)]
    [InlineData("The ferry stopped running in", false)]
    [InlineData("The ferry stopped running in 2045 (3)", false)]
    [InlineData("The harbour board said:", false)]
    [InlineData("", false)]
    public void A_sentence_ends_in_its_mark_closing_quotes_brackets_and_note_markers_aside(string text, bool closes) =>
        Assert.Equal(closes, SentenceEnd.Closes(text));

    [Fact]
    public void A_lead_ins_colon_ends_it_only_when_asked() =>
        Assert.True(SentenceEnd.Closes("The harbour board said:", colon: true));
}
