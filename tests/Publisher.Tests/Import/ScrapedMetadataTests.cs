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
    };

    public static TheoryData<string, string, string, string, string, string> UnseenCases => new();

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
