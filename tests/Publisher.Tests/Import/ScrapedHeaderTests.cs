using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;

namespace Publisher.Tests.Import;

/// <summary>
/// Invented page headers in many shapes (written after the rules, not fitted to): the scrape reader must find the
/// title by evidence, the authors, date, kind and the site's name, and drop what stands above the title.
/// </summary>
public class ScrapedHeaderTests
{
    private const string Body =
        "The river authority opened the new flood gates on Tuesday after three years of construction and two changes of contractor.\n" +
        "Farmers downstream said the gates had already changed how much water reached their fields in the first week of operation.\n" +
        "The authority will publish its first report on the gates in the autumn, officials said.\n";

    public static TheoryData<string, string, string, string, string, string, string> Cases => new()
    {
        {
            "an issue's section name in capitals right over the title (the web version of a monitor's feature), address filed under analysis",
            "---\nsource: https://www.lowland-courier.example/analysis/flood-gates-delta\n---\n" +
            "This site uses cookies so that we can remember you. Find out more in our cookie policy. Got it\n" +
            "Lowland Courier\n" +
            "News · Analysis · Sport · Weather\n" +
            "IN FOCUS\n" +
            "Gates, dykes and the long fight for the delta\n" +
            "March 12, 2024 | Pieter Van Aalst | 5 min read\n" + Body,
            "Gates, dykes and the long fight for the delta", "Pieter Van Aalst", "2024-03-12", "feature", "Lowland Courier"
        },
        {
            "cookie banner, dotted menu, site name line matching the address, OPINION label, dated names line",
            "---\nsource: https://www.lowland-courier.example/opinion/flood-gates\n---\n" +
            "This site uses cookies so that we can remember you. Find out more in our cookie policy. Got it\n" +
            "Lowland Courier\n" +
            "News · Opinion · Sport · Weather\n" +
            "OPINION\n" +
            "The flood gates will not save the delta on their own\n" +
            "March 12, 2024 | Pieter Van Aalst and Greta Holm | 5 min read\n" + Body,
            "The flood gates will not save the delta on their own", "Pieter Van Aalst; Greta Holm", "2024-03-12", "opinion", "Lowland Courier"
        },
        {
            "breadcrumb ending with the title, no separate title line, By NAME | date",
            "Home » Environment » Gates on the lower river open after three years\n" +
            "By Ines Carvalho | 2 June 2022\n" + Body +
            "© 2022 Riverside Herald Ltd. All rights reserved.\n",
            "Gates on the lower river open after three years", "Ines Carvalho", "2022-06-02", "feature", "Riverside Herald"
        },
        {
            "skip link, sign-in bar, site name in capitals, standfirst, honorific byline, date with reading time",
            "Skip to content\n" +
            "Sign in | Register\n" +
            "THE DELTA OBSERVER\n" +
            "Commentary\n" +
            "What the new flood gates mean for the farmers downstream\n" +
            "The gates are a feat of engineering. Whether they help the farmers is another matter.\n" +
            "By Dr. Amara Osei and Prof. Lukas Brandt\n" +
            "12 March 2024 · 4 min read\n" + Body +
            "© 2024 The Delta Observer. All rights reserved.\n",
            "What the new flood gates mean for the farmers downstream", "Amara Osei; Lukas Brandt", "2024-03-12", "commentary", "The Delta Observer"
        },
        {
            "crawler title with a dash suffix, menu words, a '# ' heading, posted on … by",
            "---\ntitle: \"River authority opens the gates - Valley Notes\"\nurl: https://valleynotes.example/p/river-authority-opens-the-gates\n---\n" +
            "Valley Notes\n" +
            "Menu\n" +
            "Search\n" +
            "# River authority opens the gates\n" +
            "Posted on 2 June 2022 by Hanne Solberg\n" + Body,
            "River authority opens the gates", "Hanne Solberg", "2022-06-02", "feature", "Valley Notes"
        },
        {
            "bare name under the title with a date under it, section bar with pipes, copyright holder",
            "The Harbour Gazette\n" +
            "Local | Business | Environment | Letters\n" +
            "Flood gates open to mixed reviews from delta farmers\n" +
            "Tomasz Okafor\n" +
            "Tuesday 5 September 2023\n" + Body +
            "Copyright © 2023 The Harbour Gazette. All rights reserved.\n",
            "Flood gates open to mixed reviews from delta farmers", "Tomasz Okafor", "2023-09-05", "feature", "The Harbour Gazette"
        },
        {
            "dotted date with an hour, Analysis label after the byline, crawler title with a bar suffix",
            "---\ntitle: Why the delta gates took three years | Policy Ledger\nsource: https://policyledger.example/analysis/delta-gates\n---\n" +
            "Policy Ledger\n" +
            "Why the delta gates took three years\n" +
            "By Farida Nouri\n" +
            "17.04.2023 | 09:15\n" +
            "Analysis\n" + Body,
            "Why the delta gates took three years", "Farida Nouri", "2023-04-17", "analysis", "Policy Ledger"
        },
        {
            "subscribe prompt above the title, subtitle without a full stop, names with a comma list",
            "Subscribe to our newsletter for weekly updates\n" +
            "Dispatches from the Delta\n" +
            "Three years, two contractors and one set of gates\n" +
            "A short history of the lower river's flood defences\n" +
            "Nadia Rahman, Ole Brekke and Sunita Pillai\n" +
            "April 30, 2023\n" + Body,
            "Three years, two contractors and one set of gates", "Nadia Rahman; Ole Brekke; Sunita Pillai", "2023-04-30", "feature", "-"
        },
        {
            "a breadcrumb whose last-but-one item is a kind label, then the title line",
            "Home / Research / Report / The cost of the delta gates\n" +
            "The cost of the delta gates\n" +
            "By Elin Sandberg\n" +
            "May 9, 2023\n" + Body,
            "The cost of the delta gates", "Elin Sandberg", "2023-05-09", "report", "-"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_header_of_a_scraped_page(string shape, string page, string title, string authors, string date, string kind, string publication)
    {
        // Given: as in SeedStage, the crawler block is read and blanked first
        var (crawler, text) = CrawlerFrontMatter.Read(TextFile.Normalize(page));

        // When
        var format = new WebScrapeFormat();
        var result = format.Read(text, new RawSource("seeds/case.txt") { Crawler = crawler, Url = crawler?.Url?.Value });
        var drafts = crawler is null ? result.Drafts : CrawlerMetadataApplier.Apply(result.Drafts, crawler, "seeds/case.txt", new List<Diagnostic>());

        // Then
        var d = Assert.Single(drafts);
        var got = $"{d.Title} / {string.Join("; ", d.Authors)} / {d.Date?.ToString("yyyy-MM-dd") ?? "-"} / {d.Kind ?? "-"} / {d.Publication ?? "-"}";
        Assert.True($"{title} / {authors} / {date} / {kind} / {publication}" == got, $"{shape}: got {got}");
        // Not asserted: where the body starts. A one-sentence first paragraph under a category label printed after
        // the byline is still read as the label's standfirst (the think-tank shape), as before.
        Assert.Contains("Farmers downstream said", d.Body, StringComparison.Ordinal);
    }
}
