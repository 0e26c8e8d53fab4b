namespace Publisher.Tests.Import;

/// <summary>
/// A run of briefs the contents name by their label only ("BRIEFS …… 1"): each brief after the first opens where its
/// title and bare-name byline follow a paragraph that ends its sentence, though nothing lists it, until a piece the
/// contents list. The run opened by the contents' first entry, or by the label printed in the body. Invented text.
/// </summary>
public class WholeIssueBriefRunImportTests
{
    private static ImportFixture Project(string issue)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", issue);
        return project;
    }

    // The contents open with the run's entry; the body prints no label, and no blank line parts a brief's head from its text.
    private const string RunOpenedByContents = """
        Upland Waters Review
        Notes on the lake districts and their security
        VOLUME 4  ·  NUMBER 7  ·  MAY 12, 2031

        BRIEFS ........................................ 1
        The Lockkeepers' Strike at Orvo Gate .......... 3
        by Sabine Okafor-Lindqvist

        Grain Barges Held at the Tessa Weir
        Marek Anand-Ferreira
        Barge crews on the upper lake were kept waiting for three days at the
        Tessa weir this month after men claiming to act for a local committee
        demanded a payment for each boat passing the sluice. The lake authority
        says the committee has no standing and has asked the police to attend.

        A Radio Mast Burned Above Kell Harbour
        Marek Anand-Ferreira
        The only radio mast serving the fishing fleet at Kell harbour was set on
        fire on the night of May 2, leaving the boats without weather warnings
        for most of a week. No group has claimed the attack, and the harbour
        master says he has no idea who would gain from it.

        The Lockkeepers' Strike at Orvo Gate
        by Sabine Okafor-Lindqvist
        The keepers of the Orvo gate locks walked out on April 20, after one of
        them was beaten by men who wanted the gates opened at night for boats
        that carry no papers. Since then the gate has opened twice a day, under
        a police escort, and the queue of barges below it has grown longer.

        The strike has exposed how little the lake authority knows about who
        uses the locks after dark, and how much the keepers have been left to
        manage on their own.
        """;

    [Fact]
    public void Each_brief_of_a_run_the_contents_open_with_is_its_own_article_until_a_listed_piece()
    {
        using var project = Project(RunOpenedByContents);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(3, texts.Count);
        var barges = Assert.Single(texts, t => t.Contains("Barge crews on the upper lake", StringComparison.Ordinal));
        Assert.DoesNotContain("radio mast", barges, StringComparison.Ordinal);
        var mast = Assert.Single(texts, t => t.Contains("set on\nfire", StringComparison.Ordinal) || t.Contains("set on fire", StringComparison.Ordinal));
        Assert.Contains("title: A Radio Mast Burned Above Kell Harbour\n", mast, StringComparison.Ordinal);
        Assert.Contains("- Marek Anand-Ferreira\n", mast, StringComparison.Ordinal);
        Assert.Contains("kind: brief\n", mast, StringComparison.Ordinal);
        var strike = Assert.Single(texts, t => t.Contains("walked out on April 20", StringComparison.Ordinal));
        Assert.Contains("- Sabine Okafor-Lindqvist\n", strike, StringComparison.Ordinal);
    }

    // The label printed in the body opens the run; each brief's head (title, bare name) stands as a block of its own, and
    // the second brief's author signs nothing else in the issue.
    private const string RunOpenedByLabel = """
        COASTAL RISK MONITOR

        VOLUME XII, ISSUE 4  |  FEBRUARY 3, 2031

        IN THIS ISSUE
        BRIEFS ......................................... 1
        THE HARBOUR TAX: HOW A SMUGGLING CREW BECAME A PORT'S LANDLORD
        By Ottilie Baptiste-Nwosu ........................ 3

        BRIEFS

        Customs Launch Seized Off the Marren Banks
        Ruairi Castellanos-Oduya

        A customs launch on patrol off the Marren banks was boarded on
        January 19 by men in two fast boats, who held its crew at gunpoint for
        an hour and left with the launch's radios and fuel. The coast guard
        says the same boats have been seen near the banks since the autumn.


        Fishing Cooperative Suspends Night Landings at Pell
        Henrike Adeyemi-Sorensen

        The fishing cooperative at Pell has told its members to stop landing
        catches after dark, after two of its buyers were robbed on the quay in
        the same week. Members say the order will cost them the early market
        in the capital, where the best prices are paid before dawn.


        The Harbour Tax: How a Smuggling Crew Became a Port's Landlord

        By Ottilie Baptiste-Nwosu

        For most of the last decade the crew that runs the night trade at the
        port of Lessa kept out of sight. It paid the dock police, moved its
        goods on ordinary trucks and never touched the people of the town.
        That changed last year, when it began to collect a monthly fee from
        every shop on the harbour road.
        """;

    [Fact]
    public void Each_brief_under_a_plural_label_in_the_body_is_its_own_article()
    {
        using var project = Project(RunOpenedByLabel);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(3, texts.Count);
        var launch = Assert.Single(texts, t => t.Contains("A customs launch on patrol", StringComparison.Ordinal));
        Assert.DoesNotContain("Fishing Cooperative", launch, StringComparison.Ordinal);
        var pell = Assert.Single(texts, t => t.Contains("The fishing cooperative at Pell", StringComparison.Ordinal));
        Assert.Contains("title: Fishing Cooperative Suspends Night Landings at Pell\n", pell, StringComparison.Ordinal);
        Assert.Contains("- Henrike Adeyemi-Sorensen\n", pell, StringComparison.Ordinal);
        Assert.Contains("kind: brief\n", pell, StringComparison.Ordinal);
        var feature = Assert.Single(texts, t => t.Contains("the night trade at the", StringComparison.Ordinal));
        Assert.Contains("- Ottilie Baptiste-Nwosu\n", feature, StringComparison.Ordinal);
    }

    // Two briefs under the label, each signed at its end by the same writer on a bare name line; the feature after them
    // prints its own byline under its title.
    private const string BriefsSignedByOneWriter = """
        HIGHLAND AFFAIRS MONITOR

        Volume IX, Issue 3  |  March 2034

        BRIEFS

        Smugglers Move Their Crossing to the Old Salt Road

        Border police in the northern districts say that the fuel smugglers who
        used the river crossing at Dorva have moved east to the old salt road,
        where the patrols are thinner and the ground is too broken for vehicles.
        Two caravans were stopped there in February, each with more than forty
        animals carrying cans.

        Illarion Vasquez-Mbatha

        A Second Bridge Closes After Threats to Its Keepers

        The district council has closed the footbridge at Ketri after its two
        keepers were told to leave the valley or be killed. The bridge carries
        most of the market traffic between the two banks, and traders now face
        a detour of half a day by the lower road.

        Illarion Vasquez-Mbatha

        The Quartermaster of the Ridge Brigade
        Noor Athanasiou-Kells

        Few commanders of the Ridge Brigade have lasted as long as the man its
        fighters call the quartermaster. He has run the brigade's supplies for
        nine years, through three changes of leader and two offensives that
        were meant to end it, and he is still there.
        """;

    [Fact]
    public void A_name_signing_each_brief_at_its_end_is_their_writer_not_a_label_or_a_byline_above_the_next_title()
    {
        using var project = Project(BriefsSignedByOneWriter);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var texts = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(3, texts.Count);
        var road = Assert.Single(texts, t => t.Contains("title: Smugglers Move Their Crossing", StringComparison.Ordinal));
        Assert.Contains("- Illarion Vasquez-Mbatha\n", road, StringComparison.Ordinal);
        var bridge = Assert.Single(texts, t => t.Contains("title: A Second Bridge Closes", StringComparison.Ordinal));
        Assert.Contains("- Illarion Vasquez-Mbatha\n", bridge, StringComparison.Ordinal);
        Assert.Contains("kind: brief\n", bridge, StringComparison.Ordinal);
        var feature = Assert.Single(texts, t => t.Contains("title: The Quartermaster of the Ridge Brigade", StringComparison.Ordinal));
        Assert.Contains("- Noor Athanasiou-Kells\n", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("Vasquez", feature, StringComparison.Ordinal);
        Assert.Equal(2, report.AllDropped.Count(d => d.What == "signature" && d.Text == "Illarion Vasquez-Mbatha"));
    }
}
