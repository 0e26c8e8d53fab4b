using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;

namespace Publisher.Tests.Import;

/// <summary>
/// Invented scraped pages whose metadata must be read from general evidence: section bars and kickers over the title,
/// field lines of press releases, genre labels, address folders and text shapes for the kind, dates in many
/// shapes, closing bylines and wire credits. <see cref="FittedCases"/> were written first and the rules built on them;
/// <see cref="UnseenCases"/> were written afterwards and run before any rule was changed for them.
/// </summary>
public class ScrapedMetadataTests
{
    private const string Body =
        "The harbour board approved the new ferry timetable on Monday after a year of complaints from island residents about missed connections.\n" +
        "Island councillors said the changes would restore an early morning sailing that had been cut when the old vessel was sold two winters ago.\n" +
        "The board will review the timetable again in the spring, once passenger numbers for the winter months are known.\n";

    public static TheoryData<string, string, string, string, string, string> FittedCases => new()
    {
        {
            "wire page: section bar, reading time, date with zone and relative update, dateline, wire credit",
            "Tidewire\nWorld\nBusiness\nSign In\nEurope | Nordics\n" +
            "Ferry operator cuts winter sailings to outer islands\n" +
            "3 minute read\n" +
            "June 2, 2024 10:15 AM GMT+2 Updated 5 hours ago\n" +
            "SKARHOLM, June 2 (Tidewire) – " + Body +
            "Reporting by Ylva Norberg in Skarholm and Tomas Lindgren; Editing by Petra Valk\n" +
            "© 2024 Tidewire. All rights reserved\n",
            "Ferry operator cuts winter sailings to outer islands", "Ylva Norberg; Tomas Lindgren", "2024-06-02", "news"
        },
        {
            "government press release: cookie lines, genre label, standfirst, From: field, Published label over its date",
            "Cookies on this service\nAccept cookies\nSkip to main content\nHome\nTransport\n" +
            "Press release\n" +
            "Harbour board confirms new timetable for island ferries\n" +
            "The timetable restores the early morning sailing from March.\n" +
            "From:\n" +
            "Department of Transport and Harbour Board\n" +
            "Published\n" +
            "3 May 2024\n" + Body,
            "Harbour board confirms new timetable for island ferries", "-", "2024-05-03", "press release"
        },
        {
            "interview page: site name matching the address by words, genre label, quoted title, Interview by, two dates",
            "---\nsource: https://island-review.example/interviews/2024/03/21/the-ferry-captain\n---\n" +
            "Island Affairs Review\n" +
            "Analysis | Interviews | About\n" +
            "Interviews\n" +
            "\"The Sea Decides, Not the Timetable\": A Conversation with Captain Rolf Aasen\n" +
            "Interview by Maren Dahl\n" +
            "Published on 21/03/2024 · Updated 22/03/2024\n" +
            "Q: How long have you sailed this route?\nA: Nineteen years, in every kind of weather the islands can throw at a boat.\n" +
            "Q: What changes with the new timetable?\nA: The early boat comes back, which matters more than anything else to the islanders.\n" + Body,
            "\"The Sea Decides, Not the Timetable\": A Conversation with Captain Rolf Aasen", "Maren Dahl", "2024-03-21", "interview"
        },
        {
            "long read: kicker with 'the', standfirst, Words by, picture credit, short month date",
            "HARBOUR LIGHTS MAGAZINE\nSubscribe\n" +
            "THE LONG READ\n" +
            "The Last Winter Boat\n" +
            "For thirty years the island's winter ferry ran on goodwill and diesel. Then the money ran out.\n" +
            "Words by Ingrid Halvorsen\n" +
            "Photographs by Jonas Berge\n" +
            "14 Feb 2024\n" + Body,
            "The Last Winter Boat", "Ingrid Halvorsen", "2024-02-14", "long read"
        },
        {
            "policy brief: breadcrumb ending in the genre, label line with a number and a month",
            "Northsea Policy Forum\n" +
            "Home › Publications › Policy Briefs\n" +
            "Policy Brief No. 4 | March 2024\n" +
            "Keeping the Islands Connected: Ferry Subsidies After the Crisis\n" +
            "By Sigrid Moen and Karl Eide\n" + Body,
            "Keeping the Islands Connected: Ferry Subsidies After the Crisis", "Sigrid Moen; Karl Eide", "2024-03-01", "policy brief"
        },
        {
            "university blog: blog host, names and ordinal date on one line",
            "---\ntitle: \"Why Island Ferries Matter – Coastal Studies Blog\"\nsource: https://blogs.northcoast.ac.example/coastal/2024/05/05/why-island-ferries-matter/\n---\n" +
            "Skip to content\nNorthcoast University\n" +
            "Why Island Ferries Matter\n" +
            "Astrid Kvale | 5th May 2024\n" + Body,
            "Why Island Ferries Matter", "Astrid Kvale", "2024-05-05", "blog"
        },
        {
            "commentary by address folder, dotted short month, closing dash byline after the last paragraph",
            "---\nsource: https://www.harbourline.example/commentary/ferries-and-the-islands\n---\n" +
            "Harbourline\n" +
            "Ferries are the islands' roads, and should be paid for like roads\n" +
            "Mar. 4, 2025\n" + Body +
            "— Nils Aamodt\n" +
            "Share this article\n",
            "Ferries are the islands' roads, and should be paid for like roads", "Nils Aamodt", "2025-03-04", "commentary"
        },
        {
            "crawler title with a bar suffix repeated as the heading, breadcrumb whose parent is the genre, year-first slashed date",
            "---\ntitle: The ferry subsidy question | Coastline Monitor\nsource: https://coastline-monitor.example/p/ferry-subsidy\n---\n" +
            "Coastline Monitor\n" +
            "Home › Analysis › Northern Isles\n" +
            "The ferry subsidy question\n" +
            "By Eva Lunde\n" +
            "2025/03/04\n" + Body,
            "The ferry subsidy question", "Eva Lunde", "2025-03-04", "analysis"
        },
        {
            "press release whose title line wraps onto a second line; the crawler block holds the whole title",
            "---\ntitle: Harbour board extends night sailings to the northern islands - Harbour Board\ndate: 2024-05-03\nsource: https://harbourboard.example/news/night-sailings\n---\n" +
            "Home > News > Press releases > 2024\n\n" +
            "PRESS RELEASE\n\n" +
            "Harbour board extends night sailings to the northern\n" +
            "islands\n\n" +
            "Published: 3 May 2024\n\n" + Body,
            "Harbour board extends night sailings to the northern islands", "-", "2024-05-03", "press release"
        },
        {
            "commentary with a stacked author card: name, role, name, role, then the date",
            "Northshore Institute\nResearch  Experts  Events  About\n" +
            "Commentary\n" +
            "Why the ferry subsidy will not survive the next budget\n" +
            "Ingrid Halvorsen\n" +
            "Senior Fellow, Transport Programme\n" +
            "Tomas Ekberg\n" +
            "Research Analyst\n" +
            "12 March 2025\n" + Body,
            "Why the ferry subsidy will not survive the next budget", "Ingrid Halvorsen; Tomas Ekberg", "2025-03-12", "commentary"
        },
    };

