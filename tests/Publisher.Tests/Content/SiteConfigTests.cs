using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Tests.Content;

public class SiteConfigTests
{
    private const string Head = "title: Harbour Archive\nbase_url: https://archive.example/\n";

    [Fact]
    public void Publications_are_read_with_their_slugs_aliases_years_and_frequencies()
    {
        var diagnostics = new List<Diagnostic>();
        var config = ConfigFiles.ReadSite(Head + """
            publications:
              - name: Coastal Risk Monitor
                aliases: [CRM, COASTAL RISK MONITOR]
                first_volume_year: 2011
                frequency: fortnightly
                description: Risk on the coasts.
              - name: Inland Waters Review
                slug: iwr
                frequency: Monthly
            """, "input/site.yml", diagnostics)!;

        Assert.Empty(diagnostics);
        Assert.Equal(["Coastal Risk Monitor", "Inland Waters Review"], config.Publications.Select(p => p.Name));
        Assert.Equal(["coastal-risk-monitor", "iwr"], config.Publications.Select(p => p.Slug));
        Assert.Equal("Coastal Risk Monitor", config.Publication);
        Assert.Equal(2011, config.FirstVolumeYear);
        Assert.Equal(PublicationFrequency.Fortnightly, config.Publications[0].Frequency);
        Assert.Equal(PublicationFrequency.Monthly, config.Publications[1].Frequency);
        Assert.Equal("Risk on the coasts.", config.Publications[0].Description);
    }

    [Theory]
    [InlineData("COASTAL RISK MONITOR", "Coastal Risk Monitor")]
    [InlineData("CoastalRisk-Monitor", "Coastal Risk Monitor")]
    [InlineData("crm", "Coastal Risk Monitor")]
    [InlineData("The Inland Waters Review", "Inland Waters Review")]
    [InlineData("Harbour Gazette", null)]
    [InlineData("", null)]
    public void An_own_publication_is_found_by_name_or_alias_ignoring_case_and_spacing(string name, string? expected)
    {
        var config = ConfigFiles.ReadSite(Head + "publications:\n  - name: Coastal Risk Monitor\n    aliases: [CRM]\n  - name: Inland Waters Review\n", "input/site.yml", [])!;
        Assert.Equal(expected, config.OwnPublication(name)?.Name);
    }

    [Fact]
    public void The_old_single_publication_key_is_read_as_a_one_entry_list_with_a_warning_that_says_how_to_update()
    {
        var diagnostics = new List<Diagnostic>();
        var config = ConfigFiles.ReadSite(Head + "publication: Coastal Risk Monitor\nfirst_volume_year: 2011\n", "input/site.yml", diagnostics)!;

        var publication = Assert.Single(config.Publications);
        Assert.Equal(("Coastal Risk Monitor", "coastal-risk-monitor", 2011), (publication.Name, publication.Slug, publication.FirstVolumeYear));
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ConfigOutdated, Severity.Warning, 3), (warning.Code, warning.Severity, warning.Location!.Line));
        Assert.Contains("publications:", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_keys_beside_the_list_are_ignored_with_a_warning()
    {
        var diagnostics = new List<Diagnostic>();
        var config = ConfigFiles.ReadSite(Head + "publication: Old Name\npublications:\n  - name: Coastal Risk Monitor\n", "input/site.yml", diagnostics)!;

        Assert.Equal("Coastal Risk Monitor", Assert.Single(config.Publications).Name);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ConfigOutdated && d.Location!.Line == 3);
    }

    [Fact]
    public void Bad_publication_entries_are_reported_at_their_line()
    {
        var diagnostics = new List<Diagnostic>();
        var config = ConfigFiles.ReadSite(Head + """
            publications:
              - name: Coastal Risk Monitor
                frequncy: weekly
              - slug: nameless
              - name: COASTAL RISK MONITOR
              - name: Inland Waters Review
                frequency: daily
            """, "input/site.yml", diagnostics)!;

        Assert.Equal(["Coastal Risk Monitor", "Inland Waters Review"], config.Publications.Select(p => p.Name));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownKey && d.Location!.Line == 5 && d.Message.Contains("'frequency'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ConfigInvalid && d.Location!.Line == 6);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ConfigInvalid && d.Location!.Line == 7 && d.Message.Contains("same name", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ConfigInvalid && d.Location!.Line == 9 && d.Message.Contains("daily", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Feed_limits_default_to_the_newest_fifty_everywhere()
    {
        var config = ConfigFiles.ReadSite(Head, "input/site.yml", [])!;

        Assert.Equal(new FeedLimits(50, 50), config.FeedLimits);
    }

    [Theory]
    [InlineData("feeds:\n  limit: 20\n", 20, 20)]
    [InlineData("feeds: { limit: 100, tag_and_author_limit: 10 }\n", 100, 10)]
    [InlineData("feeds:\n  tag_and_author_limit: all\n", 50, null)]
    [InlineData("feeds:\n  limit: ALL\n", null, null)]
    public void Feed_limits_are_read_from_feeds(string yaml, int? site, int? tagAndAuthor)
    {
        var diagnostics = new List<Diagnostic>();

        var config = ConfigFiles.ReadSite(Head + yaml, "input/site.yml", diagnostics)!;

        Assert.Empty(diagnostics);
        Assert.Equal(new FeedLimits(site, tagAndAuthor), config.FeedLimits);
    }

    [Fact]
    public void A_feed_limit_that_is_not_a_positive_number_or_an_unknown_feeds_key_is_a_warning_at_its_line()
    {
        var diagnostics = new List<Diagnostic>();

        var config = ConfigFiles.ReadSite(Head + "feeds:\n  limit: 0\n  tag_and_author_limit: ten\n  limt: 5\n", "input/site.yml", diagnostics)!;

        Assert.Equal(new FeedLimits(50, 50), config.FeedLimits);
        Assert.Equal(
            [
                "input/site.yml:4:10: warning PUB006: feeds 'limit: 0' should be a whole number of articles above 0 (or 'all'); the feeds carry the newest 50 instead",
                "input/site.yml:5:25: warning PUB006: feeds 'tag_and_author_limit: ten' should be a whole number of articles above 0 (or 'all'); the feeds carry the newest 50 instead",
                "input/site.yml:6:9: warning PUB009: unknown feeds field 'limt' is ignored; did you mean 'limit'?",
            ],
            diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }
}
