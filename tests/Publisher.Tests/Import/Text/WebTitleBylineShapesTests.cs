using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Titles and bylines of scraped pages in places the first readers did not expect: bylines naming no person, roles
/// before names, affiliation marks, an authors block or a post footer after the text, an email's subject, a site's
/// name after the title, a title in capitals or under a notice number. All text invented.
/// </summary>
public class WebTitleBylineShapesTests
{
    [Theory]
    [InlineData("By the Editorial Board")]
    [InlineData("BY OUR CORRESPONDENT")]
    [InlineData("By Staff")]
    [InlineData("By the editors")]
    [InlineData("By Our Special Correspondent")]
    public void A_byline_naming_no_person_is_collective(string line) => Assert.True(CollectiveByline.Is(line));

    [Theory]
    [InlineData("By Ottilie Brandvold")]
    [InlineData("By the river, a long wait for the ferry.")]
    [InlineData("Byline")]
    [InlineData("By the numbers: 14 ports, 3 strikes")]
    public void A_named_byline_or_a_heading_is_not_collective(string line) => Assert.False(CollectiveByline.Is(line));

    [Theory]
    [InlineData("Correspondent Halvard Mikkelsen-Ruiz", "Halvard Mikkelsen-Ruiz")]
    [InlineData("Senior Reporter Ama Okonjo", "Ama Okonjo")]
    [InlineData("By Staff Writer Petra Lindqvist", "Petra Lindqvist")]
    [InlineData("Teodor Vance | Columnist", "Teodor Vance")]
    [InlineData("Ilse Marrow a, Benedikt Oro b & Sunniva Thal a", "Ilse Marrow|Benedikt Oro|Sunniva Thal")]
    [InlineData("Ilse Marrow^1, Benedikt Oro^2", "Ilse Marrow|Benedikt Oro")]
    [InlineData("Compiled and translated by Jora Feltmann", "Jora Feltmann")]
    [InlineData("Sorcha Delaney-Obi 1, Ivo Marsh-Tanaka 2 *, Pell Okafor 1", "Sorcha Delaney-Obi|Ivo Marsh-Tanaka|Pell Okafor")]
    public void Bylines_in_new_shapes(string line, string names) =>
        Assert.Equal(names.Split('|'), Byline.Read(line, allowBare: true)!.Names);

    [Theory]
    [InlineData("Ilse Marrow a Department")]
    [InlineData("Coastal Fisheries a Review")]
    public void A_letter_inside_a_heading_is_no_affiliation_mark(string line) => Assert.False(AffiliationMarks.Strip(line).Marked);

    [Theory]
    [InlineData("a Department of Harbour Studies, University of Tessel, Tessel")]
    [InlineData("² Institute for Coastal Law, Marnby")]
    public void Affiliation_lines(string line) => Assert.True(AffiliationMarks.IsAffiliationLine(line));

    [Fact]
    public void An_authors_block_after_the_text_gives_each_name_with_its_role_and_office()
    {
        var block = AuthorsBlock.Read(["Authors", "Rosalind Ekwueme", "Partner, Tessel", "+00 12 555 0199", "Mats Grünewald", "Associate, Marnby", "This note is general information only and is not advice."]);
        Assert.NotNull(block);
        Assert.Equal(["Rosalind Ekwueme", "Mats Grünewald"], block.Names);
        Assert.Equal(6, block.Lines);
    }

    [Fact]
    public void An_authors_label_over_prose_is_no_authors_block() =>
        Assert.Null(AuthorsBlock.Read(["Authors", "Authors who wish to submit should read the guidelines first."]));

    [Theory]
    [InlineData("Posted in Archives, Events  |  Corentin Bahl, Head Archivist  |  4 Comments", "Corentin Bahl")]
    [InlineData("Filed under News · by Elin Sarafova · 3 March 2026", "Elin Sarafova")]
    public void A_post_footer_line_names_the_author(string line, string names) =>
        Assert.Equal(names.Split('|'), PostFooterLine.Read(line)!.Names);

    [Fact]
    public void A_post_footer_without_a_name_gives_none() => Assert.Null(PostFooterLine.Read("Posted in Archives | 4 Comments"));

