using Publisher.Core.Import;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Header lines that are page metadata, never a title, however their labels are worded.</summary>
public class MetadataLineTests
{
    [Theory]
    [InlineData("Author(s): Mirela Costa", true)]
    [InlineData("Issued by: Press Office of the Harbour Authority", true)]
    [InlineData("Compiled by: Field Team North", true)]
    [InlineData("Date of publication: 3 May 2024", true)]
    [InlineData("Still current at: 12 June 2024", true)]
    [InlineData("Last checked: 2024-06-12", true)]
    [InlineData("Transcript: River Security After the Floods", false)]
    [InlineData("Harbour travel advice: strikes and safety", false)]
    [InlineData("Salt, Nets and Tolls: How the Delta Is Taxed", false)]
    [InlineData("Note: the ferry runs twice a day", false)]
    [InlineData("Ref. No.: HA-2027/11", true)]
    [InlineData("Revision: R2 (supersedes the notice of May)", true)]
    [InlineData("Part II: 1945-1950 and After", false)]
    public void Labelled_metadata_lines(string line, bool expected) => Assert.Equal(expected, PageField.IsMetadataLine(line));

    [Theory]
    [InlineData("Date of publication: 3 May 2024", "2024-05-03", DateRole.Published)]
    [InlineData("Publication date: May 3, 2024", "2024-05-03", DateRole.Published)]
    [InlineData("Issued: 3 May 2024", "2024-05-03", DateRole.Published)]
    public void Labelled_dates_in_more_wordings(string line, string date, DateRole role)
    {
        var reading = DateLine.Read(line);
        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), role), (reading!.Date, reading.Role));
    }

    [Fact]
    public void A_still_current_stamp_is_not_the_page_date() => Assert.Null(DateLine.Read("Still current at: 12 June 2024"));

    [Fact]
    public void A_checked_date_gives_way_to_an_updated_one()
    {
        Assert.Equal(DateRole.Checked, DateLine.Read("Last checked: 12 June 2024")?.Role);
        Assert.True(DateLine.Rank(DateRole.Updated) < DateLine.Rank(DateRole.Checked));
        Assert.Equal(new DateOnly(2024, 6, 3), DateLine.Read("Last checked: 12 June 2024 · Updated: 3 June 2024")?.Date);
    }

    [Theory]
    [InlineData("Court Convicts Five | Ministry of Justice of the Republic of Valmora", "Court Convicts Five")]
    [InlineData("Court Convicts Five | what the judges said about the harbour cell today", "Court Convicts Five | what the judges said about the harbour cell today")]
    public void A_long_institution_name_after_a_bar_is_a_site_suffix(string title, string expected) =>
        Assert.Equal(expected, CrawlerFrontMatter.SplitSiteSuffix(title).Title);

    [Theory]
    [InlineData("Delta Monitor Volume: 24 Issue: 23", 24, 23)]
    [InlineData("Volume: 7, Issue: 2", 7, 2)]
    public void Volume_lines_with_colons(string line, int volume, int issue)
    {
        var parsed = VolumeIssueLine.Parse(line);
        Assert.Equal((volume, issue), (parsed!.Volume, parsed.Issue));
    }
}
