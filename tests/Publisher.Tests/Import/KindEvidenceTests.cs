using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Kinds from more evidence (issue 6): a debate's record, a site named for one genre, a crawler title's section, an email
/// sent by a publication, a stacked genre field, the feature convention marked inferred, and a merge's read kind over a
/// conventional one (invented text).
/// </summary>
public class KindEvidenceTests
{
    private const string Body =
        "The harbour board met on Tuesday to decide whether the northern quay should reopen before the winter storms began.\n" +
        "Fishermen said the closure had cost them most of the autumn season, and two families had already sold their boats.\n" +
        "The board will publish its decision next week, after the engineers have inspected the sea wall once more.\n";

    [Theory]
    [InlineData("Westmarch Parliamentary Debates", "debate")]
    [InlineData("House of Assembly Hansard", "debate")]
    [InlineData("Lowland Policy Briefings", "briefing")]
    [InlineData("Coastal Analyses", "analysis")]
    public void A_site_named_for_one_genre_names_its_pages_kind(string name, string kind) =>
        Assert.Equal(kind, Genres.OfSiteName(name)?.Kind);

    [Theory]
    [InlineData("China Brief")]
    [InlineData("The Delta Bulletin")]
    [InlineData("Harbour News")]
    [InlineData("Lowland Reviews")]
    [InlineData("Debates")]
    [InlineData("Terrorism Monitor")]
    [InlineData("News in Brief")]
    public void A_periodical_or_a_site_of_many_genres_names_no_kind(string name) => Assert.Null(Genres.OfSiteName(name));

    [Fact]
    public void Styled_speakers_taking_turns_are_a_debate()
    {
        string[] paragraphs =
        [
            "The Minister for Harbours (Ms Rhona Castell): With permission, I will make a statement on the northern quay and the works that remain.",
            "Mr Idris Pellow (Saltmarsh West) (Opposition): I thank the Minister. When will the fishermen be able to land their catch again?",
            "Ms Castell: The engineers will report next week, and I will come back to the House as soon as they have.",
            "Dr Amara Quist (Harbourside) (Independent): Will the Minister meet the families who have sold their boats?",
            "Ms Castell: Yes, I will meet them this month.",
        ];
        Assert.Equal(("debate", 0), GenreShapes.Of(paragraphs) is { } found ? (found.Evidence.Kind, found.At) : default);
    }

    [Fact]
    public void Two_voices_are_an_interview_and_unstyled_labels_no_debate()
    {
        string[] interview =
        [
            "Pellow: When will the quay reopen?", "Castell: After the engineers report, not before the spring tides.",
            "Pellow: And the families?", "Castell: I will meet them this month, in the harbour hall.",
            "Pellow: Will there be compensation?", "Castell: The board is drawing up a scheme now.",
        ];
        Assert.Equal("interview", GenreShapes.Of(interview)?.Evidence.Kind);
        string[] findings =
        [
            "Key findings: the quay wall has moved eleven centimetres since the spring survey.",
            "Cost: the board estimates the repairs at two million crowns over three years.",
            "Key findings: the fishermen lost most of the autumn season to the closure.",
            "Next steps: the engineers will survey the wall again in January.",
            "Cost: the board will ask the ministry for half of the sum.",
        ];
        Assert.NotEqual("debate", GenreShapes.Of(findings)?.Evidence.Kind);
    }

    [Theory]
    [InlineData("Gulls return to the northern quay | Analysis | Lowland Courier", "analysis", "Gulls return to the northern quay", "Lowland Courier")]
    [InlineData("Lowland Courier — Commentary — Why the quay must reopen before winter", "commentary", "Why the quay must reopen before winter", "Lowland Courier")]
    [InlineData("Storm closes the northern quay for a week | World news | The Lowland Courier", "news", "Storm closes the northern quay for a week", "The Lowland Courier")]
    public void A_section_in_the_crawler_title_is_the_kind_and_leaves_the_title(string raw, string kind, string title, string site)
    {
        var (m, _) = CrawlerFrontMatter.Read($"---\ntitle: \"{raw}\"\nsource: https://lowland-courier.example/a/b\n---\n\nBody.");
        Assert.Equal(kind, m!.Kind!.Value.Kind);
        Assert.False(m.KindIsWeak);
        Assert.Equal(title, m.Title!.Value);
        Assert.Equal(site, m.SiteName);
    }

    [Theory]
    [InlineData("Gulls, Terns and the Northern Quay | Lowland Courier")]
    [InlineData("Report card: the quay after a year | Lowland Courier")]
    public void A_title_without_a_genre_part_has_no_section(string raw) => Assert.Null(CrawlerFrontMatter.TitleSection(raw));

