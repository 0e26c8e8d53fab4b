using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Shapes fitted in the forty-first session (heldout41's k03 and k12, mix50-new): a news site's obituary headline
/// ("NAME, role who …, dies aged 81") over a byline that gives only the piece's age, dated by the print edition's note
/// after the text; a sibling issue whose contents print each entry's section in a column of its own before the title, and
/// whose profile is signed "Profile by NAME"; contents whose page wraps onto a line of its own, printed as one running
/// paragraph with a group of briefs, or as arrows with the page after a comma. Invented text.
/// </summary>
public class MixShapes50ImportTests
{
    private static string Prose(int count, string topic) => PageFixture.Prose(count, topic);

    [Fact]
    public void An_obituary_headline_over_an_aged_byline_is_the_title_and_the_print_editions_note_dates_it()
    {
        using var project = PageFixture.Project(
            "Subscribe today: 6 months for £2\nThe Corran Evening Star\nNews | Sport | Business | Obituaries | Jobs\nObituaries\n\n"
            + "Maren Oduya-Voss, lock-keeper who kept the canal open through the floods, dies aged 88\n\n"
            + "Tobiah Pennick, Senior Reporter · 2 days ago\n\n" + Prose(5, "locks")
            + "\nThis article first appeared in the Corran Evening Star print edition of Thursday 8 March 2040.\n\n"
            + "Share on Facebook | Share by email\n\n© 2040 Corran Evening Star Ltd. Privacy | Terms\n");

        var report = project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("title: Maren Oduya-Voss, lock-keeper who kept the canal open through the floods, dies aged 88\n", article, StringComparison.Ordinal);
        Assert.Contains("authors:\n- Tobiah Pennick\n", article, StringComparison.Ordinal);
        Assert.Contains("date: 2040-03-08\n", article, StringComparison.Ordinal);
        Assert.Contains("kind: obituary\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("print edition", article, StringComparison.Ordinal);
        Assert.Contains(report.AllDropped, d => d.Text.Contains("print edition", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contents_entry_prints_its_section_in_a_column_before_the_title()
    {
        var (entries, _) = IssueContents.Read(SeedText.Lines("""
            IN THIS NUMBER
              p. 2   ASSESSMENT   Tolls on the Upper Wend: Who Collects Them?
              p. 5   PROFILE      Warden Ilse Marrow, the Keeper Who Counted the Barges
            """), 0);

        Assert.Equal(
            [("Tolls on the Upper Wend: Who Collects Them?", "assessment"), ("Warden Ilse Marrow, the Keeper Who Counted the Barges", "profile")],
            entries.Where(e => !e.IsSection).Select(e => (e.Title, e.Kind)).ToList());
    }

    [Theory]
    [InlineData("Maren Oduya-Voss, lock-keeper who kept the canal open through the floods, dies aged 88")]
    [InlineData("Ilse Marrow, the warden whose barge census shamed the board")]
    public void A_name_with_a_clause_about_the_person_is_no_speakers_entry(string line) =>
        Assert.False(SpeakerList.IsEntry(line));

    [Theory]
    [InlineData("Dr Ilse Marrow, Wend Canal Trust")]
    [InlineData("Tobiah Pennick – Harbour Archive, Polwenna")]
    public void A_name_with_a_role_or_a_place_is_a_speakers_entry(string line) =>
        Assert.True(SpeakerList.IsEntry(line));

    [Theory]
    [InlineData("Tobiah Pennick, Senior Reporter · 2 days ago", "Tobiah Pennick")]
    [InlineData("Maren Oduya-Voss · 14:05", "Maren Oduya-Voss")]
    public void A_name_beside_the_time_or_the_pieces_age_is_a_byline(string line, string name) =>
        Assert.Equal([name], Byline.Read(line)!.Names);

    [Fact]
    public void A_contents_entry_whose_page_wraps_onto_a_line_of_its_own_is_one_entry_and_the_page_no_furniture()
    {
        using var project = PageFixture.Project("""
            Terrorism Monitor
            March 4, 2041 | Vol. XXXIX, Iss. 5

            THIS ISSUE
            BRIEFS
            Grain Barges Held at Tessel Lock (Idris Fenn) – page 1
            Customs Post Burned at the Varne Bridge (Oona Castellane and Tiber Lund) –
            page 1

            BRIEFS

            Grain Barges Held at Tessel Lock

            By Idris Fenn

            Lock-keepers at Tessel held six grain barges for two days this week after their owners refused to pay a fee
            that nobody had asked of them before. The fee was lifted when the provincial office intervened.

            Customs Post Burned at the Varne Bridge

            By Oona Castellane and Tiber Lund

            Men in two lorries set fire to the customs post at the Varne bridge on the night of 1 March. The officers on
            duty were unhurt; the post's records were lost.
            """);

        project.Import();

        var articles = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Contains(articles, a => a.Contains("title: Customs Post Burned at the Varne Bridge\n", StringComparison.Ordinal)
            && a.Contains("- Oona Castellane\n- Tiber Lund\n", StringComparison.Ordinal) && a.Contains("kind: brief\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contents_paragraph_lists_titles_with_their_authors_and_a_group_of_briefs()
    {
        var (entries, end) = IssueContents.Read(SeedText.Lines("""
            Inside: Toll Gates on the Wend Road, by Idris Fenn (p. 1); Who Pays the
            Lock-Keepers?, by Oona Castellane and Tiber Lund (p. 3); Briefs: Barges Held
            at Tessel; Customs Post Burned at the Varne Bridge (p. 6)

            Toll Gates on the Wend Road
            """), 0);

        Assert.Equal(
            [("Toll Gates on the Wend Road", "Idris Fenn", false), ("Who Pays the Lock-Keepers?", "Oona Castellane|Tiber Lund", false), ("Briefs", "", true),
             ("Barges Held at Tessel", "", false), ("Customs Post Burned at the Varne Bridge", "", false)],
            entries.Select(e => (e.Title, string.Join('|', e.Authors), e.IsSection)).ToList());
        Assert.Equal(3, end);
    }

    [Fact]
    public void Arrowed_contents_entries_print_their_page_after_a_comma()
    {
        var (entries, _) = IssueContents.Read(SeedText.Lines("""
            Contents
            ANALYSIS
            → Toll Gates on the Wend Road, 1
            → Who Pays the Lock-Keepers of Tessel?, 4
            Toll Gates on the Wend Road
            """), 0);

        Assert.Equal(["Toll Gates on the Wend Road", "Who Pays the Lock-Keepers of Tessel?"], entries.Where(e => !e.IsSection).Select(e => e.Title).ToList());
    }

    [Fact]
    public void A_breadcrumb_ending_in_a_periodical_and_its_number_gives_the_publication_and_issue()
    {
        using var project = PageFixture.Project(
            "Wend Valley Trust\nDonate · Newsletter · Search\nHome › Monitors › Upper Wend Monitor › Edition 12\nAnalysis\n"
            + "Who pays the lock-keepers of Tessel?\nby Idris Fenn · 9 June 2041 · 5 min read\n" + Prose(4, "locks") + "\n"
            + "© 2041 Wend Valley Trust · Privacy\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("publication: Upper Wend Monitor\n", article, StringComparison.Ordinal);
        Assert.Contains("issue: 12\n", article, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_between_middots_under_the_title_are_its_authors_and_the_funders_note_is_no_text()
    {
        using var project = PageFixture.Project(
            "THE WEND REVIEW\nWorld  Politics  Long reads  Subscribe\nLong read\nThe lock-keepers who stopped the barges\n"
            + "Idris Fenn · Oona Castellane · Tiber Lund\nPublished 9 June 2041\n" + Prose(4, "locks") + "\n"
            + "This reporting was supported by a grant from the Tessel Fund for Journalism. The Fund had no say over its content.\n"
            + "© 2041 Wend Review Ltd · Privacy\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("authors:\n- Idris Fenn\n- Oona Castellane\n- Tiber Lund\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Tessel Fund", article, StringComparison.Ordinal);
    }

    [Fact]
    public void The_category_on_the_byline_line_is_the_kind_over_the_sites_section_and_a_station_with_its_frequency_names_the_site()
    {
        using var project = PageFixture.Project(
            "Radio Wend 98.2\nBlog\nHome | Listen | Blog | Contact\nWho pays the lock-keepers of Tessel?\n"
            + "Posted on 9 June 2041 by Idris Fenn | Filed in: Analysis\n" + Prose(4, "locks") + "\n"
            + "Radio Wend 98.2 is part of the Tessel Broadcasting Group. © 2041\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("kind: analysis\n", article, StringComparison.Ordinal);
        Assert.Contains("publication: Radio Wend 98.2\n", article, StringComparison.Ordinal);
    }
}
