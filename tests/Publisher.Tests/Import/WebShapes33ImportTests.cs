namespace Publisher.Tests.Import;

/// <summary>
/// Single web pages through the whole importer, without a sidecar, in the shapes fitted to cases33-new and cases34-new
/// (thirty-second session): the people who took part listed after an announcement's text or its notes are neither its
/// authors nor its text; a site's button over the headline is not the title; a history line naming what changed dates the
/// page; a reviewed book's title over its details, under the review's byline, is not text. Invented text.
/// </summary>
public class WebShapes33ImportTests
{
    private static ImportFixture Project(string page) => PageFixture.Project(page);

    private static string Prose(int count, string topic) => PageFixture.Prose(count, topic);

    [Fact]
    public void The_people_listed_after_an_announcements_text_are_dropped_and_none_is_its_author()
    {
        using var project = Project(
            "Tarrow Rural Trust\nProjects   Events   Library   About\n\nHome › Events\n\nA day on the future of the Tarrow water meadows\nPosted 4 March 2039\n\n"
            + Prose(4, "meadows") + "\n"
            + "Taking part\nWenna Trask - Harbour Archive, Polwenna\nDr Idris Okonjo-Pell (County Record Office, Lanmouth)\nMarit Solberg-Ames, tenant farmer, Low Wendle\n\n"
            + "Hosted by Saffi Brennock – Tarrow Rural Trust\n\nKeen to come? Book a place below.\n\n© 2039 Tarrow Rural Trust\n");

        var report = project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("authors: []\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Wenna Trask", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Okonjo-Pell", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Saffi Brennock", article, StringComparison.Ordinal);
        Assert.Equal(5, report.AllDropped.Count(d => d.What == "speaker list"));
    }

    [Fact]
    public void A_sites_button_over_the_headline_is_not_the_title_and_a_revised_entry_is_dated()
    {
        using var project = Project(
            "Common Table\nFood   Places   People   Ideas\nBecome a member\n\nThe orchard that paid its pickers in cider\nBy Nell Ashdown-Pryce\n\n"
            + Prose(5, "orchards") + "\nStory revised 21 May 2039\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("title: The orchard that paid its pickers in cider\n", article, StringComparison.Ordinal);
        Assert.Contains("date: 2039-05-21\n", article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_respondents_and_the_sites_blurb_after_the_notes_are_neither_notes_nor_text()
    {
        using var project = Project(
            "Harrow Policy Review\nAnalysis     Data     Events     About\n\nANALYSIS\nWhy the ferry levy raises less every year\n"
            + "By Wenna Trask-Oduya, senior fellow, and Idris Pell, research associate\n27 May 2039\n\n"
            + "The ferry levy was meant to pay for the new slipways, and for three years it did.[1] It has raised less every year since the tolls were frozen in 2035.[2]\n"
            + Prose(4, "levies") + "\nNotes\n1. Ferry Levy Order 2034, schedule 1.\n2. Harrow Harbour Board, annual accounts, 2035–2038.\n\n"
            + "Respondents at the launch seminar\nBram Oyelowo – Harrow Harbour Board\nMarit Solberg-Ames – Ferry Users' Association\n\n"
            + "Harrow Policy Review is an independent charity. Registered charity no. 1209981 · Privacy · Accessibility\n");

        var report = project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("authors:\n- Wenna Trask-Oduya\n- Idris Pell\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Oyelowo", article, StringComparison.Ordinal);
        Assert.DoesNotContain("independent charity", article, StringComparison.Ordinal);
        Assert.Contains("[^2]: Harrow Harbour Board", article, StringComparison.Ordinal);
        Assert.Equal(3, report.AllDropped.Count(d => d.What == "speaker list"));
    }

    [Fact]
    public void A_command_to_the_reader_under_the_byline_and_before_the_text_is_the_sites()
    {
        using var project = Project(
            "Vessby Courier\nNews   Sport   Jobs   Puzzles\n\nRegional news\nVessby rope works to close after ninety years\nBy Orla Penhaligon\n8 August 2039\n"
            + "Get the Courier app for alerts as news breaks\n\n" + Prose(5, "ropes") + "\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.DoesNotContain("Courier app", article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reviewed_books_title_over_its_details_under_the_reviews_byline_is_not_text()
    {
        using var project = Project(
            "Wendle Quarterly\nCurrent issue    Archive    Reviews    Subscribe\n\nREVIEWS\nThe carters who kept the moor roads open\nBy Bram Oyelowo\n4 December 2038\n\n"
            + "Carts and Tolls: The Moor Roads of Wendle, 1700–1880\nEdited by Saffi Brennock. Holm Press, 2038. 312 pp. £30.\n\n" + Prose(5, "carters") + "\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("title: The carters who kept the moor roads open\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Carts and Tolls", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Holm Press", article, StringComparison.Ordinal);
    }
}
