namespace Publisher.Tests.Import;

/// <summary>
/// Single web pages through the whole importer, without a sidecar, in the shapes fitted to heldout32's misses (branch
/// pages32): a letters page of a letter and the reply under it is two articles, each by its signer; a speech names its
/// speaker in "Delivered by the Rt Hon …"; a journal's article page, its authors and affiliations one to a line under a
/// site's menu, is a page with its authors and volume. Invented text.
/// </summary>
public class PageReaders32ImportTests
{
    private static ImportFixture Project(string page) => PageFixture.Project(page);

    private static string Prose(int count, string topic) => PageFixture.Prose(count, topic);

    [Fact]
    public void A_letter_and_the_reply_under_it_are_two_articles_each_by_its_signer()
    {
        using var project = Project(
            "The Kelby Courier\nMonday, March 8, 2032\nNews  Opinion  Sport\nLETTERS\nThe dredger never stays\n" + Prose(3, "the dredger")
            + "\nRosa Adeyemi-Holt\nLower Quay, Kelby\nThe author replies\n" + Prose(3, "the reply") + "\nPiet Varga-Lund\nKelby\nMost read\nSubscribe from £2 a week.\n");

        var report = project.Import();

        Assert.Equal("signed-pieces", report.Seeds.Single().Format);
        var articles = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Contains(articles, a => a.Contains("title: The dredger never stays\n", StringComparison.Ordinal) && a.Contains("Rosa Adeyemi-Holt", StringComparison.Ordinal)
            && a.Contains("Paragraph 3 on the dredger", StringComparison.Ordinal) && !a.Contains("the reply", StringComparison.Ordinal));
        Assert.Contains(articles, a => a.Contains("title: The author replies\n", StringComparison.Ordinal) && a.Contains("Piet Varga-Lund", StringComparison.Ordinal)
            && a.Contains("date: 2032-03-08\n", StringComparison.Ordinal) && !a.Contains("Lower Quay", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speech_names_its_speaker_in_its_delivered_by_line()
    {
        using var project = Project(
            "Ministry of Coastal Affairs\nHome | News | Speeches | Publications\nSpeech\nThe minister's address to the harbour masters' conference\n"
            + "Delivered by the Rt Hon Sir Idris Pellow-Amadi KC MP, Minister for the Coast, at the harbour masters' conference.\n"
            + "Delivered on: 4 May 2031 (Original script, may differ from delivered version)\nCheck against delivery\n" + Prose(5, "harbours") + "\nShare this page\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("Idris Pellow-Amadi", article, StringComparison.Ordinal);
        Assert.Contains("date: 2031-05-04\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Delivered", article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_journal_article_page_with_its_authors_marked_for_affiliations_is_a_page()
    {
        using var project = Project(
            "Skip to Main Content\nOsterby Academic\nLog in  |  Register  |  Cart\nJournal of Estuary Governance\nVolume 12, 2031 - Issue 3\n"
            + "Research Article\nTides, Tolls and the Small Harbour\nSorcha Delaney-Obi 1, Ivo Marsh-Tanaka 2 *, Pell Okafor 1\n"
            + "1 Department of Maritime Studies, University of Kelby, Kelby\n2 School of Law, Osterby University, Osterby\n* Correspondence: i.marsh@osterby.example\n"
            + "Received 3 Jan 2031, Accepted 2 May 2031, Published online: 9 Jun 2031\nAbstract\n" + Prose(4, "tolls") + "\nKeywords: harbours; tolls\nCite this article\nViews: 204   Citations: 0\n");

        var report = project.Import();

        Assert.Equal("web-scrape", report.Seeds.Single().Format);
        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("Sorcha Delaney-Obi", article, StringComparison.Ordinal);
        Assert.Contains("Pell Okafor", article, StringComparison.Ordinal);
        Assert.Contains("volume: 12\n", article, StringComparison.Ordinal);
        Assert.Contains("issue: 3\n", article, StringComparison.Ordinal);
    }

    [Fact]
    public void An_op_eds_special_to_credit_stays_out_of_its_text()
    {
        using var project = Project(
            "THE KELBY COURIER\nHome | Local | Opinion | Sport\nOPINION\nWhy the dredger must stay\nBy Prof. Idris Varga-Lund\nSpecial to The Kelby Courier\n12 March 2031\n"
            + Prose(5, "the dredger") + "\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("Idris Varga-Lund", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Special to", article, StringComparison.Ordinal);
    }
}