    [Theory]
    [InlineData("Categories: Analysis, Ostrava Valley", "analysis")]
    [InlineData("Filed under: Interviews · Harbours", "interview")]
    [InlineData("Posted in Dockside, Op-eds  |  2 Comments", "op-ed")]
    [InlineData("Category: Harbour life, Explainers", "explainer")]
    public void A_post_s_category_line_names_its_genre(string line, string kind) => Assert.Equal(kind, PostFooterLine.Genre(line)?.Kind);

    [Theory]
    [InlineData("Categories: Borders, Trade, Smuggling")] // topics only
    [InlineData("Category: Society News, Lectures")] // a blog's catch-all news category
    [InlineData("Tags: analysis, ferries")] // tags are no categories
    [InlineData("Posted in Archives | 4 Comments")]
    public void A_category_line_of_topics_names_no_genre(string line) => Assert.Null(PostFooterLine.Genre(line));

    [Theory]
    [InlineData("Subject: [Lantern] Weekly Port Digest: Northern Quays - 04.03.2027", "Weekly Port Digest: Northern Quays")]
    [InlineData("Subject: Re: Fwd: Harbour fees for spring", "Harbour fees for spring")]
    public void An_email_subject_names_the_piece(string line, string subject) => Assert.Equal(subject, EmailHeaderLine.Subject(line));

    [Theory]
    [InlineData("Mending the old lock gates – Canal Heritage Trust", "Mending the old lock gates")]
    [InlineData("Mending the old lock gates | canalheritage.example", "Mending the old lock gates")]
    [InlineData("Mending the old lock gates – a volunteer's diary", "Mending the old lock gates – a volunteer's diary")]
    public void A_site_name_after_the_title_is_left_out(string title, string expected) =>
        Assert.Equal(expected, TitleSiteSuffix.Strip(title, ["Canal Heritage Trust"], "https://canalheritage.example/blog/x").Title);

    [Theory]
    [InlineData("Port Authority|ENFORCEMENT NOTICE EN-2027/12|Withdrawal of the berth licence of two barge operators|Date of notice: 2027-03-02|The authority has withdrawn the berth licences of two barge operators after repeated breaches of the mooring rules at the northern quay.", 2)]
    [InlineData("The Marnby Herald|OPINION|WE MUST KEEP THE FERRIES RUNNING IN WINTER|By the Editorial Board|Tuesday, 2 March 2027|Every winter the council proposes to cut the ferry timetable, and every winter the islanders explain again why they cannot live without it.", 2)]
    [InlineData("From: Lantern Monitoring <digest@lantern.example>|Subject: [Lantern] Weekly Port Digest: Northern Quays - 04.03.2027|View this email in your browser|LANTERN MONITORING|Weekly Port Digest: Northern Quays|No. 31 | 04.03.2027|This digest summarises what the harbour's public notices and local channels said about the northern quays this week.", 4)]
    public void Titles_under_notice_numbers_over_collective_bylines_and_in_emails(string lines, int expected)
    {
        var texts = lines.Split('|').Select(l => l.Trim()).ToList();
        // "No. 31 | 04.03.2027" holds a bar: rejoin it.
        if (texts.Contains("No. 31")) { var k = texts.IndexOf("No. 31"); texts[k] = "No. 31 | 04.03.2027"; texts.RemoveAt(k + 1); }
        var subject = texts.Select(EmailHeaderLine.Subject).OfType<string>().FirstOrDefault();
        Assert.Equal(expected, PageTitle.Choose(texts, new PageTitleHints(subject, [], null))!.Index);
    }

    [Fact]
    public void A_page_in_capitals_gets_its_title_in_title_case_and_no_author_from_a_collective_byline()
    {
        var text = "The Marnby Herald\nOPINION\nWE MUST KEEP THE FERRIES RUNNING IN WINTER\nBy the Editorial Board\nTuesday, 2 March 2027\n"
            + "Every winter the council proposes to cut the ferry timetable, and every winter the islanders explain again why they cannot live without it.\n"
            + "This year the argument is the same, and so is our answer: the ferries are the islands' road, and nobody would close a road for the winter.\n";
        var draft = new WebScrapeFormat().Read(text, new RawSource("seeds/x.txt")).Drafts.Single();
        Assert.Equal("We Must Keep the Ferries Running in Winter", draft.Title);
        Assert.Empty(draft.Authors);
        Assert.Equal(new DateOnly(2027, 3, 2), draft.Date);
    }

