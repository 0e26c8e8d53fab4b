namespace Publisher.Tests.Import;

/// <summary>
/// Digests through the whole importer (<see cref="Publisher.Core.Import.Formats.DigestFormat"/>): each item an article of
/// its own, the digest's preamble and footer dropped and listed. Invented text.
/// </summary>
public class DigestImportTests
{
    private static ImportFixture Project(string seed)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/digest.txt", seed);
        return project;
    }

    private const string ListDigest = """
        Send Coastwatch-L mailing list submissions to
        	coastwatch-l@lists.tidewater.example

        Today's Topics:

           1. Call for papers: Policing small harbours (Ines Varga-Holm)
           2. New report on fishing-boat seizures (Tomas Brandt-Okoye)

        ----------------------------------------------------------------------

        Message: 1
        Date: Tue, 11 Mar 2031 08:30:00 +0100
        From: Ines Varga-Holm <i.varga@kelby.ac.example>
        To: coastwatch-l@lists.tidewater.example
        Subject: [Coastwatch-L] Call for papers: Policing small harbours

        Dear all,

        We are organising a one-day meeting on how small harbours are policed, and who pays for it, to be held in Kelby
        in the autumn. Most work on port security looks at the container terminals; we want to hear about the slipways,
        the fish markets and the ferry landings where most people actually cross the water.

        Proposals of no more than 250 words should reach us by the end of May. We can cover travel for a few speakers
        from the coastal districts themselves, and we would particularly welcome proposals from people who work there.

        With best wishes,
        Ines

        --
        Dr Ines Varga-Holm
        Lecturer in Criminology, University of Kelby


        ------------------------------

        Message: 2
        Date: Tue, 11 Mar 2031 15:05:12 +0000
        From: "Brandt-Okoye, Tomas" <t.brandt@harbourwatch.example>
        To: "coastwatch-l@lists.tidewater.example"
        	<coastwatch-l@lists.tidewater.example>
        Subject: [Coastwatch-L] New report on fishing-boat seizures

        Hello everyone,

        Our new report counts the fishing boats seized by armed groups along the northern coast over the last five years.
        Seizures rose every year, and most boats were returned after a payment that the owners were too afraid to report.
        The full report and our data are at
        https://harbourwatch.example/seizures together with a short note on the method. We would be grateful for corrections
        from anyone who knows these harbours better than we do.

        Kind regards,
        Tomas

        Tomas Brandt-Okoye
        Research Director | Harbourwatch


        ------------------------------

        End of Coastwatch-L Digest, Vol 18, Issue 3
        *******************************************
        """;

    [Fact]
    public void A_mailing_list_digest_gives_one_post_per_message_titled_by_its_subject_and_signed_by_its_sender()
    {
        using var project = Project(ListDigest);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(
            ["input/articles/2031/call-for-papers-policing-small-harbours.md", "input/articles/2031/new-report-on-fishing-boat-seizures.md"],
            project.ArticleFiles());
        var call = project.Read("input/articles/2031/call-for-papers-policing-small-harbours.md");
        Assert.Contains("title: 'Call for papers: Policing small harbours'\n", call, StringComparison.Ordinal);
        Assert.Contains("- Ines Varga-Holm\n", call, StringComparison.Ordinal);
        Assert.Contains("date: 2031-03-11\n", call, StringComparison.Ordinal);
        Assert.Contains("kind: post\n", call, StringComparison.Ordinal);
        Assert.Contains("publication: Coastwatch-L\n", call, StringComparison.Ordinal);
        Assert.DoesNotContain("Seizures rose", call, StringComparison.Ordinal);
        var seizures = project.Read("input/articles/2031/new-report-on-fishing-boat-seizures.md");
        // "From: "Brandt-Okoye, Tomas"", signed "Tomas": the sender is the author.
        Assert.Contains("- Tomas Brandt-Okoye\n", seizures, StringComparison.Ordinal);
        // A line of the paragraph that opens with an address is prose, not a page footer.
        Assert.Contains("https://harbourwatch.example/seizures together with a short note", seizures, StringComparison.Ordinal);
        Assert.DoesNotContain("End of Coastwatch-L Digest", seizures, StringComparison.Ordinal);
        Assert.Contains(report.AllDropped, d => d.What == "digest furniture" && d.Location!.Line == 1);
        Assert.Contains(report.AllDropped, d => d.What == "digest furniture" && d.Text.StartsWith("End of Coastwatch-L Digest", StringComparison.Ordinal));
    }

    private const string FeedDigest = """
        From: Postfeed <digest@postfeed.example>
        Date: Wed, 12 Mar 2031 06:00:00 +0000
        Subject: [Postfeed] Corran Policy Centre - Insights: 2 new items

        Your Postfeed digest

        Corran Policy Centre - Insights
        https://www.corran-policy.example/insights/feed/

        ________________________________________________________________
        1. What the Ferry Strike Taught the Coastguard
        https://www.corran-policy.example/insights/ferry-strike-coastguard
        By Maren Osei-Lindahl
        Tue, 11 Mar 2031 17:00:00 +0000

        When the ferry crews walked out in February, the coastguard found itself running the crossings it normally only
        watches. For nine days its boats carried nurses, pupils and the post, and the service learnt more about the islands
        in those nine days than in the previous nine years of patrols.

        The lesson is not that the coastguard should run ferries. It is that a service which only ever meets the islanders
        at sea, and only when something has gone wrong, cannot know which of their complaints to take seriously.

        ________________________________________________________________
        2. Counting the Boats Nobody Registers
        By Idris Kallenberg and Sunniva Achebe-Roos
        Mon, 10 Mar 2031 09:30:00 +0000

        Every estimate of smuggling along the northern coast starts from the register of licensed boats, and every one of
        them is wrong for the same reason: the boats that matter most are the ones that were never registered at all.

        We spent a month counting hulls on the beaches between the two river mouths and found almost twice as many boats as
        the register lists. Most belong to families who fish; some do not, and nobody can yet tell which is which.

        ________________________________________________________________
        Postfeed - your feeds by email.
        Unsubscribe: https://postfeed.example/u/42
        """;

    [Fact]
    public void A_feed_digest_gives_one_article_per_item_with_its_address_and_the_site_the_feed_names()
    {
        using var project = Project(FeedDigest);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(2, project.ArticleFiles().Count);
        var ferry = project.Read("input/articles/2031/what-the-ferry-strike-taught-the-coastguard.md");
        Assert.Contains("title: What the Ferry Strike Taught the Coastguard\n", ferry, StringComparison.Ordinal);
        Assert.Contains("- Maren Osei-Lindahl\n", ferry, StringComparison.Ordinal);
        Assert.Contains("date: 2031-03-11\n", ferry, StringComparison.Ordinal);
        Assert.Contains("publication: Corran Policy Centre\n", ferry, StringComparison.Ordinal);
        Assert.Contains("url: https://www.corran-policy.example/insights/ferry-strike-coastguard\n", ferry, StringComparison.Ordinal);
        Assert.DoesNotContain("By Maren", ferry, StringComparison.Ordinal);
        var boats = project.Read("input/articles/2031/counting-the-boats-nobody-registers.md");
        Assert.Contains("- Idris Kallenberg\n- Sunniva Achebe-Roos\n", boats, StringComparison.Ordinal);
        Assert.Contains("date: 2031-03-10\n", boats, StringComparison.Ordinal);
        Assert.DoesNotContain("Unsubscribe", boats, StringComparison.Ordinal);
        Assert.Contains(report.AllDropped, d => d.What == "digest item's address" && d.Location!.Line == 12);
    }

    private const string ListservDigest = """
        HARBOUR-STUDIES Digest - 2 Apr 2031 to 3 Apr 2031 (#2031-12)

        There are 2 messages totaling 40 lines in this issue.

        ----------------------------------------------------------------------

        Date:    Wed, 2 Apr 2031 10:10:10 +0200
        From:    Selma Okonjo-Berg <s.okonjo@rivermouth.example>
        Subject: Archive of the old port police opens to researchers

        The city archive has opened the records of the old port police, from the founding of the harbour to the merger of
        the force in the nineties, and they can now be consulted in the reading room without a permit. The catalogue lists
        arrest books, patrol logs and the correspondence with the customs office about the smuggling cases of the sixties.
        The reading room is open on weekdays; the catalogue is at https://archive.rivermouth.example/port-police

        Selma Okonjo-Berg
        Archivist, Rivermouth City Archive

        ------------------------------

        Date:    Thu, 3 Apr 2031 14:00:00 +0000
        From:    Anton Reyes-Haldane <a.reyes@harbour-uni.example>
        Subject: Seminar on harbour crime, 24 April

        Our next seminar, on the history of harbour crime and its policing, takes place on 24 April at four o'clock in the
        old customs hall. Two doctoral students will present their work on the smuggling networks of the northern ports,
        and there will be time for questions and for a glass of something afterwards. Everyone on the list is welcome.

        Anton
        """;

    [Fact]
    public void A_listserv_digest_is_named_by_its_title_and_a_message_is_signed_by_its_sender_under_a_line_that_is_no_prose()
    {
        using var project = Project(ListservDigest);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var archive = project.Read("input/articles/2031/archive-of-the-old-port-police-opens-to-researchers.md");
        Assert.Contains("- Selma Okonjo-Berg\n", archive, StringComparison.Ordinal);
        // The list's name in capitals, in title case as every publication name printed in capitals.
        Assert.Contains("publication: Harbour-Studies\n", archive, StringComparison.Ordinal);
        Assert.DoesNotContain("Archivist, Rivermouth", archive, StringComparison.Ordinal);
        var seminar = project.Read("input/articles/2031/seminar-on-harbour-crime-24-april.md");
        Assert.Contains("kind: post\n", seminar, StringComparison.Ordinal);
        Assert.Contains("date: 2031-04-03\n", seminar, StringComparison.Ordinal);
    }
}
