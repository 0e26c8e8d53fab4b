using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// The head of a scraped page (issue 6): which line is the headline and which name the authors, when the lines under
/// the headline are role cards, reporters with their places, an event's details, a guest post's credit or a site
/// account. Invented text throughout.
/// </summary>
public class PageHeadBlockTests
{
    [Theory]
    [InlineData("Ruta Mavrogeni, Head of Platform Integrity", "Ruta Mavrogeni")]
    [InlineData("Dr Ossian Pell, Senior Research Fellow", "Ossian Pell")]
    [InlineData("Kofi Ansah-Berg, Lead Analyst, Maritime Risk and Insurance", "Kofi Ansah-Berg")]
    [InlineData("Lidia Marchetti — Programme Manager", "Lidia Marchetti")]
    public void A_role_card_gives_the_name_without_the_role(string line, string name) =>
        Assert.Equal(name, RoleCard.Read(line));

    [Theory]
    [InlineData("Floods, Fires and Drought")]
    [InlineData("Why the Harbour Matters, Again")]
    [InlineData("Ruta Mavrogeni said the platform would act.")]
    [InlineData("Take the Lead, Says the Minister")]
    public void Other_lines_are_no_role_cards(string line) => Assert.Null(RoleCard.Read(line));

    [Theory]
    [InlineData("Research Lead")]
    [InlineData("Head of Threat Intelligence")]
    [InlineData("Lead Investigator, Harmful Networks")]
    [InlineData("Staff writer")]
    public void Role_lines_name_a_job(string line) => Assert.True(AuthorRoleLine.Is(line));

    [Theory]
    [InlineData("Take the Lead")]
    [InlineData("Heads of state meet in Lusaka")]
    public void Phrases_with_a_job_word_inside_are_no_role_lines(string line) => Assert.False(AuthorRoleLine.Is(line));

    [Theory]
    [InlineData("Marit Oyelowo in Kisumu and Dev Rangan in Mombasa", "Marit Oyelowo; Dev Rangan")]
    [InlineData("Anouk Février in Dakar, Sefa Mensah in Accra and Lior Abend", "Anouk Février; Sefa Mensah; Lior Abend")]
    public void Reporters_with_their_places_are_a_byline(string line, string names) =>
        Assert.Equal(names, string.Join("; ", PlacedNames.Read(line)!));

    [Theory]
    [InlineData("Floods Return in Beira")]
    [InlineData("Fighting in Kivu and talks in Nairobi")]
    [InlineData("Marit Oyelowo in Kisumu")]
    public void Headlines_with_places_are_no_placed_byline(string line) => Assert.Null(PlacedNames.Read(line));

    [Theory]
    [InlineData("Panel: Aino Lepp (port of Tallinn), Jorge Saavedra (ferry operator), moderated by Hana Ibsen", true)]
    [InlineData("Speakers: Aino Lepp, Jorge Saavedra", true)]
    [InlineData("Session: \"Ports under pressure\" · 3 May 2027 · Hall B", true)]
    [InlineData("Aino Lepp (port of Tallinn), Jorge Saavedra (ferry operator), chaired by Hana Ibsen", true)]
    [InlineData("What port operators learnt from the ferry attack", false)]
    public void Event_details_lines(string line, bool expected) => Assert.Equal(expected, SessionDetailsLine.Is(line));

    [Theory]
    [InlineData("Open the incident map →", true)]
    [InlineData("Explore the shipping dashboard", true)]
    [InlineData("Download the full report (PDF)", true)]
    [InlineData("Access denied to ferry crews at the border", false)]
    [InlineData("Ferry crews denied access at the border", false)]
    public void Calls_to_action(string line, bool expected) => Assert.Equal(expected, CallToAction.Is(line));

    [Theory]
    [InlineData("Centre Admin", true)]
    [InlineData("admin", true)]
    [InlineData("Web Team", true)]
    [InlineData("Hana Ibsen", false)]
    [InlineData("Adminah Sule", false)]
    public void Content_system_accounts(string name, bool expected) => Assert.Equal(expected, CmsAccountName.Is(name));

    private const string Body =
        "The ferry operators met on Tuesday to agree new checks on vehicles boarding at the southern terminal, after two years of warnings.\n" +
        "Inspectors said the checks had already changed how long lorries waited at the gate in the first week of operation.\n" +
        "The port authority will publish its first review of the checks in the spring, officials said.\n";

