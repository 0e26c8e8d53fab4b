using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Golden cases for a page's date printed in its head that the header reader did not reach. Invented lines.</summary>
public class HeadDateTests
{
    [Theory]
    [InlineData(new[] { "Harbour Notes", "Why the quays went quiet", "Lena Morrow-Abiodun", "Analyst | Speaker | Former port official", "Published March 9, 2029", "+ Follow", "The quays of the inner harbour went quiet in February, and nobody at the port authority could say why for weeks." }, 1, "2029-03-09")]
    [InlineData(new[] { "PRESS NOTE", "REF/PN/2029/4", "14 April 2029", "Council hears report on coastal patrols", "The Council today heard the annual report of its coastal patrol committee, which it adopted without a vote." }, 3, "2029-04-14")]
    [InlineData(new[] { "Closure of the Velmar Quarry After an Attack on a Fuel Convoy", "Posted 3 July 2029 by Ines Calloway-Brandt", "Price sensitive: YES", "The company advises that it has suspended work at the quarry after an attack on a convoy on the night of 2 July." }, 0, "2029-07-03")]
    [InlineData(new[] { "Notice of Designation", "Issue date: 11 June 2029   |   Category: Notices   |   Ministry of Ports", "Print", "The Minister, in exercise of the powers conferred by the Act, declares the following entities to be specified." }, 0, "2029-06-11")]
    [InlineData(new[] { "Hearing summary: Day 9 – Thursday 15 March 2029", "This summary is provided for the convenience of the public and is not a record of the evidence heard." }, 0, "2029-03-15")]
    [InlineData(new[] { "A Statement on the Ferry Attack", "Ref. 12/2029", "Port Salvar, 6 May 2029", "The Consulate condemns in the strongest terms the attack carried out yesterday on a ferry leaving the harbour." }, 0, "2029-05-06")]
    [InlineData(new[] { "TESTIMONY", "Smuggling on the Northern Coast", "Dr. Ann Lee, Senior Fellow", "Testimony delivered before the Standing Committee on Maritime Affairs on 14 July 2029.", "Chair Holmqvist and members of the committee, thank you for the opportunity to testify on the smuggling networks of the coast." }, 1, "2029-07-14")]
    [InlineData(new[] { "Statement on the harbour searches", "This statement was issued on 3 August 2029 by the Coalition.", "We write as organisations of fishermen, port workers and coastal communities to ask you to change the searches." }, 0, "2029-08-03")]
    // A standfirst right under the title, then the issuer and the date over the text: the date is the page's.
    [InlineData(new[] { "Ferry inspections to start at the outer quays", "Inspectors from the harbour board will check every ferry leaving the outer quays from March, the board said today in a statement to passengers.", "From: Harbour Board of Tessaly", "Issued 2 February 2031", "The board will station four inspectors at the outer quays and will publish what they find each month on its website." }, 0, "2031-02-02")]
    public void Reads_the_date_in_the_head(string[] lines, int title, string expected)
    {
        var found = HeadDate.Find(lines, title);

        Assert.NotNull(found);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), found.Value.Reading.Date);
    }

    [Theory]
    // A date after the first paragraph of prose is another piece's (a list of posts, a comment): never read.
    [InlineData(new[] { "Why the quays went quiet", "The quays of the inner harbour went quiet in February, and nobody at the port authority could say why for weeks on end.", "Published March 9, 2029" }, 0)]
    // "Posted in Collections": a verb without a date.
    [InlineData(new[] { "Restoring the plaque", "Posted in Collections, Conservation | 2 Comments", "The plaque that stood on the platform for ninety years came to the workshop in pieces last spring." }, 0)]
    // A stage before publication is not the piece's date.
    [InlineData(new[] { "Licensing the Sea", "Received: 4 March 2029", "The article examines how armed groups license fishing boats along a coast the state does not patrol." }, 0)]
    // A sentence in the head whose verb is no publishing verb dates an event, not the piece.
    [InlineData(new[] { "Ferry strike ends", "Crews walked out on 3 May 2029 and returned a week later.", "The ferry crews of the northern coast returned to work on Monday after a strike that lasted a week and cost the operator dearly." }, 0)]
    public void Reads_no_date_that_is_not_the_pieces(string[] lines, int title) =>
        Assert.Null(HeadDate.Find(lines, title));

    [Theory]
    [InlineData("https://museum.example/blog/2029/11/27/restoring-the-plaque/", "2029-11-27")]
    [InlineData("https://news.example/2029/2/3/story", "2029-02-03")]
    public void Reads_the_day_an_address_files_a_page_under(string url, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), HeadDate.FromUrl(url));

    [Theory]
    [InlineData("https://news.example/2029/11/story")]
    [InlineData("https://news.example/2029/13/40/story")]
    [InlineData("https://news.example/reports/2029-11-27-story")]
    [InlineData(null)]
    public void Reads_no_day_from_an_address_without_one(string? url) => Assert.Null(HeadDate.FromUrl(url));
}
