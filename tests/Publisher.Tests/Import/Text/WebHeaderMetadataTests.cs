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
}
