namespace Publisher.Tests.Import;

/// <summary>
/// A hard-wrapped email letter whose pieces sit between rules of stars, the last one signed by a bare name; after a last
/// rule, the letter's own footer lines set one under another (an appeal to pass it on, why the reader gets it, the
/// unsubscribe line, the postal address). Invented text.
/// </summary>
public class EmailLetterRuledFooterImportTests
{
    private const string Letter = """
        From: The Gull Street Letter <letter@gullstreet.example>
        Subject: Gull Street Letter: the lock-keepers and the night barges
        Date: Fri, 14 Jul 2034 07:10:00 +0000

        THE GULL STREET LETTER
        A weekly letter from the canal towns
        14 July 2034

        ********************************************************
        REPORT

        The lock-keepers stop counting the night barges
        by Ottilie Brandvold

        The lock-keepers on the lower canal no longer log the barges
        that pass after midnight. Their union says the log was never
        meant for police work and that keepers were being asked to
        name skippers they barely knew.

        The canal company says the log will return once it has found
        a way to keep the names out of it.

        ********************************************************
        IN BRIEF

        Toll booth at Marrow Lock to close in August

        The canal company will close its toll booth at Marrow Lock in
        August and move payments to the harbour office, after two
        robberies at the booth this spring.

        Ottilie Brandvold

        ********************************************************
        Know someone who would like the Letter? Pass it on.
        You get this letter because you signed up at gullstreet.example.
        Unsubscribe: https://gullstreet.example/u/77 | Preferences
        The Gull Street Letter, 12 Gull Street, Marrow
        """;

    [Fact]
    public void The_footer_lines_after_the_last_rule_are_dropped_together_and_the_last_piece_keeps_its_text()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/letter.txt", Letter);

        var report = project.Import();

        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(2, texts.Count);
        var brief = Assert.Single(texts, t => t.Contains("after two\nrobberies", StringComparison.Ordinal) || t.Contains("after two robberies", StringComparison.Ordinal));
        foreach (var footer in new[] { "Pass it on", "signed up at", "Unsubscribe", "12 Gull Street", "****" })
            Assert.DoesNotContain(footer, brief, StringComparison.Ordinal);
        var dropped = Assert.Single(report.AllDropped, d => d.What == "newsletter footer");
        Assert.Contains("Know someone who would like the Letter?", dropped.Text, StringComparison.Ordinal);
        Assert.Contains("12 Gull Street, Marrow", dropped.Text, StringComparison.Ordinal);
    }
}
