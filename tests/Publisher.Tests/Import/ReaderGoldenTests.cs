using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import;

/// <summary>
/// Golden cases under Golden/Readers: the seed text goes through format detection and the chosen reader;
/// the drafts (rendered by <see cref="DraftDump"/>) and the diagnostics must match.
/// </summary>
public class ReaderGoldenTests
{
    public static TheoryData<string> Cases => GoldenCase.Names("Readers");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reader_cuts_the_seed_as_expected(string name)
    {
        // Given
        var golden = GoldenCase.Get("Readers", name);
        var text = TextFile.Normalize(golden.Input);

        // When: as in SeedStage, a crawler's metadata block is read and blanked before format detection
        var (crawler, pageText) = CrawlerFrontMatter.Read(text);
        var (format, _) = RawFormats.Choose(pageText, RawFormats.All);
        Assert.NotNull(format);
        var result = format.Read(pageText, new RawSource("seeds/case.txt") { Crawler = crawler, Url = crawler?.Url?.Value });
        if (crawler is not null)
        {
            var applied = new List<Diagnostic>(result.Diagnostics);
            result = result with { Drafts = CrawlerMetadataApplier.Apply(result.Drafts, crawler, "seeds/case.txt", applied), Diagnostics = applied };
        }

        // Then
        var actual = DraftDump.Render(format.Name, result);
        Assert.True(golden.Expected == actual, $"{name}:\n{LineDiff.Describe(golden.Expected, actual)}\n--- actual ---\n{actual}");
        Assert.Equal(golden.Diagnostics, string.Join('\n', result.Diagnostics.Select(d => d.ToString())));
    }
}
