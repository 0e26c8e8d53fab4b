using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Merge;

public class ProseParagraphTests
{
    [Theory]
    [InlineData("The harbour board met on Tuesday and agreed to reopen the southern pier.")]
    [InlineData("“We will not wait another month,” the union’s secretary told reporters at the gate.")]
    public void Sentences_are_prose(string paragraph) => Assert.Null(ProseParagraph.WhyNot(paragraph));

    [Theory]
    [InlineData("12", "a page number")]
    [InlineData("p. 7", "a page number")]
    [InlineData("## The Southern Pier", "a heading")]
    [InlineData("Coastal Watch | Volume III, Issue 7", "not a sentence")]
    [InlineData("Photo: dock workers gather at the southern gate before the vote on Tuesday.", "a caption or credit")]
    [InlineData("Dock workers gather at the southern gate before the vote on Tuesday (Source: Harbour Times)", "a caption or credit")]
    [InlineData("Dock workers gather at the southern gate before the vote on Tuesday", "no sentence punctuation")]
    public void Furniture_is_not_prose(string paragraph, string why) =>
        Assert.Contains(why, ProseParagraph.WhyNot(paragraph) ?? "(prose)", StringComparison.Ordinal);
}
