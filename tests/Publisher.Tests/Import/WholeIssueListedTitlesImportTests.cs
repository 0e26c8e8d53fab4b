namespace Publisher.Tests.Import;

/// <summary>
/// Whole issues whose contents list each piece by title: a listed title right over a bare name line is that piece's
/// title (never a section label known by its shape), and a credit naming no person ("By the editors") under a listed
/// title stands as its byline. Invented text.
/// </summary>
public class WholeIssueListedTitlesImportTests
{
    private static ImportFixture Project(string issue)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", issue);
        return project;
    }

    private const string MarshIssue = """
        MARSHLAND LETTER
        Issue 9 · May 2030

        IN THIS ISSUE
        Eel Traps on the Lower Reach ................ 1
        Lock Fees Double at Wendham ................. 2
        The Ferrymen Who Stayed ..................... 3

        Eel Traps on the Lower Reach
        Sunniva Adebayo-Holm

        The eel traps that line the lower reach of the river have been cut three times since March, each time on a night
        when the river police were busy upstream. The fishermen who set them say they know who cuts them.

        The police say they have no complaint on file and cannot act on rumour.

        Lock Fees Double at Wendham
        By the editors

        The keepers of the lock at Wendham doubled their fee for a loaded barge in April, the second rise in a year. The
        barge owners say the money goes to a committee in the town that nobody elected.

        The Ferrymen Who Stayed
        Casimir Oduya-Lenz

        When the bridge at Tarrow opened in 2027, the ferry across the river lost most of its passengers. Three of its
        ferrymen stayed on and now carry what the bridge's toll keepers turn away.

        They do not ask what is in the boxes, they said, and nobody has asked them.
        """;

    [Fact]
    public void Listed_titles_over_bare_names_and_a_staff_credit_each_open_a_piece()
    {
        using var project = Project(MarshIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(3, texts.Count);
        var eels = Assert.Single(texts, t => t.Contains("The eel traps that line", StringComparison.Ordinal));
        Assert.Contains("title: Eel Traps on the Lower Reach\n", eels, StringComparison.Ordinal);
        Assert.Contains("- Sunniva Adebayo-Holm\n", eels, StringComparison.Ordinal);
        var locks = Assert.Single(texts, t => t.Contains("The keepers of the lock", StringComparison.Ordinal));
        Assert.Contains("title: Lock Fees Double at Wendham\n", locks, StringComparison.Ordinal);
        Assert.DoesNotContain("By the editors", locks, StringComparison.Ordinal);
        Assert.DoesNotContain("The eel traps", locks, StringComparison.Ordinal);
        var ferry = Assert.Single(texts, t => t.Contains("When the bridge at Tarrow", StringComparison.Ordinal));
        Assert.Contains("- Casimir Oduya-Lenz\n", ferry, StringComparison.Ordinal);
    }
}
