using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes fitted in the thirty-ninth session (issues46-new, issues47-new): mastheads printing "Iss" without its stop,
/// volume and issue over a slash beside the date, a week or a weekday over a Roman month; contents with no heading whose
/// entries number themselves ("Part 4 — Title", "No. 2: Title", "[3] Title") or wrap after "5 · Title"; "From NAME in
/// PLACE" and the paper's own staff under titles in an issue printed without blank lines. Invented text.
/// </summary>
public class IssueShapes47Tests
{
    [Theory]
    [InlineData("Vol 12 / Iss 3 / 2043-05-14", 12, 3)]
    [InlineData("Lantern Review  Vol. 7  Iss 21  |  9 June 2043", 7, 21)]
    public void An_issue_word_may_be_printed_without_its_stop(string line, int volume, int issue)
    {
        var read = VolumeIssueLine.Parse(line);
        Assert.NotNull(read);
        Assert.Equal((volume, issue), (read.Volume, read.Issue));
    }

    [Theory]
    [InlineData("12/3  ·  Monday 5.v.2043", 12, 3)]
    [InlineData("Lantern Review 7/21 | 9 June 2043", 7, 21)]
    public void Volume_and_issue_over_a_slash_beside_the_date_are_a_masthead(string line, int volume, int issue)
    {
        var read = VolumeIssueLine.Parse(line);
        Assert.NotNull(read);
        Assert.Equal((volume, issue), (read.Volume, read.Issue));
        Assert.NotNull(VolumeIssueLine.DateIn(read.Rest));
    }

    [Theory]
    [InlineData("The ferry runs 24/7 in summer")]
    [InlineData("12/3")]
    [InlineData("Figures for 12/3/2043")]
    public void Two_numbers_over_a_slash_without_a_date_are_no_masthead(string line) => Assert.Null(VolumeIssueLine.Parse(line));

    [Theory]
    [InlineData("Week 20, 2043", 2043, 5, 11)]
    [InlineData("WEEK 2 / 2043", 2043, 1, 5)]
    public void A_weeklys_week_dates_the_issue_to_its_monday(string text, int year, int month, int day)
    {
        var date = MastheadDate.Parse(text);
        Assert.NotNull(date);
        Assert.Equal(new DateOnly(year, month, day), date.Date);
        Assert.True(date.DayInferred);
        Assert.Equal(text, date.Week);
    }

    [Fact]
    public void A_week_the_year_does_not_have_is_no_date() => Assert.Null(MastheadDate.Parse("Week 54, 2043"));

    [Fact]
    public void A_weekday_may_stand_before_a_date_with_a_roman_month() =>
        Assert.Equal(new DateOnly(2043, 5, 5), MastheadDate.Parse("Tuesday 5.v.2043")?.Date);

    private static IReadOnlyList<string> ListedTitles(string text) =>
        IssueContents.Read(SeedText.Lines(text), 0).Entries.Where(e => !e.IsSection).Select(e => e.Title).ToList();

    [Fact]
    public void An_entry_after_a_page_and_a_dot_may_wrap_onto_an_indented_line()
    {
        var text = "FEATURES\n2 · Lamp Oil and Ledgers: How the Island Depots\n    Keep Their Books\n4 · The Lighthouse Strike\nNOTES\n6 · Gulls Return to the Mole\n"
            + "FEATURES\nLamp Oil and Ledgers: How the Island Depots Keep Their Books\n";
        Assert.Equal(["Lamp Oil and Ledgers: How the Island Depots Keep Their Books", "The Lighthouse Strike", "Gulls Return to the Mole"], ListedTitles(text));
    }

    [Theory]
    [InlineData("Part 1 — ", "Part 2 — ")]
    [InlineData("No. 1: ", "No. 2: ")]
    [InlineData("[1] ", "[2] ")]
    public void Entries_may_print_their_own_count_before_the_title(string first, string second)
    {
        var text = $"COMMENT\n{first}Lamp Oil and Ledgers\nNOTES\n{second}Gulls Return to the Mole\nCOMMENT\nLamp Oil and Ledgers\n";
        Assert.Equal(["Lamp Oil and Ledgers", "Gulls Return to the Mole"], ListedTitles(text));
    }

