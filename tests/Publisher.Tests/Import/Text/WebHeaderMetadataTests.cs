using Publisher.Core.Import.Text;
using Publisher.Core.Model;

namespace Publisher.Tests.Import.Text;

public class WebHeaderMetadataTests
{
    [Theory]
    [InlineData("Harbour Review — Vol. 7, Issue 3", "Harbour Review", 7, 3)]
    [InlineData("The Steppe Bulletin | Volume 12, No. 4", "The Steppe Bulletin", 12, 4)]
    [InlineData("Delta Quarterly, Vol 3 Number 11", "Delta Quarterly", 3, 11)]
    public void Publication_issue_lines_give_name_volume_and_issue(string line, string name, int volume, int issue)
    {
        var read = PublicationIssueLine.Read(line)!;
        Assert.Equal((name, volume, issue), (read.Publication, read.Volume, read.Issue));
    }

    [Theory]
    [InlineData("Volume 3, Issue 2")]
    [InlineData("The minister said the second volume, no. 4, was withdrawn from sale after the complaint.")]
    [InlineData("Harbour Review")]
    public void Other_lines_are_not_publication_issue_lines(string line) => Assert.Null(PublicationIssueLine.Read(line));

    [Theory]
    [InlineData("KRTV", "KRTV")]
    [InlineData("HARBOUR WIRE", "Harbour Wire")]
    [InlineData("KRTV NEWS", "KRTV News")]
    [InlineData("LANTERNS", "Lanterns")]
    public void Acronyms_keep_their_capitals(string printed, string proper) =>
        Assert.Equal(proper, PublicationName.Proper(printed, null, Array.Empty<Outlet>()));

    [Theory]
    [InlineData("The Kestrel Gazette", "© 2027 Kestrel Gazette Publishing Group Ltd. All rights reserved.", "The Kestrel Gazette")]
    [InlineData("MARLOW", "Marlow Media Group © 2027 · Terms · Privacy", "Marlow")]
    [InlineData("Orrin Centre for Peace Studies", "© Orrin Centre for Peace Studies 2027 · Privacy", "Orrin Centre for Peace Studies")]
    [InlineData("Lowland Aid Watch", "Lowland Aid Watch is a non-profit organisation registered in Berne.", "Lowland Aid Watch")]
    public void Site_name_lines_are_confirmed_by_the_closing_lines(string top, string closing, string name)
    {
        string[] lines = [top, "Home · About · Contact", "A headline about a river crossing", "Some text of the article body.", closing];
        Assert.Equal(name, SiteName.Find(lines, null, null, [])?.Name);
    }

    [Fact]
    public void A_site_name_line_matches_a_platform_subdomain() =>
        Assert.Equal("Border Notes 7", SiteName.Find(["Border Notes 7", "Headline"], null, "https://bordernotes7.blogplatform.example/2027/03/x.html", [])?.Name);

    [Fact]
    public void A_crawler_author_that_is_the_top_name_line_is_the_site() =>
        Assert.Equal("The Ledger Room", SiteName.Find(["The Ledger Room", "Headline"], null, null, [], ["The Ledger Room"])?.Name);
}
