namespace Publisher.Tests.Import;

/// <summary>
/// A hard-wrapped email newsletter with no contents list whose pieces stand between rule lines, each under a label in
/// capitals: the first bylined, the second with a short bio of its writer where the byline would be (in the title's own
/// block), the third unsigned at its head, its title in sentence case, and signed at its end by the editor who wrote the
/// first piece. Invented text.
/// </summary>
public class EmailNewsletterRuledPiecesImportTests
{
    private const string Letter = """
        From: The Causeway Note <note@causeway.example>
        To: list@causeway.example
        Subject: [Causeway Note] #48: tolls, nets and a new court
        Date: Tue, 14 Mar 2034 07:10:00 +0000

        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        THE CAUSEWAY NOTE
        Borders, boats and the people between them
        #48 · Monday 13 March 2034
        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

        Hello again. Three pieces this week, one of them from a new
        contributor on the lagoon. Write back any time.

        ________________________________________________________
        OPINION

        The toll road is paying for the wrong things
        by Ilse Marchbank

        When the causeway toll went up in January, the authority promised
        that the money would pay for lighting and patrols on the long
        unlit stretch where two lorries were robbed last autumn.

        Three months on, the lights are not up and the patrols are the
        same two cars as before. The extra money has gone into the
        authority's reserve, which its own accounts say is already large.

        ________________________________________________________
        LAGOON DIARY

        A week on the netting boats out of Perrow
        Tamsin Adeyemi-Holt is a freelance writer based in Perrow. She
        has written for the Note since last year.

        The netting boats leave Perrow an hour before light, and by the
        time the sun is up they are strung out along the channel in a
        line that the coastguard watches from the point.

        The fishermen talk about the weather and the price of fuel, and
        only later, once the nets are in, about the men who come round
        for money at the end of the month.

        What surprised me was how calmly they spoke of it. The payment is
        a cost like any other, they said, and cheaper than a lost net.

        ________________________________________________________
        SHORT TAKE

        A new court for smuggling cases

        The justice ministry will open a court in Harle next month that
        hears only smuggling and customs cases, after complaints that such
        trials wait years in the ordinary courts. Lawyers welcome the
        speed but worry about the court's independence.

        Ilse Marchbank

        ________________________________________________________
        You receive this because you subscribed at causeway.example.
        Unsubscribe: https://causeway.example/unsubscribe | Preferences
        """;

    [Fact]
    public void Each_ruled_piece_under_its_label_is_an_article_with_its_writer()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/note.txt", Letter);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(3, texts.Count);
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain("______", text, StringComparison.Ordinal);
            Assert.DoesNotContain("LAGOON DIARY", text, StringComparison.Ordinal);
            Assert.DoesNotContain("SHORT TAKE\n", text, StringComparison.Ordinal);
        });
        var opinion = Assert.Single(texts, t => t.Contains("title: The toll road is paying for the wrong things", StringComparison.Ordinal));
        Assert.Contains("- Ilse Marchbank", opinion, StringComparison.Ordinal);
        Assert.Contains("which its own accounts say is already large.", opinion, StringComparison.Ordinal);
        // The bio where the byline would be names the writer and goes to her profile, not the text.
        var diary = Assert.Single(texts, t => t.Contains("title: A week on the netting boats out of Perrow", StringComparison.Ordinal));
        Assert.Contains("- Tamsin Adeyemi-Holt", diary, StringComparison.Ordinal);
        Assert.Contains("kind: lagoon diary", diary, StringComparison.Ordinal);
        Assert.DoesNotContain("freelance writer", diary, StringComparison.Ordinal);
        Assert.Contains("cheaper than a lost net.", diary, StringComparison.Ordinal);
        Assert.Contains("freelance writer based in Perrow", project.Read("input/authors/tamsin-adeyemi-holt.md"), StringComparison.Ordinal);
        // The unsigned head, signed at its end by the writer of the first piece.
        var take = Assert.Single(texts, t => t.Contains("title: A new court for smuggling cases", StringComparison.Ordinal));
        Assert.Contains("- Ilse Marchbank", take, StringComparison.Ordinal);
        Assert.Contains("worry about the court's independence.", take, StringComparison.Ordinal);
        Assert.Contains(report.AllDropped, d => d.What == "signature" && d.Text == "Ilse Marchbank");
        Assert.Contains(report.AllDropped, d => d.What == "section label" && d.Text == "LAGOON DIARY");
    }

    [Fact]
    public void A_sentence_under_a_rule_and_a_label_is_no_title_and_its_text_stays()
    {
        // "The ministry will open a court." ends its sentence: a lede, not a title; the text stays in an article.
        var letter = Letter.Replace("A new court for smuggling cases\n", "The ministry will open a new court.\n", StringComparison.Ordinal);
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/note.txt", letter);

        project.Import();

        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("title: The ministry will open a new court.", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("worry about the court's independence.", StringComparison.Ordinal));
    }
}
