namespace Publisher.Tests.Import;

/// <summary>
/// An email letter whose pieces are parted by rule lines (heldout41's k04 shape, fitted in the forty-second session): a
/// label boxed by rules names the kind of the piece under it, a labelled box between rules ("QUOTE OF THE WEEK", a
/// partner's notice, a list of dates) is an aside no piece holds, and a byline may carry the writer's role without an
/// article ("By NAME, retired master of …"). Invented text.
/// </summary>
public class RuledLetterImportTests
{
    private const string Rule = "------------------------------------------------------------";

    private const string Night = """


        The pilots of the Wendle crossing voted on Monday to stop guiding
        ships after dark until the channel buoys are replaced, a decision
        that will close the port to the larger tankers for a week at least.

        The harbour board says the new buoys are on order. The pilots say
        they have heard that before, and that the old buoys have drifted so
        far that two of them now mark the wrong side of the sandbank.

        """;

    private const string Order = """


        The Marrick harbour board ordered twelve buoys from the yard at
        Polstead on Friday, the first order for channel marks in nine years,
        and promised the pilots that the first four would be laid by spring.

        The yard's manager said the buoys would be built to the older
        pattern, with chains rather than cables, because the cables fitted in
        the last refit wore through within two winters.

        """;

    private const string Apology = """


        Nobody on the board will say it, so someone must: the pilots were
        right, and the board was wrong to call their vote a stunt. The buoys
        had been reported adrift in three successive surveys.

        An apology costs nothing. A board that cannot offer one will find
        the next warning harder to hear, and the one after that harder still,
        until the channel settles the argument for it.

        """;

    private static string Letter() => $"""
        From: The Shingle Bell <bell@shinglebell.example>
        Subject: Pilots, buoys and a verdict
        Date: Tue, 9 Oct 2040 06:45:00 +0100

        ============================================================
        THE SHINGLE BELL
        Issue 77 · Tuesday 9 October 2040
        ============================================================

        {Rule}
        ANALYSIS
        {Rule}

        Why the Night Pilots Will Not Go Back
        by Ansel Quarrie{Night}{Rule}
        QUOTE OF THE WEEK
        "A buoy in the wrong place is worse than no buoy at all."
        -- a Wendle pilot, at the vote
        {Rule}
        NEWS
        {Rule}

        Harbour Board Orders Twelve New Buoys
        Reported by Delphine Ostrow{Order}{Rule}
        WITH THANKS TO OUR PARTNER
        Tallow Marine Charts -- survey-grade charts for every harbour on the
        coast. See tallowcharts.example/coast
        {Rule}
        OPINION
        {Rule}

        The Board Owes the Pilots an Apology
        By Ansel Quarrie, retired master of the Wendle pilot cutter{Apology}{Rule}
        COMING UP
          16 Oct   Pilots' association meets in Wendle
          23 Oct   Harbour board publishes the buoy survey
        {Rule}

        ============================================================
        You are receiving this email because you subscribed to The Shingle
        Bell. Unsubscribe: https://shinglebell.example/u/77
        """;

    [Fact]
    public void Labels_boxed_by_rules_give_kinds_and_labelled_boxes_between_rules_are_no_text()
    {
        using var project = PageFixture.Project(Letter());

        var report = project.Import();

        var articles = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(3, articles.Count);
        var byTitle = project.ArticlesByTitle();
        Assert.Contains("kind: analysis\n", byTitle["Why the Night Pilots Will Not Go Back"], StringComparison.Ordinal);
        Assert.Contains("kind: news\n", byTitle["Harbour Board Orders Twelve New Buoys"], StringComparison.Ordinal);
        Assert.Contains("kind: opinion\n", byTitle["The Board Owes the Pilots an Apology"], StringComparison.Ordinal);
        Assert.Contains("authors:\n- Ansel Quarrie\n", byTitle["The Board Owes the Pilots an Apology"], StringComparison.Ordinal);
        foreach (var box in new[] { "QUOTE OF THE WEEK", "worse than no buoy", "WITH THANKS", "survey-grade charts", "COMING UP", "publishes the buoy survey", "-----" })
        {
            Assert.DoesNotContain(articles, a => a.Contains(box, StringComparison.Ordinal));
            if (box != "-----") Assert.Contains(report.AllDropped, d => d.Text.Contains(box, StringComparison.Ordinal));
        }
        foreach (var sentence in new[] { "that will close the port", "with chains rather than cables", "until the channel settles the argument" })
            Assert.Single(articles, a => a.Contains(sentence, StringComparison.Ordinal));
    }
}