    public static TheoryData<string, string, string, string, string, string> UnseenCases => new()
    {
        {
            "news page: slash section bar, EXCLUSIVE kicker, byline with a role, weekday date with a dotted time, news folder",
            "---\nsource: https://www.fjordpost.example/news/politics/ferry-tender-row\n---\n" +
            "The Fjord Post\n" +
            "NEWS / REGION\n" +
            "EXCLUSIVE\n" +
            "Ferry tender row deepens as second bidder withdraws\n" +
            "By Anna Berg, Political Correspondent\n" +
            "Tuesday 4 March 2025 14.02 GMT\n" + Body,
            "Ferry tender row deepens as second bidder withdraws", "Anna Berg", "2025-03-04", "news"
        },
        {
            "press release: site name with a tagline, FOR IMMEDIATE RELEASE over the title, media contact at the end",
            "Coastal Ferries Authority — Connecting the islands since 1952\n" +
            "About | Timetables | News | Contact\n" +
            "FOR IMMEDIATE RELEASE\n" +
            "Coastal Ferries Authority orders two hybrid vessels\n" +
            "April 8, 2024\n" + Body +
            "Media contact: Press Office, press@coastal-ferries.example\n",
            "Coastal Ferries Authority orders two hybrid vessels", "-", "2024-04-08", "press release"
        },
        {
            "interview with questions in bold under a Q&A label",
            "Northern Routes Journal\n" +
            "Q&A\n" +
            "A harbour master on forty winters of storms\n" +
            "By Lene Strand\n" +
            "12 January 2024\n" +
            "**What was the worst winter you remember?**\nThe winter of the long storm, when no boat left the harbour for nine days and the island ran out of bread.\n" +
            "**Has the new timetable helped?**\nIt has, because the early boat gives the fishermen a way to reach the market before noon.\n" +
            "**What would you change next?**\nA second evening sailing on Fridays, for the students who come home for the weekend.\n" + Body,
            "A harbour master on forty winters of storms", "Lene Strand", "2024-01-12", "interview"
        },
        {
            "op-ed label and opinion folder, honorific byline, updated date printed before the published one",
            "---\nsource: https://www.islandtimes.example/opinion/ferries-need-a-plan\n---\n" +
            "Island Times\n" +
            "Op-Ed\n" +
            "The ferries need a plan, not another review\n" +
            "By Dr Henrik Sand\n" +
            "Updated 5 March 2024 · Published 4 March 2024\n" + Body,
            "The ferries need a plan, not another review", "Henrik Sand", "2024-03-04", "op-ed"
        },
        {
            "wire story with no printed date: breadcrumb, dateline with an abbreviated month, year from the address, additional reporting (a contributor, not an author)",
            "---\nsource: https://nordpress.example/world/2023/11/07/ferry-strike-ends\n---\n" +
            "Nordpress\n" +
            "Home › World › Europe\n" +
            "Ferry strike ends after crews accept pay offer\n" +
            "OSLO, Nov. 7 (Nordpress) — " + Body +
            "Reporting by Kari Holm; Additional reporting by Per Vik; Editing by Siri Lund\n",
            "Ferry strike ends after crews accept pay offer", "Kari Holm", "2023-11-07", "news"
        },
        {
            "blog post: site name with a tagline, posted date, closing 'Story by' line, blog folder",
            "---\nsource: https://ferrylog.example/blog/the-night-crossing\n---\n" +
            "The Ferry Log — notes from the northern routes\n" +
            "The night crossing\n" +
            "Posted on 2 Apr 2025\n" + Body +
            "Story by Oda Brekke\n" +
            "Leave a comment\n",
            "The night crossing", "Oda Brekke", "2025-04-02", "blog"
        },
        {
            "book review: crawler title with a dash suffix, breadcrumb with the genre before a subsection, heading mark, ISO date",
            "---\ntitle: \"Charting the Northern Routes - Sound & Strait\"\nsource: https://soundandstrait.example/reviews/books/charting-the-northern-routes\n---\n" +
            "Sound & Strait\n" +
            "Home > Reviews > Books\n" +
            "# Charting the Northern Routes\n" +
            "By Mikkel Aas\n" +
            "2025-01-15\n" + Body,
            "Charting the Northern Routes", "Mikkel Aas", "2025-01-15", "review"
        },
        {
            "media release label, date, media contact line at the end",
            "Harbour Board of Vestvik\n" +
            "Media release\n" +
            "Harbour board approves winter timetable\n" +
            "8 April 2024\n" + Body +
            "Media contact: Communications team, 555 0100\n",
            "Harbour board approves winter timetable", "-", "2024-04-08", "press release"
        },
    };

