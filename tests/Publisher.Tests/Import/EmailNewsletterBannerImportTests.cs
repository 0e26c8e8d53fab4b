namespace Publisher.Tests.Import;

/// <summary>
/// A hard-wrapped email newsletter whose masthead is a banner ruled above and below (name, tagline, date) under the mail
/// header and a browser link; its contents bulleted with hyphens under "In this issue:"; pieces between dashed rules,
/// each under a capitals label, the last with no byline and a title in sentence case that asks a question; after the
/// last piece a rule, a note on the editors and views, the contributors' bios in one sentence and the newsletter's own
/// footer lines. Invented text.
/// </summary>
public class EmailNewsletterBannerImportTests
{
    private const string Letter = """
        From: The Saltmarsh Review <review@saltmarsh-institute.example>
        To: desk@archive.example
        Subject: Saltmarsh Review: pilots, ferries and war-risk cover
        Date: Thu, 9 Oct 2031 06:45:00 +0000
        Content-Type: text/plain; charset=utf-8

        Read this issue online: https://saltmarsh-institute.example/review/2031-10-08

        **************************************************************
        THE SALTMARSH REVIEW
        Monthly notes on the estuary from the Saltmarsh Institute
        8 October 2031
        **************************************************************

        In this issue:
          - The pilots' strike and who pays for it
          - Ferries after dark: a timetable written by fear
          - Briefly: why do insurers draw lines on the sea?

        --------------------------------------------------------------
        ANALYSIS

        The pilots' strike and who pays for it
        by Oskar Venn-Mbeki, Research Director

        The estuary pilots walked out on the first of the month over a
        pay offer that the port authority says it cannot improve. Ships
        now wait at the outer anchorage for up to four days, and the
        shipping lines have begun to send their larger vessels north.

        The cost falls first on the river towns, whose warehouses are
        emptying, and only later on the port itself. The authority has
        asked the ministry for help that the ministry has not promised.

        --------------------------------------------------------------
        ESSAY

        Ferries after dark: a timetable written by fear
        Dagny Okonkwo-Reyes and Luis Amberg

        Nobody announced the end of the evening ferries. The last boats
        simply stopped running once two crews had been threatened at the
        southern landing, and the timetable caught up a month later.

        The people who used them, mostly market traders and night-shift
        workers at the cannery, now take a bus that needs two hours for a
        crossing the ferry made in twenty minutes.

        --------------------------------------------------------------
        EXPLAINER

        Why do insurers draw lines on the sea?

        When underwriters judge that a stretch of water has become risky,
        they add it to a list of areas that ships must report before they
        enter, and they may charge an extra premium for each voyage.

        A listing bans nothing. It raises the price of going there, and a
        port that competes with its neighbours can lose trade to it.

        --------------------------------------------------------------
        The Saltmarsh Review is edited by Oskar Venn-Mbeki. The views
        expressed are those of the authors, not of the Institute.

        Dagny Okonkwo-Reyes is a fellow at the Institute; Luis Amberg is
        a reporter on the estuary towns.

        Forward this issue: https://saltmarsh-institute.example/review/forward
        You are getting this email because you joined our mailing list.
        Unsubscribe | Manage your subscription
        Saltmarsh Institute, 3 Quay Lane, Tollhaven
        """;

    [Fact]
    public void Each_piece_is_an_article_dated_and_named_by_the_ruled_banner_with_no_newsletter_furniture()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/review.txt", Letter);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(3, texts.Count);
        Assert.All(texts, text =>
        {
            // The banner's date, not the mail header's (a day later), and its name, not the "From:" line.
            Assert.Contains("date: 2031-10-08", text, StringComparison.Ordinal);
            Assert.Contains("publication: The Saltmarsh Review\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("-----", text, StringComparison.Ordinal);
            Assert.DoesNotContain("views", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Unsubscribe", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Quay Lane", text, StringComparison.Ordinal);
            Assert.DoesNotContain("is a fellow", text, StringComparison.Ordinal);
        });
        // The unsigned piece under its label, its title a question in sentence case.
        var explainer = Assert.Single(texts, t => t.Contains("When underwriters judge", StringComparison.Ordinal));
        Assert.Contains("title: Why do insurers draw lines on the sea?", explainer, StringComparison.Ordinal);
        Assert.Contains("kind: explainer", explainer, StringComparison.Ordinal);
        Assert.Contains("port that competes with its neighbours can lose trade to it.", explainer, StringComparison.Ordinal);
        // The contributors' bios, one sentence for two, each in its own author's profile.
        Assert.Contains("Dagny Okonkwo-Reyes is a fellow at the Institute.", project.Read("input/authors/dagny-okonkwo-reyes.md"), StringComparison.Ordinal);
        Assert.Contains("Luis Amberg is a reporter on the estuary towns.", project.Read("input/authors/luis-amberg.md"), StringComparison.Ordinal);
        // Every line dropped is listed where the editor sees it.
        Assert.Contains(report.AllDropped, d => d.What == "newsletter footer" && d.Text.StartsWith("Forward this issue", StringComparison.Ordinal));
        Assert.Contains(report.AllDropped, d => d.What == "email header" && d.Location!.Line == 1);
    }

    [Fact]
    public void A_block_of_text_that_mentions_a_newsletter_is_kept_in_the_last_article()
    {
        var letter = Letter.Replace("""
            Forward this issue: https://saltmarsh-institute.example/review/forward
            You are getting this email because you joined our mailing list.
            Unsubscribe | Manage your subscription
            Saltmarsh Institute, 3 Quay Lane, Tollhaven
            """, """
            The port's own newsletter has stopped printing the sailing list, and
            subscribers to the harbour master's notices say they hear of closures
            from the radio first.
            """, StringComparison.Ordinal);
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/review.txt", letter);

        project.Import();

        Assert.Contains(project.ArticleFiles().Select(project.Read), t => t.Contains("subscribers to the harbour master's notices", StringComparison.Ordinal));
    }
}
