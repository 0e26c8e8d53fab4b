using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Formats;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import;

/// <summary>The five real samples in seeds/: each is recognised and cut into the articles it holds.</summary>
public class SampleSeedTests
{
    private static (IRawFormat Format, RawReadResult Result) Read(string prefix)
    {
        var file = Directory.GetFiles(RepoPaths.Seeds, prefix + "*.txt").Single();
        var text = TextFile.Read(file);
        var (format, confidence) = RawFormats.Choose(text, RawFormats.All);
        Assert.NotNull(format);
        Assert.True(confidence >= RawFormats.Confident, $"{prefix}: confidence {confidence}");
        return (format, format.Read(text, new RawSource("seeds/" + Path.GetFileName(file))));
    }

    [Fact]
    public void Whole_issue_000_has_two_briefs_and_three_features_of_volume_19_issue_22()
    {
        var (format, result) = Read("000_");

        Assert.Equal("whole-issue", format.Name);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != Severity.Info);
        Assert.Equal(
            [
                ("Togo Suffers First Al-Qaeda-Affiliated Jihadist Attack", "Jacob Zenn", "brief"),
                ("Islamic State in Khorasan Province Escalates Anti-Shia Attacks in Afghanistan", "Jacob Zenn", "brief"),
                ("Pakistan's Deal with Tehreek-i-Labbaik Pakistan: Statesmanship or Surrender?", "Syed Fazl-e-Haider", "feature"),
                ("Emerging Chemical, Biological, Radiological and Nuclear Threats from Europe's 'Garage Extremists'", "Rueben Dass", "feature"),
                ("Assassination Attempt against Prime Minister Al-Khadimi Highlights Intra-Shia Divisions in Iraq", "Rami Jameel", "feature"),
            ],
            result.Drafts.Select(d => (d.Title, string.Join(", ", d.Authors), d.Kind!)));
        Assert.All(result.Drafts, d =>
        {
            Assert.Equal("Terrorism Monitor", d.Publication);
            Assert.Equal(19, d.Volume);
            Assert.Equal(22, d.Issue);
        });
        var last = result.Drafts[^1];
        Assert.StartsWith("[1] In general Iraqi voters", last.Notes, StringComparison.Ordinal);
        Assert.EndsWith("Rami Jameel is a researcher specializes in militant groups in the Middle East and North Africa. He focuses on the political and military conflicts in the region and its impact on global security.", last.Body, StringComparison.Ordinal);
        Assert.Contains(result.Dropped, p => p.Text == "In-depth analysis of the War on Terror" && p.Location.Line == 5);
    }

    [Fact]
    public void Web_article_001_reads_title_publication_volume_issue_byline_and_three_notes()
    {
        var (format, result) = Read("001_");

        Assert.Equal("web-article", format.Name);
        var draft = Assert.Single(result.Drafts);
        Assert.Equal("Assassination Attempt against Prime Minister Al-Khadimi Highlights Intra-Shia Divisions in Iraq", draft.Title);
        Assert.Equal(["Rami Jameel"], draft.Authors);
        Assert.Equal(("Terrorism Monitor", 19, 22), (draft.Publication!, draft.Volume!.Value, draft.Issue!.Value));
        Assert.Contains("\n\n## Elections, Power, Money, and Militias\n\n", draft.Body, StringComparison.Ordinal);
        Assert.Equal(3, draft.Notes!.Split("\n\n").Length);
        Assert.Equal(5, draft.BodyStartLine);
    }

    [Fact]
    public void Web_article_003_without_author_has_headings_and_notes_from_single_newlines()
    {
        var (format, result) = Read("003_");

        Assert.Equal("web-article", format.Name);
        var draft = Assert.Single(result.Drafts);
        Assert.Equal("Fragile Pro-Iranian Militia Ceasefire Highlights Inter-Shia Polarization", draft.Title);
        Assert.Empty(draft.Authors);
        Assert.Equal((18, 19), (draft.Volume!.Value, draft.Issue!.Value));
        Assert.Contains("\n\n## A Conditional Ceasefire\n\n", draft.Body, StringComparison.Ordinal);
        Assert.Contains("\n\n## Inter-Shia Polarization\n\n", draft.Body, StringComparison.Ordinal);
        Assert.Equal("[1] Author access to private database of Iraqi security incidents, October 2020\n\n[2] Author interview with Karbala-based security contact, October 2020", draft.Notes);
    }

    [Fact]
    public void News_scrape_002_drops_caption_and_short_url_and_reads_bullets_as_summary()
    {
        var (format, result) = Read("002_");

        Assert.Equal("web-scrape", format.Name);
        var draft = Assert.Single(result.Drafts);
        Assert.Equal("Attempt on PM Mustafa Al-Kadhimi’s life shows destructive effect of pro-Iran factions on Iraqi state", draft.Title);
        Assert.Equal(
            "Iraq’s pro-Iran groups accused Al-Kadhimi of fraud after faring badly in the October parliamentary election. The November 7 drone attack on the PM’s residence is seen by many analysts as a warning from the groups.",
            draft.Summary);
        Assert.StartsWith("IRBIL, Iraqi Kurdistan:", draft.Body, StringComparison.Ordinal);
        Assert.Equal(["photo caption", "short-url label"], result.Dropped.Select(p => p.Kind));
        Assert.Equal([3, 4], result.Dropped.Select(p => p.Location.Line));
    }

    [Fact]
    public void Think_tank_scrape_004_reads_byline_date_kind_standfirst_and_bio()
    {
        var (format, result) = Read("004_");

        Assert.Equal("web-scrape", format.Name);
        var draft = Assert.Single(result.Drafts);
        Assert.Equal("What Next After the Assassination Attempt on Mustafa al-Kadhimi?", draft.Title);
        Assert.Equal(["Ali Al-Mikdam"], draft.Authors);
        Assert.Equal(new DateOnly(2021, 12, 4), draft.Date);
        Assert.Equal("analysis", draft.Kind);
        Assert.StartsWith("The question of how Iraqi militias will respond", draft.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Ali Al-Mikdam is an Iraqi writer", draft.AuthorBio, StringComparison.Ordinal);
        Assert.StartsWith("The Iraqi capital, Baghdad,", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Also available in", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ABOUT THE AUTHORS", draft.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\uFEFFTitle Here\r\nPublication: Coastal Watch Volume: 3 Issue: 11\r\nBy: Ann Lee\r\nFirst paragraph of the piece.\r\nSecond paragraph.\r\n")]
    [InlineData("Title Here\rPublication: Coastal Watch Volume: 3 Issue: 11\rBy: Ann Lee\rFirst paragraph of the piece.\rSecond paragraph.\r")]
    public void Crlf_cr_and_bom_read_like_plain_lf(string raw)
    {
        var text = TextFile.Normalize(raw);
        var (format, _) = RawFormats.Choose(text, RawFormats.All);
        var draft = Assert.Single(format!.Read(text, new RawSource("seeds/x.txt")).Drafts);

        Assert.Equal("Title Here", draft.Title);
        Assert.Equal(["Ann Lee"], draft.Authors);
        Assert.Equal("First paragraph of the piece.\n\nSecond paragraph.", draft.Body);
    }
}
