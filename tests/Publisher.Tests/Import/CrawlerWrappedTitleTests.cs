using Publisher.Core.Import;

namespace Publisher.Tests.Import;

/// <summary>Golden cases for <see cref="CrawlerMetadataApplier.IsWrappedPrefix"/>: a page's title line cut short by wrapping.</summary>
public class CrawlerWrappedTitleTests
{
    [Theory]
    [InlineData("Harbour board extends night sailings to the northern", "Harbour board extends night sailings to the northern islands", true)]
    [InlineData("Agency suspends  river ferry licences after", "Agency suspends river ferry licences after inspection", true)]
    [InlineData("Why the ferry subsidy failed", "Why the ferry subsidy failed | by Eva Lunde | Mar, 2025", false)]
    [InlineData("Why the ferry subsidy failed", "Why the ferry subsidy failed - Coastline Monitor", false)]
    [InlineData("Why the ferry subsidy failed", "Why the ferry subsidy failed", false)]
    [InlineData("Ferry news", "Ferry news from the islands", false)]
    public void A_title_line_is_a_wrapped_prefix_only_when_the_block_adds_more_words_of_the_title(string text, string block, bool wrapped) =>
        Assert.Equal(wrapped, CrawlerMetadataApplier.IsWrappedPrefix(text, block));
}
