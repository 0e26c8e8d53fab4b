using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Import;

/// <summary>
/// Zero loss in whole issues: prose before the first article the segmenter found (a title in capitals with its
/// byline on the next line, no blank line between them) is an article of its own, never "text before the first
/// article" dropped. Invented text.
/// </summary>
public class LeadingProseImportTests
{
    private const string Issue = """
        HARBOUR SECURITY REVIEW
        VOLUME XI  ◇  ISSUE 3

        CONTENTS OF THIS ISSUE
        Ferry Pirates of the Outer Delta (p. 1)
           by Corin Maddox
        The Lighthouse Keepers' Strike and What It Showed (p. 4)
           by Ysolde Farrant

        IN BRIEF

        FERRY PIRATES OF THE OUTER DELTA
        BY CORIN MADDOX

           Since the spring, armed men in fast boats have stopped at least nine ferries on the outer channels of
        the delta, taking cash, telephones and fuel from passengers and crews before escaping into the reed beds
        where the patrol boats cannot follow them.
           The harbour police say the gangs are small and local, made up of young fishermen who lost their
        licences when the fishing grounds were closed last year, and that they sell the stolen fuel back to the
        same boat owners who once employed them.
           A new patrol base on the southern island is due to open in the autumn, but residents doubt that it
        will change much unless the fishing grounds are reopened and the young men have work again.

        The Lighthouse Keepers' Strike and What It Showed

        Ysolde Farrant

           When the lighthouse keepers walked out in March, the harbour authority discovered how much of the
        coast it could no longer see, because the keepers had for years been its only eyes on the outer rocks.
           The strike lasted three weeks and ended with a pay rise, but the authority has since begun to fit
        cameras to the towers, and the keepers expect that their posts will not be filled when they retire.
        """;

    [Fact]
    public void Prose_before_the_first_article_found_becomes_an_article_with_a_warning_not_dropped_text()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", Issue);
        project.Temp.Write("seeds/issue.yml", "date: 2024-03-15\n");

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var all = string.Concat(project.ArticleFiles().Select(project.Read));
        foreach (var words in new[] { "armed men in fast boats", "sell the stolen fuel back", "patrol base on the southern island", "only eyes on the outer rocks" })
            Assert.Contains(words, all, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportUnassignedText && d.Message.Contains("was not imported", StringComparison.Ordinal)
            && d.Message.Contains("armed men", StringComparison.Ordinal));
        Assert.Contains(project.ArticleFiles(), f => f.EndsWith("/ferry-pirates-of-the-outer-delta.md", StringComparison.Ordinal));
        var brief = project.Read(project.ArticleFiles().Single(f => f.EndsWith("/ferry-pirates-of-the-outer-delta.md", StringComparison.Ordinal)));
        Assert.Contains("- Corin Maddox\n", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("FERRY PIRATES", brief, StringComparison.Ordinal);
    }
}
