using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Shapes fitted in the forty-sixth session, when heldout47 became development: a subheading that an article's two
/// versions share is no furniture repeated across a site's pages, and a news page's "READ MORE: …" teaser between two
/// paragraphs does not end the article. Invented text.
/// </summary>
public class Heldout47ImportTests
{
    [Fact]
    public void A_paragraph_in_two_versions_of_one_article_counts_once()
    {
        var repeated = RepeatedParagraphs.Find([
            [("Body of the feature.\n\nWhere the Salt Comes From\n\nMore of it.\n\n© 2050 Example", 0)],
            [("Body of the feature.\n\nWhere the Salt Comes From\n\nMore of it.\n\n© 2050 Example", 0), ("Another piece.\n\n© 2050 Example", 1)],
        ]);
        Assert.False(repeated.ContainsKey(RepeatedParagraphs.Normalize("Where the Salt Comes From")));
        Assert.Equal(2, repeated[RepeatedParagraphs.Normalize("© 2050 Example")]);
    }

    private static string Prose(string topic) => string.Join("\n", Enumerable.Range(1, 4).Select(i =>
        $"The ferry owners on the {topic} told the inquiry on day {i} that the crossings had been run at a loss since the spring, and that without a subsidy from the district they would sell their last two boats to a buyer across the strait."));

    private static string Syndicated(string site, string furniture) => $"""
        {site}
        Home | World | Business | Sport
        Ferry Owners Threaten to Sell the Last Boats
        By Marit Kovač
        3 March 2050
        {Prose("northern strait")}
        What the Owners Want
        {Prose("southern crossing")}
        {furniture}
        """;

    [Fact]
    public void A_subheading_both_copies_of_a_syndicated_article_print_stays()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/first.txt", Syndicated("The Strait Herald", "© 2050 The Strait Herald. All rights reserved."));
        project.Temp.Write("seeds/second.txt", Syndicated("Harbour Wire", "Subscribe to Harbour Wire for the morning's news."));

        project.Import();

        var article = Assert.Single(project.ArticlesByTitle()).Value;
        Assert.Contains("What the Owners Want", article, StringComparison.Ordinal);
    }

    /// <summary>A news story's page: its head, four paragraphs, a "READ MORE" teaser, then <paramref name="tail"/>.</summary>
    private static string NewsStory(string tail) => $"""
        The Strait Herald
        Home | News | Sport
        Two Boat Sheds Burned on the Quay
        By Marit Kovač
        4 March 2050
        {Prose("quay")}
        READ MORE: Who owns the boat sheds on the old quay?
        {tail}
        """;

    [Fact]
    public void A_teaser_between_two_paragraphs_of_a_news_story_does_not_end_it()
    {
        using var project = PageFixture.Project(NewsStory("""
            Anyone who saw a grey van near the quay on Monday night is asked to call the harbour police on 0800 555 0144.
            Have you got a story for us? Email news@straitherald.example
            12 comments
            """));

        project.Import();

        var article = Assert.Single(project.ArticlesByTitle()).Value;
        Assert.Contains("Anyone who saw a grey van near the quay", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Have you got a story", article, StringComparison.Ordinal);
        Assert.DoesNotContain("12 comments", article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teaser_after_the_last_paragraph_still_ends_the_story()
    {
        using var project = PageFixture.Project(NewsStory("Get the morning's headlines in your inbox: sign up for our newsletter today."));

        project.Import();

        var article = Assert.Single(project.ArticlesByTitle()).Value;
        Assert.DoesNotContain("READ MORE", article, StringComparison.Ordinal);
        Assert.DoesNotContain("sign up", article, StringComparison.Ordinal);
    }
}