    [Fact]
    public void An_opinion_page_with_a_sentence_title_a_standfirst_and_a_role_byline()
    {
        var text = "THE MARNBY HERALD\nNews  Opinion  Sport\nOPINION · COLUMN\nThe ferries are a road. Treat them like one\n"
            + "Closing the winter timetable would cut the islands off for months, and the savings are smaller than the council claims.\n"
            + "Teodor Vance | Columnist\n2 Mar 2027, 08:15\n"
            + "Every winter the council proposes to cut the ferry timetable, and every winter the islanders explain again why they cannot live without it.\n"
            + "© The Marnby Herald 2027\n";
        var draft = new WebScrapeFormat().Read(text, new RawSource("seeds/x.txt")).Drafts.Single();
        Assert.Equal("The ferries are a road. Treat them like one", draft.Title);
        Assert.Equal(["Teodor Vance"], draft.Authors);
        Assert.Equal(new DateOnly(2027, 3, 2), draft.Date);
    }
}

/// <summary>Forum tags and a details block after the text. All text invented.</summary>
public class WebTitleTagAndDetailsTests
{
    [Theory]
    [InlineData("[Question] How do the lock keepers share the night shifts?", "How do the lock keepers share the night shifts?")]
    [InlineData("[VIDEO] Barges return to the upper canal", "Barges return to the upper canal")]
    [InlineData("[1] A note", "[1] A note")]
    public void A_bracketed_tag_before_a_title_is_left_out(string line, string expected) => Assert.Equal(expected, TitleTag.Strip(line).Title);

    [Fact]
    public void A_details_block_gives_publication_volume_issue_date_and_author()
    {
        var block = DetailsBlock.Read(["Article details", "Publication: Canal Quarterly", "Volume: XII", "Issue: 3", "Published: 2 March 2027", "Authors: Ilse Marrow and Benedikt Oro", "Ilse Marrow is a historian of inland shipping."]);
        Assert.NotNull(block);
        Assert.Equal(("Canal Quarterly", 12, 3, new DateOnly(2027, 3, 2)), (block.Publication, block.Volume, block.Issue, block.Date!.Date));
        Assert.Equal(["Ilse Marrow", "Benedikt Oro"], block.Authors);
        Assert.Equal(6, block.Lines);
    }

    [Fact]
    public void A_details_heading_over_prose_is_no_details_block() =>
        Assert.Null(DetailsBlock.Read(["Details", "The details of the scheme were published in March.", "Note: the council has not voted."]));

    [Fact]
    public void A_monitor_web_page_takes_its_issue_from_the_details_block_after_the_text()
    {
        var text = "Programs   Publications   About\nInland Waterways · Security\nWho Pays the Lock Keepers When the Canal Closes\n"
            + "Most of the upper canal's lock keepers have not been paid since the winter closure began, and the gap is being filled by people the authority would rather not name.\n"
            + "The authority says the closure is temporary, but the keepers have heard that before, and some have started charging barges directly for passage.\n"
            + "Details\nPublication: Canal Monitor\nVolume: 7\nIssue: 4\nPublished: March 2, 2027 08:00 AM\nAuthor: Benedikt Oro\n"
            + "Benedikt Oro is a researcher on inland shipping.\n";
        var draft = new WebScrapeFormat().Read(text, new RawSource("seeds/x.txt")).Drafts.Single();
        Assert.Equal("Who Pays the Lock Keepers When the Canal Closes", draft.Title);
        Assert.Equal(["Benedikt Oro"], draft.Authors);
        Assert.Equal((new DateOnly(2027, 3, 2), "Canal Monitor", 7, 4), (draft.Date, draft.Publication, draft.Volume, draft.Issue));
        Assert.DoesNotContain("Publication:", draft.Body, StringComparison.Ordinal);
    }
}
