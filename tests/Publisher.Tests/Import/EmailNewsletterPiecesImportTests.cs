using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// An email newsletter carrying labelled pieces between rule lines, its paragraphs one per line inside each piece and
/// blank lines only between the pieces; one piece signed "By our correspondent in PLACE, NAME"; the newsletter's own
/// links, credit line and footer after the last piece. Invented text.
/// </summary>
public class EmailNewsletterPiecesImportTests
{
    private const string Long1 = "The ferry company at Kessel landing stopped its evening sailings on Monday after two of its deckhands were threatened by men who said they spoke for the committee that now runs the far bank.";
    private const string Long2 = "Passengers who used the last boat to reach the night market on the island now face a two-hour detour by road, and traders say their takings have already fallen by a third this week.";
    private const string Long3 = "The committee has no legal standing, but the district police have not been seen on the far bank since the spring, and the company says it cannot ask its crews to take the risk alone.";
    private const string Long4 = "Court records show that the magistrate in Orvel heard eleven cases of land seized from returning families this year, and ruled for the families in only two of them, both after long delays.";
    private const string Long5 = "Lawyers in the town say the delays are the point: a family that waits three years for a ruling has usually sold its claim to a neighbour long before the magistrate reads the file.";
    private const string Long6 = "The company has asked the provincial government for an escort on the evening crossings, a request it says has gone unanswered for six weeks despite two letters and a visit to the governor's office.";
    private const string Long7 = "Until an answer comes, the island's night market will open an hour earlier, its stallholders say, so that buyers from the mainland can catch the afternoon boat home before the crews tie up.";
    private const string Long8 = "The magistrate, who took up the post in 2029 after twenty years as a notary in the capital, declined to comment on the figures when asked about them outside the courthouse last week.";
    private const string Long9 = "Two of the families whose cases are pending told this newsletter that they had been offered money for their claims by the same buyer, a timber merchant with a yard on the edge of the town.";

    private static string Newsletter => $"""
        From: The Lantern Letter <letter@lantern-letter.example>
        Subject: Lantern Letter #88: ferries and a magistrate
        Date: Tue, 3 Jun 2031 06:30:00 +0000

        THE LANTERN LETTER
        Notes from the river districts
        Issue #88 · Tuesday 3 June 2031

        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~

        BRIEFING
        The last ferry to the night market
        By Ines Varga-Holm

        {Long1}
        {Long2}
        {Long3}
        {Long6}
        {Long7}

        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~

        DISPATCH
        A magistrate in no hurry
        By our correspondent in Orvel, Bodil Achebe-Strand

        {Long4}
        {Long5}
        {Long8}
        {Long9}

        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~

        ELSEWHERE
        - A long read on the river trade: https://longreads.example/river
        - The district budget in full: https://district.example/budget

        The Lantern Letter is written by Ines Varga-Holm and Bodil Achebe-Strand and edited in Kessel.
        You are receiving this email because you signed up at lantern-letter.example.
        Unsubscribe | Update your preferences
        """;