    [Theory]
    [InlineData("From Ines Markham in Port Skelda", "Ines Markham")]
    [InlineData("From Cy Young-Abara and Ruari Pellew in Tarnby", "Cy Young-Abara|Ruari Pellew")]
    public void A_reporter_filing_from_a_place_is_a_byline_to_the_segmenter(string line, string names) =>
        Assert.Equal(names.Split('|'), IssueSegmenter.BylineNames(line) ?? []);

    [Theory]
    [InlineData("From our correspondent, Skelda", true)]
    [InlineData("Our staff in Port Skelda", true)]
    [InlineData("From the harbour board", false)]
    [InlineData("Our staff counted the boats", false)]
    public void The_papers_own_people_unnamed_are_told_apart(string line, bool own) => Assert.Equal(own, CollectiveByline.IsPapersOwn(line));

    private const string IssueWithUnnamedCorrespondents = """
        LANTERN REVIEW
        Vol. 7, No. 21 · 9 June 2043
        HARBOUR
        2 · The Lighthouse Strike
        5 · Gulls Return to the Mole
        HARBOUR
        The Lighthouse Strike
        From our correspondent, Skelda
        The keepers of the three lights on the outer mole stopped work on Monday over pay, and the harbour board sent clerks to
        tend the lamps in their place.
        Gulls Return to the Mole
        Our staff in Port Skelda
        The gulls that left the mole when the new crane was built have come back, the harbour board says, and so has the smell.
        """;

