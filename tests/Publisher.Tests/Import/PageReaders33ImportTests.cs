namespace Publisher.Tests.Import;

/// <summary>
/// Single web pages through the whole importer, without a sidecar, in the shapes fitted to heldout33 (twenty-third
/// session): a journal's page for one article with a bare volume line is a page, not a whole issue; a text browser's
/// link list of addresses is dropped whole; a page's head keeps its closing date and "Written by" names out of the text;
/// the notes end at a command to the reader. Invented text.
/// </summary>
public class PageReaders33ImportTests
{
    private static ImportFixture Project(string page) => PageFixture.Project(page);

    private static string Prose(int count, string topic) => PageFixture.Prose(count, topic);

    [Fact]
    public void A_journal_page_with_a_bare_volume_line_is_read_as_a_page_with_its_volume_and_issue()
    {
        using var project = Project(
            "The Wrenfield Journal of Coastal Studies\nA journal edited by graduate students of the Wrenfield School\nCurrent issue   Archive   Submit   About\n"
            + "Vol. 4, No. 2 (Autumn 2031)\nCOMMENTARY\nTides and Treaties: Why Small Harbours Matter\nTovah Ingersleben-Marr\nPublished online 12 October 2031\n"
            + Prose(6, "harbours") + "\n");

        var report = project.Import();

        Assert.Equal("web-scrape", report.Seeds.Single().Format);
        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("title: 'Tides and Treaties: Why Small Harbours Matter'\n", article, StringComparison.Ordinal);
        Assert.Contains("date: 2031-10-12\n", article, StringComparison.Ordinal);
        Assert.Contains("volume: 4\n", article, StringComparison.Ordinal);
        Assert.Contains("issue: 2\n", article, StringComparison.Ordinal);
        Assert.Contains("kind: commentary\n", article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_browsers_list_of_link_addresses_is_dropped_whole()
    {
        string[] addresses =
        [
            "https://www.saltmarsh-trust.example/feed/", "https://www.saltmarsh-trust.example/home/", "https://www.saltmarsh-trust.example/projects/",
            "https://www.saltmarsh-trust.example/news/reed-beds-came-back/#main", "mailto:?subject=Why%20the%20Reed%20Beds%20Came%20Back", "https://maps.example/estuary?zoom=12&layer=reeds",
            "https://www.saltmarsh-trust.example/people/oriel-vance-dunmore/", "https://volunteer.saltmarsh-trust.example/join",
            "https://www.saltmarsh-trust.example/privacy/", "https://www.saltmarsh-trust.example/contact/",
        ];
        // Every entry 40 to 90 characters and none ending a sentence: lines a page reader would otherwise unwrap as one paragraph.
        var links = string.Join("\n", addresses.Select((a, i) => $"  {i + 1,2}. {a}"));
        using var project = Project(
            "   [1]Saltmarsh Trust\n     * [2]Projects\n     * [3]News\n\nWhy the Reed Beds Came Back\n\n   By: [4]Oriel Vance-Dunmore\n   March 3, 2031\n\n"
            + "   The reed beds along the estuary have returned after ten years of\n   careful work by volunteers, who cut the willow scrub by hand.\n\n"
            + "   Bitterns were heard booming in April for the first time since the\n   old sluice failed, and two pairs nested by the eastern channel.\n\n"
            + "   The trust now plans to open a hide on the sea wall, with a path\n   that keeps walkers away from the nesting season's quietest pools.\n\n"
            + "References\n\n" + links + "\n");

        var report = project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.DoesNotContain("saltmarsh-trust.example/pages", article, StringComparison.Ordinal);
        Assert.Contains(report.AllDropped, d => d.What == "text browser's link list");
    }

    [Fact]
    public void A_pages_head_keeps_its_closing_date_and_written_by_names_out_of_the_text()
    {
        using var project = Project(
            "Department of Harbours\nHome > Consultations\nConsultation\nThe future of ferry licensing\nWritten by\nPavla Okonkwo-Reyes\nIvo Sandqvist\n"
            + "Published 3 February 2032\nThe call for evidence closes on 30 April 2032\n" + Prose(5, "ferries") + "\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("authors:\n- Pavla Okonkwo-Reyes\n- Ivo Sandqvist\n", article, StringComparison.Ordinal);
        Assert.Contains("date: 2032-02-03\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("closes on 30 April", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Written by", article, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notes_end_at_a_command_to_the_reader()
    {
        using var project = Project(
            "Tidewatch Review\nAnalysis\nThe Quiet Economics of Sandbanks\nBy Jorunn Achebe-Lind\n12 May 2031\n" + Prose(5, "sandbanks")
            + " The dredging budget fell by a third.[1]\nNotes\n[1] Harbour Board accounts, 2030, table 2.\nShare this page\nTidewatch Review is published by the Estuary Society.\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.DoesNotContain("Share this page", article, StringComparison.Ordinal);
        Assert.Contains("Harbour Board accounts, 2030, table 2.", article, StringComparison.Ordinal);
    }
}