    [Fact]
    public void Each_piece_is_an_article_with_its_paragraphs_and_no_newsletter_furniture()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/letter.txt", Newsletter);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(2, texts.Count);
        var ferry = Assert.Single(texts, t => t.Contains("The ferry company at Kessel", StringComparison.Ordinal));
        Assert.Contains("this week.\n\nThe committee has no legal standing", ferry, StringComparison.Ordinal);
        Assert.DoesNotContain("issue:", ferry, StringComparison.Ordinal);
        var court = Assert.Single(texts, t => t.Contains("Court records show", StringComparison.Ordinal));
        Assert.Contains("- Bodil Achebe-Strand\n", court, StringComparison.Ordinal);
        Assert.Contains("delays.\n\nLawyers in the town", court, StringComparison.Ordinal);
        Assert.DoesNotContain("is written by", court, StringComparison.Ordinal);
        Assert.DoesNotContain("~~~", court, StringComparison.Ordinal);
        Assert.DoesNotContain("longreads.example", court, StringComparison.Ordinal);
    }

    // Hard-wrapped, blank lines between paragraphs; the second piece has no byline, a label the catalogue does not know over
    // its title in sentence case, and "-- NAME, Place" closing it.
    private const string SignedPieceLetter = """
        From: The Tidewater Note <note@tidewater.example>
        Subject: Tidewater Note: escorts and a market
        Date: Fri, 6 Jun 2031 07:00:00 +0000

        THE TIDEWATER NOTE
        Notes on the coast, every Friday
        6 June 2031

        ------------------------------------------------------------

        ANALYSIS

        Why the escorts keep arriving late

        By Ines Varga-Holm

        The navy promised in April that every cargo ship entering the northern
        channel after dark would have an escort. Six weeks on, the pilots say
        that escorts have been late on nine nights out of ten.

        The reason is not hard to find. The squadron has four boats for a
        channel that needs six, and two of the four are in the yard.

        ------------------------------------------------------------

        RIVERBANK DIARY

        A market that closes before dark

        The stallholders at the eastern market now pack up at four in the
        afternoon, two hours earlier than last year. Nobody wants to be on
        the road back to the villages when the light goes.

        "We sell less, but we sleep at home," said a woman who has sold dried
        fish at the market for thirty years. The district office says a police
        post will open in the autumn; none of the traders believed it.

        -- Bodil Achebe-Strand, Orvel

        ------------------------------------------------------------
        You are receiving this because you subscribed at tidewater.example.
        Unsubscribe: https://tidewater.example/unsubscribe?u=112
        The Tidewater Note is written and edited in Orvel. (c) 2031
        """;

    [Fact]
    public void A_piece_titled_in_sentence_case_under_an_unknown_label_and_signed_after_two_hyphens_is_an_article_of_that_kind()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/note.txt", SignedPieceLetter);

        var report = project.Import();

        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(2, texts.Count);
        var market = Assert.Single(texts, t => t.Contains("The stallholders at the eastern market", StringComparison.Ordinal));
        Assert.Contains("title: A market that closes before dark", market, StringComparison.Ordinal);
        Assert.Contains("- Bodil Achebe-Strand\n", market, StringComparison.Ordinal);
        Assert.Contains("kind: riverbank diary", market, StringComparison.Ordinal);
        Assert.DoesNotContain("-- Bodil", market, StringComparison.Ordinal);
        // The footer under the closing rule, with no blank line between them, is the newsletter's, dropped.
        Assert.DoesNotContain("You are receiving", market, StringComparison.Ordinal);
        Assert.DoesNotContain("-----", market, StringComparison.Ordinal);
        var escorts = Assert.Single(texts, t => t.Contains("The navy promised in April", StringComparison.Ordinal));
        Assert.DoesNotContain("RIVERBANK", escorts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Issue #88 · Tuesday 3 June 2031")]
    [InlineData("No. 88 · Tuesday 3 June 2031")]
    public void The_number_an_email_newsletter_prints_with_no_volume_counts_its_sends_and_numbers_no_issue(string numberLine)
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/letter.txt", Newsletter.Replace("Issue #88 · Tuesday 3 June 2031", numberLine, StringComparison.Ordinal));

        var report = project.Import();

        Assert.All(project.ArticleFiles().Select(project.Read), text =>
        {
            Assert.DoesNotContain("issue:", text, StringComparison.Ordinal);
            Assert.Contains("date: 2031-06-03", text, StringComparison.Ordinal);
            // The name over the number, not the "From:" line of the mail header above it.
            Assert.Contains("publication: The Lantern Letter\n", text, StringComparison.Ordinal);
        });
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("number 88 counts the newsletter's sends", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("By our correspondent in Orvel, Bodil Achebe-Strand", "By Bodil Achebe-Strand")]
    [InlineData("By our Kessel correspondent, Ana Ruiz", "By Ana Ruiz")]
    [InlineData("Ana Ruiz, Special Correspondent", "Ana Ruiz")]
    public void A_correspondent_lead_in_before_the_name_is_not_part_of_it(string line, string names) =>
        Assert.Equal(names, BylinePlace.Strip(line));

    [Fact]
    public void Paragraphs_line_by_line_inside_sections_parted_by_blank_lines_are_the_paragraph_per_line_layout()
    {
        var lines = SeedText.Lines(Newsletter.Replace("\r", ""));

        Assert.True(ParagraphLines.IsLayout(lines));
    }

    [Fact]
    public void Sections_under_capitals_labels_between_rules_make_an_email_a_newsletter_of_pieces()
    {
        var text = string.Join('\n', "From: The Lantern Letter <letter@lantern-letter.example>", "Subject: Two pieces", "", "=====", "",
            "THIS WEEK'S ANALYSIS", "", "The last ferry to the night market", "", "by Ines Varga-Holm", "", Long1, "", "=====", "", "GUEST POST", "",
            "A magistrate in no hurry", "", "Dr. Bodil Achebe-Strand", "", Long4);

        Assert.True(IssueStructure.IsNewsletterOfPieces(text));
        Assert.False(IssueStructure.IsNewsletterOfPieces(text.Replace("GUEST POST", "The second part")));
    }

    // No date under the name: the email's Date: dates it; a title that ends its sentence, under its label, over a "by" line.
    private static string UndatedNewsletter => $"""
        From: The Lantern Letter <letter@lantern-letter.example>
        Subject: The Lantern Letter: ferries and a magistrate
        Date: Tue, 3 Jun 2031 06:30:00 +0000

        THE LANTERN LETTER
        Weekly notes from the river districts

        Good morning. This week: the last ferry, and a magistrate in no hurry.

        =====================================

        THIS WEEK'S ANALYSIS

        The last ferry is gone. Here is why.

        by Ines Varga-Holm, editor

        {Long1}

        {Long2}

        {Long3}

        =====================================

        GUEST POST

        A magistrate in no hurry

        Dr. Bodil Achebe-Strand

        {Long4}

        {Long5}

        =====================================

        You are receiving this because you signed up at lantern-letter.example.
        """;

    [Fact]
    public void A_newsletter_without_a_dated_masthead_is_dated_by_its_email_and_keeps_a_sentence_title()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/letter.txt", UndatedNewsletter);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(2, texts.Count);
        var ferry = Assert.Single(texts, t => t.Contains("The ferry company at Kessel", StringComparison.Ordinal));
        Assert.Contains("title: The last ferry is gone. Here is why.\n", ferry, StringComparison.Ordinal);
        Assert.Contains("- Ines Varga-Holm\n", ferry, StringComparison.Ordinal);
        Assert.Contains("date: 2031-06-03\n", ferry, StringComparison.Ordinal);
        Assert.Contains("publication: The Lantern Letter\n", ferry, StringComparison.Ordinal);
        Assert.DoesNotContain("Good morning", ferry, StringComparison.Ordinal);
        var court = Assert.Single(texts, t => t.Contains("Court records show", StringComparison.Ordinal));
        Assert.Contains("- Bodil Achebe-Strand\n", court, StringComparison.Ordinal);
    }
}
