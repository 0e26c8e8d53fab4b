using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Import;

/// <summary>
/// Invented pages scraped from other sites, through the whole importer without a sidecar: a crawler's metadata
/// block, one line per paragraph, bylines and dates in the text, and a bio of two co-authors.
/// </summary>
public class ScrapedPageImportTests
{
    private static ImportFixture Project(string page) => PageFixture.Project(page);

    private static string Paragraphs(int count) => string.Join("\n", Enumerable.Range(1, count).Select(i => i % 4 == 0
        ? $"Key point {i} for readers in the harbour towns"
        : $"Paragraph {i}: the harbour authority met the unions again on Tuesday and the talks went on late into the night, officials said afterwards."));

    [Fact]
    public void A_crawled_page_of_one_line_paragraphs_keeps_its_paragraphs_and_takes_the_crawler_metadata()
    {
        using var project = Project(
            "---\ntitle: Harbour Talks Drag On | Coastal Courier\nsource: https://courier.example/harbour-talks\ndate: 2023-05-04\ndescription: Unions and the harbour authority met again.\n---\n"
            + "Harbour Talks Drag On\nBy Maren Holt\n" + Paragraphs(40) + "\n");

        var report = project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("title: Harbour Talks Drag On\n", article, StringComparison.Ordinal);
        Assert.Contains("authors:\n- Maren Holt\n", article, StringComparison.Ordinal);
        Assert.Contains("date: 2023-05-04\n", article, StringComparison.Ordinal);
        Assert.Contains("url: https://courier.example/harbour-talks\n", article, StringComparison.Ordinal);
        Assert.Contains("summary: Unions and the harbour authority met again.\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("---\ntitle: Harbour Talks Drag On | Coastal Courier", article, StringComparison.Ordinal);
        // No paragraph swallowed the next: the "Key point" lines without a full stop stay paragraphs of their own.
        Assert.Contains(article.Split("\n\n"), p => p.EndsWith("Key point 4 for readers in the harbour towns", StringComparison.Ordinal));
        Assert.All(article.Split("\n\n"), p => Assert.True(p.Length < 400, p));
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportDocumentShape && d.Message.StartsWith("read as web text", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_taken_from_the_crawler_block_are_decisions_marked_with_the_block_as_their_source()
    {
        using var project = Project(
            "---\nsource: https://courier.example/harbour-talks\ndescription: Unions and the harbour authority met again.\n---\n"
            + "Harbour Talks Drag On\nBy Maren Holt\nMay 4, 2023\n" + Paragraphs(8) + "\n");

        var report = project.Import();

        var inferred = report.Fixes.Where(f => f.Kind == Publisher.Core.Import.Fixups.FixupActionKinds.InferredValue).ToList();
        var summary = Assert.Single(inferred, f => f.Detail == "summary");
        Assert.Equal("summary: Unions and the harbour authority met again.", summary.After);
        Assert.Contains("crawler's metadata block", summary.Reason, StringComparison.Ordinal);
        Assert.Contains("seeds/page.txt:3", summary.Reason, StringComparison.Ordinal); // the block is above the article: named in the reason
        Assert.Equal("seeds/page.txt:5", summary.Location!.ToString()); // and the decision is marked at the article's title
        Assert.Contains(inferred, f => f.Detail == "url" && f.Reason!.Contains("seeds/page.txt:2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_crawler_title_that_differs_from_the_page_title_is_reported_at_its_line()
    {
        using var project = Project("---\ntitle: Talks Collapse at the Port | Coastal Courier\n---\nHarbour Talks Drag On\nBy Maren Holt\n" + Paragraphs(6) + "\n");

        var report = project.Import();

        var warning = report.Diagnostics.Single(d => d.Code == DiagnosticCodes.ImportCrawlerConflict);
        Assert.Equal("seeds/page.txt:2", warning.Location!.ToString());
        Assert.Contains("the page's title is used", warning.Message, StringComparison.Ordinal);
        Assert.Contains("title: Harbour Talks Drag On\n", project.Read(project.ArticleFiles().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bio_of_two_co_authors_is_split_between_their_profiles()
    {
        using var project = Project("Harbour Talks Drag On\nBy Ann Vale and Dr. Bo Lindqvist\nMay 4, 2023\n" + Paragraphs(6)
            + "\nAnn Vale is a senior fellow at the Meridian Institute. She writes on ports. Dr. Lindqvist is a lecturer at Norrland University.\n");

        project.Import();

        Assert.Contains("date: 2023-05-04\n", project.Read(project.ArticleFiles().Single()), StringComparison.Ordinal);
        var vale = project.Read("input/authors/ann-vale.md");
        var lindqvist = project.Read("input/authors/bo-lindqvist.md");
        Assert.Contains("Ann Vale is a senior fellow at the Meridian Institute. She writes on ports.", vale, StringComparison.Ordinal);
        Assert.DoesNotContain("Lindqvist", vale, StringComparison.Ordinal);
        Assert.Contains("Dr. Lindqvist is a lecturer at Norrland University.", lindqvist, StringComparison.Ordinal);
        Assert.DoesNotContain("Meridian", lindqvist, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_byline_takes_its_authors_from_the_closing_bio_and_a_month_only_date_is_inferred()
    {
        using var project = Project("---\ndate: 2023-05\n---\nHarbour Talks Drag On\n" + Paragraphs(6)
            + "\n*Rosa Moreno is a journalist based in Valparaíso.*\n");

        var report = project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("authors:\n- Rosa Moreno\n", article, StringComparison.Ordinal);
        Assert.Contains("date: 2023-05-01\n", article, StringComparison.Ordinal);
        Assert.Contains("inferred:\n- date\n", article, StringComparison.Ordinal);
        Assert.Contains("Rosa Moreno is a journalist based in Valparaíso.", project.Read("input/authors/rosa-moreno.md"), StringComparison.Ordinal);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.BioNamedAuthors);
    }
}
