using System.Globalization;
using Publisher.Core.Import;

namespace Publisher.Tests.Import.Text;

public class CrawlerFrontMatterTests
{
    [Fact]
    public void Reads_the_block_and_blanks_its_lines()
    {
        var text = "---\ntitle: Harbour Workers Walk Out | The Coastal Courier\nsource: https://courier.example/harbour-walkout\ndate: 2022-08-19T07:30:00Z\ndescription: Dockers stopped work over pay.\nauthor: unknown\n---\nHarbour Workers Walk Out\n\nDockers stopped work.";
        var (meta, rest) = CrawlerFrontMatter.Read(text);
        Assert.NotNull(meta);
        Assert.Equal("Harbour Workers Walk Out", meta.Title!.Value);
        Assert.Equal("The Coastal Courier", meta.SiteName);
        Assert.Equal("https://courier.example/harbour-walkout", meta.Url!.Value);
        Assert.Equal("2022-08-19", meta.Date!.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(4, meta.Date.Line);
        Assert.Equal("Dockers stopped work over pay.", meta.Description!.Value);
        Assert.Null(meta.Authors);
        Assert.Equal(text.Split('\n').Length, rest.Split('\n').Length);
        Assert.StartsWith("\n\n\n\n\n\n\nHarbour Workers Walk Out", rest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why the Sahel Juntas Turned East | Meridian Review", "Why the Sahel Juntas Turned East")]
    [InlineData("Why the Sahel Juntas Turned East - Meridian Review", "Why the Sahel Juntas Turned East")]
    [InlineData("Why the Sahel Juntas Turned East — meridian.example", "Why the Sahel Juntas Turned East")]
    [InlineData("Left - Right", "Left - Right")]
    [InlineData("Elections in Chad - a quiet vote that changed very little", "Elections in Chad - a quiet vote that changed very little")]
    public void Removes_a_site_name_suffix(string title, string expected) => Assert.Equal(expected, CrawlerFrontMatter.SplitSiteSuffix(title).Title);

    [Fact]
    public void Author_lists_and_placeholders()
    {
        var (meta, _) = CrawlerFrontMatter.Read("---\ntitle: n/a\nauthors:\n  - Dr. Ruth Anker\n  - Samir Qasim\ndate: null\n---\nText");
        Assert.Null(meta!.Title);
        Assert.Null(meta.Date);
        Assert.Equal(["Ruth Anker", "Samir Qasim"], meta.Authors!.Value);
    }

    [Fact]
    public void A_rule_that_opens_prose_is_not_a_block() =>
        Assert.Null(CrawlerFrontMatter.Read("---\nThe harbour was quiet on Monday.\n---\nMore text.").Metadata);
}
