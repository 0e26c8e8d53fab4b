using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Import;

/// <summary>
/// A misjudged shape must not cost the text: when the most confident reader finds no article, the next reader that
/// sees the text's shape reads it, and the editor is told. Invented text.
/// </summary>
public class FormatFallbackImportTests
{
    /// <summary>A publisher's web page that prints its issue's volume line under the title, as a whole issue's masthead does.</summary>
    private const string WebPageWithIssueLine = """
        Skip to content
        Home   Research   Experts   Subscribe
        Quarry Review › Europe › Alpine Arc
        Smugglers' Passes: How a Mountain Gang Moves Fuel Across the Vardan Range
        Quarry Review — Vol. 12, Issue 7
        Lotte Marwick
        March 4, 2026 · 7 min read
        Share: Email · Print
        For three winters running, tanker lorries have crossed the high passes of the Vardan range after dark, carrying diesel that was bought cheaply on one side of the border and sold at a premium on the other, and the gang that organises the trips has grown rich enough to pay the village councils along the route.
        Customs officers describe a system of spotters and radio relays that lets the lorries wait in side valleys until a patrol has passed, and a price list that charges the drivers by the litre for every pass they use.
        Why the Patrols Fail
        The border police have tripled their winter patrols since 2024, yet seizures have fallen, because the gang learns the patrol rota from the same villages that feed the patrols and shelter them in bad weather.
        Lotte Marwick is a researcher at the Institute for Mountain Studies.
        © 2026 Quarry Review. All rights reserved.
        """;

    [Fact]
    public void A_web_page_mistaken_for_a_whole_issue_is_read_as_a_web_page_with_a_warning_instead_of_importing_nothing()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/page.txt", WebPageWithIssueLine);

        var report = project.Import();

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportNoArticles);
        var fallback = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportFormatUnknown);
        Assert.Equal(Severity.Warning, fallback.Severity);
        Assert.Contains("found no article", fallback.Message, StringComparison.Ordinal);
        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("title: \"Smugglers' Passes: How a Mountain Gang Moves Fuel Across the Vardan Range\"", article, StringComparison.Ordinal);
        Assert.Contains("seizures have fallen", article, StringComparison.Ordinal);
        Assert.Contains("- Lotte Marwick", article, StringComparison.Ordinal);
    }
}