    [Fact]
    public void The_papers_own_staff_under_a_title_is_its_byline_in_an_issue_printed_without_blank_lines()
    {
        var drafts = new WholeIssueFormat().Read(IssueWithUnnamedCorrespondents, new RawSource("seeds/lantern.txt")).Drafts;
        Assert.Equal(["The Lighthouse Strike", "Gulls Return to the Mole"], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Empty(d.Authors));
        Assert.All(drafts, d => Assert.DoesNotContain("our correspondent", d.Body, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Our staff", drafts[1].Body);
    }

    private const string IssueWithAnUnlistedSignedPiece = """
        LANTERN REVIEW
        Vol. 7, No. 22 · 23 June 2043
        ALONG THE MOLE
        3 · Crane Drivers Walk Out at the Coal Berth
        COMMENT
        5 · What the Harbour Board Owes Its Keepers
        ALONG THE MOLE
        Crane Drivers Walk Out at the Coal Berth
        By Ines Markham
        The four crane drivers at the coal berth walked out on Friday after the harbour board cut their night rate, and two
        colliers lay at anchor over the weekend.
        Pilot Launch Sold to a Scrapyard
        The harbour board has sold its old pilot launch to a scrapyard at Tarnby for less than the cost of its last refit.
        The pilots will share the tug until a new launch is bought.
        Ruari Pellew / Harbour Desk
        COMMENT
        What the Harbour Board Owes Its Keepers
        By Cy Young-Abara
        The keepers of the outer lights have asked for little: a wage that keeps pace with the pilots' and a boat that
        does not leak. The board has given them neither, and it will pay more for the strike than for either.
        """;

    [Fact]
    public void A_piece_of_a_run_the_contents_do_not_list_is_cut_at_its_title_when_a_signature_closes_it()
    {
        var drafts = new WholeIssueFormat().Read(IssueWithAnUnlistedSignedPiece, new RawSource("seeds/lantern-22.txt")).Drafts;
        Assert.Equal(["Crane Drivers Walk Out at the Coal Berth", "Pilot Launch Sold to a Scrapyard", "What the Harbour Board Owes Its Keepers"],
            drafts.Select(d => d.Title));
        Assert.Equal(["Ruari Pellew"], drafts[1].Authors);
        Assert.DoesNotContain("Pilot Launch", drafts[0].Body);
        Assert.DoesNotContain("Harbour Desk", drafts[1].Body);
    }

    private const string FeatureWithASubheadingAndNoSignature = """
        LANTERN REVIEW
        Vol. 7, No. 23 · 7 July 2043
        ALONG THE MOLE
        3 · Crane Drivers Walk Out at the Coal Berth
        ALONG THE MOLE
        Crane Drivers Walk Out at the Coal Berth
        By Ines Markham
        The four crane drivers at the coal berth walked out on Friday after the harbour board cut their night rate, and two
        colliers lay at anchor over the weekend.
        What the Drivers Want
        The drivers want the old rate back and a second driver on every night shift, which the board says it cannot afford.
        """;

    [Fact]
    public void A_subheading_no_signature_closes_stays_in_its_piece()
    {
        var drafts = new WholeIssueFormat().Read(FeatureWithASubheadingAndNoSignature, new RawSource("seeds/lantern-23.txt")).Drafts;
        Assert.Equal(["Crane Drivers Walk Out at the Coal Berth"], drafts.Select(d => d.Title));
        Assert.Contains("second driver", drafts[0].Body);
    }

    [Theory]
    [InlineData("Ines Markham / Harbour Editor  ·  Cy Young-Abara / Research Associate", "Ines Markham|Cy Young-Abara")]
    [InlineData("Ines Markham / Harbour Correspondent and Ruari Pellew / Researcher", "Ines Markham|Ruari Pellew")]
    public void Names_each_with_a_role_after_a_slash_are_a_byline(string line, string names) =>
        Assert.Equal(names.Split('|'), IssueSegmenter.BylineNames(line) ?? []);

    [Theory]
    [InlineData("Ines Markham / Harbour Desk")]
    [InlineData("Tides and/or currents at the mole / the inner basin")]
    public void One_name_over_a_slash_or_a_slashed_phrase_is_no_slashed_byline(string line) => Assert.Null(Byline.WithoutSlashRoles(line));

    private const string IssueWithAnUnlistedBylinedPiece = """
        LANTERN REVIEW
        Vol. 7, No. 24 · 21 July 2043
        ALONG THE MOLE
        3 · Crane Drivers Walk Out at the Coal Berth
        ALONG THE MOLE
        Crane Drivers Walk Out at the Coal Berth
        By Ines Markham
        The four crane drivers at the coal berth walked out on Friday after the harbour board cut their night rate, and two
        colliers lay at anchor over the weekend.
        Pilot Launch Sold to a Scrapyard
        Ruari Pellew / Harbour Correspondent and Cy Young-Abara / Researcher
        The harbour board has sold its old pilot launch to a scrapyard at Tarnby for less than the cost of its last refit.
        The pilots will share the tug until a new launch is bought.
        """;

    [Fact]
    public void A_bylined_piece_of_a_run_the_contents_do_not_list_is_cut_at_its_title()
    {
        var drafts = new WholeIssueFormat().Read(IssueWithAnUnlistedBylinedPiece, new RawSource("seeds/lantern-24.txt")).Drafts;
        Assert.Equal(["Crane Drivers Walk Out at the Coal Berth", "Pilot Launch Sold to a Scrapyard"], drafts.Select(d => d.Title));
        Assert.Equal(["Ruari Pellew", "Cy Young-Abara"], drafts[1].Authors);
    }

    [Theory]
    [InlineData("+ Ferry Fares Rise in June", true)]
    [InlineData("» Pilot Launch Sold", true)]
    [InlineData("-> 3 Boats Laid Up", true)]
    [InlineData("+ the tug", false)]
    [InlineData("+3 % on the year", false)]
    public void A_plus_or_an_arrow_opens_an_item_before_a_capital_or_a_digit(string line, bool opens) => Assert.Equal(opens, BulletMark.Opens(line));

    private const string LetterOpeningOnAShortUnlistedStory = """
        THE MOLE LETTER
        Week 30 of 2043

        Hello again. This week:

        » Tug crews vote on the new rota
        » The outer harbour

        Tug crews vote on the new rota
        By our own correspondent

        The tug crews at the mole vote on Friday on the rota the harbour board wants, which would put one crew on call
        every night instead of two.

        The board says the second crew is idle nine nights in ten; the crews say the tenth night is the one that matters.

        THE OUTER HARBOUR

        Buoy Lights Replaced at the Bar
        By Ines Markham

        The harbour board replaced the lights on all four bar buoys on Monday, a month later than it promised the pilots
        and a week before the autumn gales usually arrive. The old lights had failed twice since June.
        """;

    [Fact]
    public void A_short_first_story_signed_by_the_papers_own_correspondent_is_imported_not_dropped()
    {
        var result = new WholeIssueFormat().Read(LetterOpeningOnAShortUnlistedStory, new RawSource("seeds/mole-letter.txt"));
        Assert.Contains(result.Drafts, d => d.Body.Contains("tenth night is the one that matters", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Dropped, p => p.Text.Contains("tenth night", StringComparison.Ordinal));
    }
}
