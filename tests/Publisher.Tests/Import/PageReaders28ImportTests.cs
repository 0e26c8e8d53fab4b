namespace Publisher.Tests.Import;

/// <summary>
/// Single web pages through the whole importer, without a sidecar, in the shapes fitted to cases27-new, cases28-new and cases29-new
/// (twenty-eighth session): a reference work's caret references become footnotes after its "See also" list; a list of
/// sections between the title and a byline over the date is the page's contents; a list the text announces with a colon stays in it.
/// Invented text.
/// </summary>
public class PageReaders28ImportTests
{
    private static ImportFixture Project(string page) => PageFixture.Project(page);

    private static string Prose(int count, string topic) => PageFixture.Prose(count, topic);

    [Fact]
    public void Caret_references_after_a_see_also_list_become_the_entrys_footnotes()
    {
        using var project = Project(
            "Main page   Contents   Random entry   Help\n\nBowline on a bight\nFrom the Quayside Knot Index, the open reference of working knots\n\n"
            + "A bowline on a bight is a knot that makes two fixed loops in the middle of a rope, used to lift a person from a hold or a well.[1]\n\n"
            + "It is tied with the rope doubled, so that neither end is needed, and it does not slip under load when tied with a stopper.[2]\n\n"
            + "See also\nSpanish bowline\nFigure-eight loop\n\nReferences\n\n"
            + "^ Maren Tollefsen, Knots for the Harbour (Quayside: Netloft Press, 2027), p. 14.\n"
            + "^ a b Osric Delamere, Rope at Work (Wendham, 2030), pp. 60–62.\n\n"
            + "Categories: Loop knots | Rescue knots\nThis page was last edited on 4 October 2034, at 10:02.\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("a hold or a well.[^1]", article, StringComparison.Ordinal);
        Assert.Contains("[^1]: Maren Tollefsen, Knots for the Harbour", article, StringComparison.Ordinal);
        Assert.Contains("[^2]: Osric Delamere, Rope at Work", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Spanish bowline", article, StringComparison.Ordinal);
        Assert.Contains("publication: Quayside Knot Index\n", article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_sections_between_the_title_and_a_byline_over_the_date_is_dropped_and_the_byline_read()
    {
        using var project = Project(
            "Norvik Courier\nHome  News  Explainers  About\n\nEXPLAINER\nWhat the new harbour levy will cost boat owners\n\n"
            + "  Who pays the levy\n  How much it is\n  When it starts\n  How to appeal\n\nBy Hedda Morcombe-Lye\nPublished 3 October 2034\n\n"
            + "Who pays the levy\n\n" + Prose(3, "levy") + "\nHow much it is\n\n" + Prose(3, "costs") + "\nWhen it starts\n\n" + Prose(2, "dates")
            + "\nHow to appeal\n\n" + Prose(2, "appeals") + "\n");

        var report = project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("title: What the new harbour levy will cost boat owners\n", article, StringComparison.Ordinal);
        Assert.Contains("- Hedda Morcombe-Lye\n", article, StringComparison.Ordinal);
        Assert.Contains("date: 2034-10-03\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("By Hedda", article, StringComparison.Ordinal);
        Assert.Contains(report.AllDropped, d => d.What == "page's contents list");
    }

    [Fact]
    public void A_list_announced_by_the_texts_own_sentence_stays_in_the_text()
    {
        using var project = Project(
            "Norvik Courier\nNews | Sport | Letters\n\nNEWS\nFour quays to close for repairs this winter\nBy Hedda Morcombe-Lye\n3 October 2034\n\n"
            + "The harbour board will close four of its quays for repairs between November and March, it said on Tuesday, and boats moored there will be moved. The quays that will close are:\n"
            + "Salt Quay\nNorth Steps\nFerry Pier\nOld Dock Wall\n"
            + Prose(3, "repairs") + "\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("North Steps", article, StringComparison.Ordinal);
        Assert.Contains("Old Dock Wall", article, StringComparison.Ordinal);
    }
}
