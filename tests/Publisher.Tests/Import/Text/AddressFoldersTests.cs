using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class AddressFoldersTests
{
    [Theory]
    [InlineData("https://think.example/publications/policy-briefs/the-slug/", "publications/policy-briefs")]
    [InlineData("https://think.example/publications/policy-briefs/the-slug", "publications/policy-briefs")]
    [InlineData("https://think.example/the-slug", "")]
    [InlineData("https://quaysidenotes.example/", "")]
    [InlineData("https://quaysidenotes.example", "")]
    public void The_folders_of_an_address_leave_out_the_pages_own_slug(string url, string expected) =>
        Assert.Equal(expected, string.Join('/', AddressFolders.Of(new Uri(url))));

    [Fact]
    public void A_site_root_files_a_page_under_no_genre_and_no_publication()
    {
        Assert.Null(Genres.FromUrl("https://quaysidenotes.example/"));
        Assert.Null(OwnPublicationName.InAddress("https://quaysidenotes.example/", [new Publisher.Core.Model.PublicationConfig { Name = "Terrorism Monitor", Slug = "terrorism-monitor" }]));
    }
}
