using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import.Fixups;

public class DefaultFixupsTests
{
    [Fact]
    public void Pipeline_runs_every_rule_in_the_documented_order()
    {
        var pipeline = DefaultFixups.Create();

        Assert.Equal(["normalize-text", "strip-page-furniture"], pipeline.TextRules.Select(r => r.Name));
        Assert.Equal(
            ["strip-boilerplate", "rejoin-page-breaks", "extract-author-bio", "convert-footnotes", "repair-links", "tidy-layout"],
            pipeline.DraftRules.Select(r => r.Name));
    }

    [Theory]
    [InlineData(100, 2)]
    [InlineData(1500, 2)]
    [InlineData(1501, 3)]
    [InlineData(3000, 4)]
    public void Body_threshold_grows_with_length(int words, int expected) =>
        Assert.Equal(expected, TagMatcher.BodyThreshold(words));
}
