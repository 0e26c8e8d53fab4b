using Publisher.Core.Content;
using Publisher.Core.Import;
using Publisher.Core.Import.Text;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Text;

/// <summary>The shape the classifier gives each of the five sample seeds.</summary>
public class SampleShapeTests
{
    [Theory]
    [InlineData("000_", DocumentShapeKind.Pdf)]
    [InlineData("001_", DocumentShapeKind.Web)]
    [InlineData("002_", DocumentShapeKind.Web)]
    [InlineData("003_", DocumentShapeKind.Web)]
    [InlineData("004_", DocumentShapeKind.Web)]
    public void Sample_seeds_have_the_shape_they_came_in(string prefix, DocumentShapeKind expected)
    {
        var file = Directory.GetFiles(RepoPaths.Seeds, prefix + "*.txt").Single();
        var text = CrawlerFrontMatter.Read(TextFile.Read(file)).Text;
        var reading = DocumentShape.Classify(text);
        Assert.True(expected == reading.Kind, $"{prefix}: {reading.Kind} ({reading.Evidence})");
    }
}