    [Theory]
    [InlineData("From: The Saltmarsh Letter <hello@saltmarsh.example>", true)]
    [InlineData("From: Harbour Brief <editor@harbourbrief.example>", true)]
    [InlineData("From: Rhona Castell <r.castell@harbour.example>", false)]
    [InlineData("From: Ministry of Harbours", false)]
    public void An_email_sent_by_a_publication(string line, bool expected) => Assert.Equal(expected, NewsletterPage.SentByPublication(line));

    [Fact]
    public void An_email_from_a_publication_with_a_browser_link_is_a_newsletter()
    {
        string[] lines =
        [
            "From: The Saltmarsh Letter <hello@saltmarsh.example>", "To: reader@mail.example", "Subject: The quay question",
            "View this email in your browser", "The quay question", Body,
        ];
        Assert.Equal("newsletter", NewsletterPage.Of(lines)?.Evidence.Kind);
        Assert.Null(NewsletterPage.Of(["From: Rhona Castell <r.castell@harbour.example>", "To: a@b.example", "View this email in your browser", Body]));
    }

    private static ArticleDraft Scrape(string page)
    {
        var (crawler, text) = CrawlerFrontMatter.Read(TextFile.Normalize(page));
        var result = new WebScrapeFormat().Read(text, new RawSource("seeds/case.txt") { Crawler = crawler, Url = crawler?.Url?.Value });
        return Assert.Single(crawler is null ? result.Drafts : CrawlerMetadataApplier.Apply(result.Drafts, crawler, "seeds/case.txt", new List<Diagnostic>()));
    }

    [Fact]
    public void A_stacked_format_field_names_the_kind()
    {
        var d = Scrape(
            "   ReliefPort\n   Updates   Countries   Organizations   Jobs\n   Log in | Sign up\n\n   Saltmarsh + 1 more\n\n" +
            "   Saltmarsh: Flooding on the northern coast after the storm - Situation\n   Report No. 3\n\n" +
            "   Format\n          Situation Report\n   Source\n          Saltmarsh Coordination Office\n" +
            "   Posted\n          9 Sep 2031\n   Originally published\n          8 Sep 2031\n   Origin\n          View original\n\n" + Body);
        Assert.True("situation report" == d.Kind, d.Kind + " / " + d.Title + " / " + string.Join(" | ", d.InferredFrom.Select(v => v.Reason)) + " / " + d.Body[..80]);
        Assert.DoesNotContain("kind", d.Inferred);
    }

    [Fact]
    public void A_page_naming_no_kind_is_a_feature_by_convention_marked_inferred()
    {
        var d = Scrape("Lowland Courier\n\nThe quiet season on the northern quay\n\nBy Rhona Castell\n\n12 March 2031\n\n" + Body);
        Assert.Equal("feature", d.Kind);
        Assert.True(d.KindByConvention);
        Assert.Contains("kind", d.Inferred);
        Assert.Contains(d.InferredFrom, v => v.Field == "kind" && v.Reason.Contains("by convention", StringComparison.Ordinal));
    }

    private static ArticleDraft Draft(string seed, string? kind, bool byConvention) => new()
    {
        Title = "Ports Reopen After the Strike",
        Body = "Short text.",
        Publication = "Coastal Watch",
        Volume = 2,
        Issue = 4,
        Kind = kind,
        KindByConvention = byConvention,
        Inferred = byConvention ? ["kind"] : [],
        InferredFrom = byConvention ? [new InferredValue("kind", kind!, "by convention", null)] : [],
        Origin = new SourceLocation(seed, 1),
        Sources = [seed],
    };

    [Fact]
    public void In_a_merge_a_kind_read_from_the_text_beats_a_kind_by_convention()
    {
        // The web version (the base: its text is kept) names no kind; the issue labels the piece.
        var merged = Assert.Single(DuplicateMerger.Merge(
            [new(Draft("seeds/issue.txt", "analysis", byConvention: false), TextFidelity: 0), new(Draft("seeds/web.txt", "feature", byConvention: true), TextFidelity: 2)],
            new List<Diagnostic>()).Drafts).Draft;
        Assert.Equal("analysis", merged.Kind);
        Assert.False(merged.KindByConvention);
        Assert.DoesNotContain("kind", merged.Inferred);
        Assert.DoesNotContain(merged.InferredFrom, v => v.Field == "kind");

        // The issue lists the piece under no label; its web version names its genre.
        var read = Assert.Single(DuplicateMerger.Merge(
            [new(Draft("seeds/issue.txt", "feature", byConvention: true), TextFidelity: 0), new(Draft("seeds/web.txt", "news", byConvention: false), TextFidelity: 2)],
            new List<Diagnostic>()).Drafts).Draft;
        Assert.Equal("news", read.Kind);
    }
}
