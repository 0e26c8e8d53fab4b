using Publisher.Core.Import;
using Publisher.Core.Import.Text;
using Publisher.Core.Model;

namespace Publisher.Tests.Import.Text;

/// <summary>Own publications recognised by name or alias through masthead noise; dates estimated from volume and issue. Invented names.</summary>
public class OwnPublicationNameTests
{
    private static readonly PublicationConfig Reef = new()
    {
        Name = "Coral Reef Sentinel", Slug = "coral-reef-sentinel", Aliases = ["CRS", "Reef Sentinel"], FirstVolumeYear = 2009, Frequency = PublicationFrequency.Weekly,
    };

    private static readonly PublicationConfig Tundra = new()
    {
        Name = "The Tundra Quarterly Brief", Slug = "tundra-brief", Aliases = ["TQB"], FirstVolumeYear = 2019, Frequency = PublicationFrequency.Monthly,
    };

    private static readonly PublicationConfig[] Both = [Reef, Tundra];

    [Theory]
    [InlineData("Coral Reef Sentinel", "Coral Reef Sentinel", false)]
    [InlineData("CORAL REEF SENTINEL", "Coral Reef Sentinel", false)]
    [InlineData("CoralReefSentinel", "Coral Reef Sentinel", false)]
    [InlineData("C O R A L  R E E F  S E N T I N E L", "Coral Reef Sentinel", false)]
    [InlineData("Coral-Reef Sentinel™", "Coral Reef Sentinel", false)]
    [InlineData("The Coral Reef Sentinel", "Coral Reef Sentinel", false)]
    [InlineData("crs", "CRS", true)]
    [InlineData("REEF SENTINEL", "Reef Sentinel", true)]
    [InlineData("TUNDRA QUARTERLY BRIEF", "The Tundra Quarterly Brief", false)]
    [InlineData("TQB", "TQB", true)]
    public void Recognises_an_own_publication(string printed, string matched, bool byAlias)
    {
        var match = OwnPublicationName.Match(printed, Both);

        Assert.NotNull(match);
        Assert.Equal(matched, match.MatchedName);
        Assert.Equal(byAlias, match.ByAlias);
    }

    [Theory]
    [InlineData("Coral Reef Sentinel Weekly")]
    [InlineData("Reef")]
    [InlineData("The Harbour Gazette")]
    [InlineData("CR")]
    [InlineData("   ")]
    [InlineData("—")]
    public void Anything_else_is_not_an_own_publication(string printed) =>
        Assert.Null(OwnPublicationName.Match(printed, Both));

    [Theory]
    [InlineData("CORAL REEF SENTINEL Weekly notes on the reefs and their guardians", "CORAL REEF SENTINEL")]
    [InlineData("Reef Sentinel — news from the outer islands", "Reef Sentinel")]
    [InlineData("TheTundraQuarterlyBrief A digest of the far north", "TheTundraQuarterlyBrief")]
    [InlineData("Coral Reef Sentinel", "Coral Reef Sentinel")]
    public void Finds_an_own_publication_opening_a_masthead_block(string block, string printed) =>
        Assert.Equal(printed, OwnPublicationName.Leading(block, Both)?.Printed);

    [Theory]
    [InlineData("CRS is the islands' paper of record")]
    [InlineData("A journal of the Coral Reef Sentinel's friends")]
    [InlineData("Reefs and their guardians")]
    public void A_block_not_opening_with_an_own_publication_finds_none(string block) =>
        Assert.Null(OwnPublicationName.Leading(block, Both));

    [Theory]
    [InlineData(PublicationFrequency.Weekly, 2, 1, "2010-01-01")]
    [InlineData(PublicationFrequency.Weekly, 2, 10, "2010-03-05")]
    [InlineData(PublicationFrequency.Fortnightly, 1, 3, "2009-01-29")]
    [InlineData(PublicationFrequency.Monthly, 5, 11, "2013-11-01")]
    public void Estimates_an_issue_date_from_volume_issue_and_frequency(PublicationFrequency frequency, int volume, int issue, string expected)
    {
        var estimate = IssueDateEstimate.Of(Reef with { Frequency = frequency }, volume, issue);

        Assert.NotNull(estimate);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), estimate.Value.Date);
        Assert.Contains("an estimate", estimate.Value.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_estimate_without_frequency_or_first_year_or_for_an_issue_beyond_the_year()
    {
        Assert.Null(IssueDateEstimate.Of(Reef with { Frequency = null }, 2, 3));
        Assert.Null(IssueDateEstimate.Of(Reef with { FirstVolumeYear = null }, 2, 3));
        Assert.Null(IssueDateEstimate.Of(Tundra, 1, 13));
        Assert.Null(IssueDateEstimate.Of(Reef, 1, 60));
        Assert.Null(IssueDateEstimate.Of(Reef, 0, 1));
    }

    [Theory]
    [InlineData("https://reef-institute.example/program/coral-reef-sentinel/why-the-reef-fleet-stayed-home/", "Coral Reef Sentinel")]
    [InlineData("https://reef-institute.example/CoralReefSentinel/2029/why-the-fleet-stayed/", "Coral Reef Sentinel")]
    [InlineData("https://reef-institute.example/programs/tundra-brief/the-ice-roads/", "The Tundra Quarterly Brief")]
    public void Finds_an_own_publication_a_pages_address_files_it_under(string url, string name) =>
        Assert.Equal(name, OwnPublicationName.InAddress(url, Both)?.Publication.Name);

    [Theory]
    // The page's own slug, an alias folder and an unrelated address say nothing.
    [InlineData("https://news.example/world/coral-reef-sentinel")]
    [InlineData("https://reef-institute.example/crs/why-the-fleet-stayed/")]
    [InlineData("https://news.example/world/2029/the-reef-fleet/")]
    [InlineData(null)]
    public void Finds_no_own_publication_in_an_address_without_one(string? url) =>
        Assert.Null(OwnPublicationName.InAddress(url, Both));
}