    [Theory]
    [MemberData(nameof(FittedCases))]
    public void Reads_the_metadata_of_pages_the_rules_were_built_on(string shape, string page, string title, string authors, string date, string kind) =>
        AssertReads(shape, page, title, authors, date, kind);

    [Theory]
    [MemberData(nameof(UnseenCases))]
    public void Reads_the_metadata_of_pages_written_after_the_rules(string shape, string page, string title, string authors, string date, string kind) =>
        AssertReads(shape, page, title, authors, date, kind);

    private static void AssertReads(string shape, string page, string title, string authors, string date, string kind)
    {
        // Given: as in SeedStage, the crawler block is read and blanked first
        var (crawler, text) = CrawlerFrontMatter.Read(TextFile.Normalize(page));

        // When
        var result = new WebScrapeFormat().Read(text, new RawSource("seeds/case.txt") { Crawler = crawler, Url = crawler?.Url?.Value });
        var drafts = crawler is null ? result.Drafts : CrawlerMetadataApplier.Apply(result.Drafts, crawler, "seeds/case.txt", new List<Diagnostic>());

        // Then
        var d = Assert.Single(drafts);
        var got = $"{d.Title} / {(d.Authors.Count == 0 ? "-" : string.Join("; ", d.Authors))} / {d.Date?.ToString("yyyy-MM-dd") ?? "-"} / {d.Kind ?? "-"}";
        Assert.True($"{title} / {authors} / {date} / {kind}" == got, $"{shape}: got {got}");
        Assert.Contains("Island councillors said", d.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Editing by", d.Body, StringComparison.Ordinal);
    }
}