    public static TheoryData<string, string, string, string> Pages => new()
    {
        {
            "headline, standfirst, two role cards, date",
            "Harbour Watch Blog\nNews   Safety   Company\n\n" +
            "How we removed a network selling forged boarding passes\n\n" +
            "Our quarterly integrity report describes the removal of 900 accounts that sold forged passes to travellers.\n\n" +
            "Ruta Mavrogeni, Head of Platform Integrity\nKofi Ansah-Berg, Lead Analyst, Fraud and Abuse\n\n" +
            "March 4, 2027  ·  5 min read\n\n" + Body,
            "How we removed a network selling forged boarding passes", "Ruta Mavrogeni; Kofi Ansah-Berg"
        },
        {
            "headline, standfirst, reporters with their places, date",
            "The Coastal Review\nSign in   |   Subscribe\n\nWorld | Explainer\n\n" +
            "Five years of the ferry strikes: a timeline\n\n" +
            "From a walkout at one terminal to a dispute that closed three ports, how the strikes unfolded\n\n" +
            "Marit Oyelowo in Kisumu and Dev Rangan in Mombasa\n\n" +
            "Wed 3 Mar 2027 08.00 GMT\n\n" + Body,
            "Five years of the ferry strikes: a timeline", "Marit Oyelowo; Dev Rangan"
        },
        {
            "call to action over the headline, report month in the headline, name over its role",
            "HARBOUR DATA PROJECT\nData   Maps   About\nOpen the incident map →\n\nReports › Monthly\n\n" +
            "Port Incidents Review: February 2027\n\n5 March 2027\n\nSelin Avcı-Moreau\nPorts Research Lead\n\n" + Body,
            "Port Incidents Review: February 2027", "Selin Avcı-Moreau"
        },
        {
            "recap: session and panel lines between the headline and 'Words by'",
            "PORTSEC 2027  |  Port Security Forum\nProgramme   Speakers   Register   Login\n\nRECAPS  /  DAY 1\n\n" +
            "Ferries after Klaipėda: what terminal managers told us about vehicle checks\n\n" +
            "Session: \"Checks at the gate\" · 3 May 2027 · Hall B\n" +
            "Panel: Aino Lepp (port of Tallinn), Jorge Saavedra (ferry operator), moderated by Hana Ibsen\n\n" +
            "Words by Tobiah Okafor-Lind  ·  6 May 2027\n\n" + Body,
            "Ferries after Klaipėda: what terminal managers told us about vehicle checks", "Tobiah Okafor-Lind"
        },
        {
            "blog posted by the site's account, guest post credit under it",
            "Institute for Port Studies\nAbout | People | Blog\n\nBlog\n\n" +
            "What the Klaipėda ferry trial tells us about lone attackers\n\n" +
            "Posted on 3 May 2027 by Site Admin\n\nGuest post by Dr Ilse Marwood-Quint\n\n" + Body,
            "What the Klaipėda ferry trial tells us about lone attackers", "Ilse Marwood-Quint"
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_headline_and_authors_of_a_page_head(string shape, string page, string title, string authors)
    {
        var (crawler, text) = CrawlerFrontMatter.Read(TextFile.Normalize(page));

        var result = new WebScrapeFormat().Read(text, new RawSource("seeds/case.txt") { Crawler = crawler });

        var d = Assert.Single(result.Drafts);
        Assert.True($"{title} / {authors}" == $"{d.Title} / {string.Join("; ", d.Authors)}", $"{shape}: got {d.Title} / {string.Join("; ", d.Authors)}");
        Assert.Contains("Inspectors said", d.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Words: Tiago Ferreira-Lund   |   Photographs: Oona Kettunen", "Tiago Ferreira-Lund")]
    [InlineData("Rapporteur: Efua Daniels-Roth", "Efua Daniels-Roth")]
    [InlineData("Text: Marek Soltys", "Marek Soltys")]
    public void Labelled_credits_name_the_writer_not_the_photographer(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line)!.Names));

    [Fact]
    public void A_byline_naming_only_the_site_account_sets_no_author_and_says_so()
    {
        var page = "Institute for Port Studies\nBlog\n\nWhat the ferry trial tells us\n\nPosted on 3 May 2027 by Centre Admin\n\n" + Body;

        var result = new WebScrapeFormat().Read(TextFile.Normalize(page), new RawSource("seeds/case.txt"));

        var d = Assert.Single(result.Drafts);
        Assert.Empty(d.Authors);
        Assert.Contains(result.Diagnostics, x => x.Code == DiagnosticCodes.ImportCmsAccountAuthor);
        Assert.Contains(result.Actions, a => a.Detail.Contains("Centre Admin", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_name_between_the_title_and_the_publication_line_is_the_byline()
    {
        var page = "Skip to main content\nRIVERSIDE INSTITUTE\n\nHarbour Monitor / Europe\n\n" +
            "Ferry Tolls and Forged Passes: How Smugglers Tax the Crossing\n\nAnsel Corrigan\n\n" +
            "Publication: Harbour Monitor   Volume: 4   Issue: 9\n\n" + Body;

        var result = new WebArticleFormat().Read(TextFile.Normalize(page), new RawSource("seeds/case.txt"));

        var d = Assert.Single(result.Drafts);
        Assert.Equal("Ferry Tolls and Forged Passes: How Smugglers Tax the Crossing", d.Title);
        Assert.Equal(["Ansel Corrigan"], d.Authors);
    }

    [Fact]
    public void A_title_saved_as_a_markdown_heading_loses_its_mark()
    {
        var page = "[Skip to content](#main)\n\nHarbour Monitor · Events · Donate\n\n" +
            "# Ferry Tolls and Forged Passes: How Smugglers Tax the Crossing\n\n" +
            "Publication: Harbour Monitor   Volume: 4   Issue: 9\n\nBy: Ansel Corrigan\n\n" + Body;

        var result = new WebArticleFormat().Read(TextFile.Normalize(page), new RawSource("seeds/case.txt"));

        Assert.Equal("Ferry Tolls and Forged Passes: How Smugglers Tax the Crossing", Assert.Single(result.Drafts).Title);
    }
}
