namespace Publisher.Tests.Import;

/// <summary>
/// The kind of each article of a whole issue from its section labels (a singular label names the one article after
/// it, a plural one a run up to the next label, even when the contents list every title), and the kind a scraped page's
/// furniture shows, recorded as inferred. Invented text.
/// </summary>
public class SectionKindImportTests
{
    private static ImportFixture Project(string name, string text)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write($"seeds/{name}.txt", text);
        return project;
    }

    private static string Prose(string topic) =>
        $"The district council met on Tuesday to discuss {topic}, and the members agreed that the matter needed more study before any decision could be taken by the regional authorities.\n\n"
        + $"Residents told reporters that {topic} had changed daily life in the valley towns over the past year, and several traders said they had moved their stalls to the lower market.";

    private static readonly string SingularLabelIssue = $"""
        Highland Security Review

        Volume 5 · Issue 3 · March 2026

        BRIEF

        Ferry Tolls Return to the Upper Lake

        By Oona Vesterlund

        {Prose("the ferry tolls")}

        Grain Depots and the New Militia Economy

        By Tavish Oduya

        {Prose("the grain depots")}

        {Prose("the militia levies")}

        Why the Pass Road Stays Closed

        By Brina Kallas

        {Prose("the pass road")}

        {Prose("the border posts")}
        """;

    [Fact]
    public void A_singular_label_names_only_the_article_after_it()
    {
        using var project = Project("issue", SingularLabelIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var kinds = project.ArticleFiles().ToDictionary(f => f, f => KindOf(project.Read(f)));
        Assert.Equal("brief", kinds.Single(k => k.Key.Contains("ferry-tolls", StringComparison.Ordinal)).Value);
        Assert.Equal("feature", kinds.Single(k => k.Key.Contains("grain-depots", StringComparison.Ordinal)).Value);
        Assert.Equal("feature", kinds.Single(k => k.Key.Contains("pass-road", StringComparison.Ordinal)).Value);
    }

    private const string NewsletterPost = """
        The Culvert Letter
        Home
        Archive
        Issue #31
        What the canal keepers saw
        Jory Afolabi-Strand
        Feb 2, 2026
        This week the canal keepers of the lower basin told me about the barges that stopped running after the new checkpoints went up in January.
        Three keepers described the same men, the same fees and the same lists of names, and none of them wanted to be quoted by name.
        If someone forwarded this to you, you can sign up on the archive page.
        """;

    [Fact]
    public void A_newsletter_posts_kind_is_inferred_from_its_furniture_and_listed_as_inferred()
    {
        using var project = Project("post", NewsletterPost);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var post = project.Read(Assert.Single(project.ArticleFiles()));
        Assert.Equal("newsletter", KindOf(post));
        Assert.Contains("- kind\n", post, StringComparison.Ordinal);
    }

    private static string? KindOf(string markdown) =>
        markdown.Split('\n').FirstOrDefault(l => l.StartsWith("kind: ", StringComparison.Ordinal))?["kind: ".Length..];
}
