using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Labels and bylines printed in two languages, a portrait's alternative text over the author's name, counters,
/// dated sittings and an email's subject in a page's head (invented text, issue 6).
/// </summary>
public class BilingualAndPortraitShapesTests
{
    [Theory]
    [InlineData("INHALT / CONTENTS", true)]
    [InlineData("Contents / Sommaire", true)]
    [InlineData("Peace / War in the Highlands of the North: a Long Story", false)]
    [InlineData("Contents", true)]
    public void A_contents_heading_in_two_languages_is_one(string line, bool expected) =>
        Assert.Equal(expected, ContentsHeading.IsMatch(line));

    [Theory]
    [InlineData("Anmerkungen / Notes", true)]
    [InlineData("Fuentes / Sources", true)]
    [InlineData("Notes on a / Not so quiet summer", false)]
    public void A_notes_heading_in_two_languages_is_one(string line, bool expected) =>
        Assert.Equal(expected, EndnoteShapes.IsNotesHeading(line));

    [Theory]
    [InlineData("MITWIRKENDE / CONTRIBUTORS", true)]
    [InlineData("Autores / Contributors", true)]
    [InlineData("Authors / Editors / Translators", false)]
    public void A_contributors_label_in_two_languages_is_one(string line, bool expected) =>
        Assert.Equal(expected, BioLabel.IsLabelLine(line));

    [Theory]
    [InlineData("KURZ / BRIEF", "brief")]
    [InlineData("ANÁLISIS / ANALYSIS", "analysis")]
    public void A_section_label_in_two_languages_names_its_kind(string label, string kind) =>
        Assert.Equal(kind, SectionLabels.KnownKind(label));

    [Theory]
    [InlineData("Von / By Hanne Brückner-Lenz", "Hanne Brückner-Lenz")]
    [InlineData("Por / By Amaru Quispe Huanca", "Amaru Quispe Huanca")]
    [InlineData("By / Par Odile Mbarga", "Odile Mbarga")]
    public void A_byline_with_by_in_two_languages_names_its_author(string line, string name) =>
        Assert.Equal(name, string.Join("; ", Byline.Read(line)!.Names));

    [Fact]
    public void A_bilingual_word_that_is_not_by_is_no_byline() =>
        Assert.Null(Byline.Read("Peace / By the river we waited"));

    [Theory]
    [InlineData("Headshot of Dr Hanne Brückner-Lenz", "Hanne Brückner-Lenz")]
    [InlineData("Portrait of Amaru Quispe", "Amaru Quispe")]
    [InlineData("Profile picture: Odile Mbarga", "Odile Mbarga")]
    public void A_portraits_alternative_text_names_the_person(string line, string name) =>
        Assert.Equal(name, PortraitAlt.Name(line));

    [Theory]
    [InlineData("Photo: Divers of the coast guard at work near the harbour wall")]
    [InlineData("Portrait of a fishing town in decline")]
    public void A_caption_is_no_portraits_alternative_text(string line) => Assert.Null(PortraitAlt.Name(line));

    [Theory]
    [InlineData("Issue 7 · 3 May 2027", 7, "2027-05-03")]
    [InlineData("N° 12 — March 2028", 12, "2028-03-01")]
    [InlineData("No. 4 | Winter 2027", 4, null)]
    public void An_issue_number_with_its_date_is_a_masthead_line(string line, int issue, string? date)
    {
        var read = VolumeIssueLine.IssueAndDate(line);
        if (date is null) { Assert.True(read is null || read.Value.Issue == issue); return; }
        Assert.NotNull(read);
        Assert.Equal(issue, read.Value.Issue);
        Assert.Equal(date, read.Value.Date.Date.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("Issue #212 · Thursday 18 November 2032", true)]
    [InlineData("Issue # 47 — 3 March 2031", true)]
    [InlineData("Issue No. 58 · March 2031", false)]
    [InlineData("Issue 7 · 3 May 2027", false)]
    [InlineData("Volume 4, Issue #3 · May 2027", false)]
    public void A_number_after_a_hash_without_a_volume_is_a_newsletters_send_count(string line, bool sendCount) =>
        Assert.Equal(sendCount, VolumeIssueLine.IsSendCount(line));

    [Fact]
    public void A_numbered_list_item_is_no_masthead_line() =>
        Assert.Null(VolumeIssueLine.IssueAndDate("No. 3 — the ferry operators said in May 2027 that they would strike"));

    [Theory]
    [InlineData("Sitting of Thursday 4 March 2027, Committee room 3, Old Custom House", true)]
    [InlineData("Public hearing held on 9 June 2027, Main hall, Town Hall", true)]
    [InlineData("Hearing of the case resumed on 9 June 2027, when the judge said the evidence was weak.", false)]
    public void A_sitting_with_its_date_and_room_is_event_details(string line, bool expected) =>
        Assert.Equal(expected, SessionDetailsLine.Is(line));

    [Theory]
    [InlineData("Update 3: the clinic reopens", "Update 3", true)]
    [InlineData("Update 3: the clinic reopens", "Update 30", false)]
    [InlineData("Update 3", "Update 3", false)]
    public void An_email_subject_extends_the_line_that_starts_it(string subject, string line, bool expected) =>
        Assert.Equal(expected, EmailHeaderLine.Extends(subject, line));

    private const string Body =
        "The harbour authority opened the new breakwater on Tuesday after three years of construction and two changes of contractor.\n" +
        "Fishermen said the breakwater had already changed how the swell reached their moorings in the first week.\n" +
        "The authority will publish its first report on the breakwater in the autumn, officials said.\n";

    public static TheoryData<string, string, string, string> Pages => new()
    {
        {
            "a view counter between the date and the text is never the title",
            "REGIONAL PORT AUTHORITY OF LOWMERE\nHome | Authority | Ports | News | Contact\nNEWS\n" +
            "Breakwater opens at the western harbour after three years of works\n02.05.2027 10:15\nViews: 3 208\n" + Body,
            "Breakwater opens at the western harbour after three years of works", "-"
        },
        {
            "a dated sitting line under the title is the event's details, not the title",
            "Lowmere Harbour Board\nHome | Board | Meetings | Contact\n" +
            "Meeting note: Board meeting 14 – Friday 7 May 2027\n" +
            "Sitting of Friday 7 May 2027, Board room, Harbour House\n" + Body,
            "Meeting note: Board meeting 14 – Friday 7 May 2027", "-"
        },
        {
            "a portrait's alternative text over the author's name and role, under the date",
            "---\ntitle: \"The breakwater is only half the answer | Lowmere Institute\"\nauthor: Web Team\n---\n" +
            "Lowmere Institute\nCOMMENTARY\nThe breakwater is only half the answer\n4 May 2027\n" +
            "Headshot of Dr Ilse Varga-Nuñez\nDr Ilse Varga-Nuñez\nSenior Research Fellow, Coastal Programme\n" + Body,
            "The breakwater is only half the answer", "Ilse Varga-Nuñez"
        },
        {
            "an email whose body repeats its subject shortened",
            "From: Harbour Friends <news@harbour-friends.example>\nTo: members@lists.harbour-friends.example\n" +
            "Subject: News from the quay and the moorings: the breakwater opens\n\nHARBOUR FRIENDS\nNews from the quay and the moorings\n\nDear members,\n\n" + Body,
            "News from the quay and the moorings: the breakwater opens", "-"
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Reads_the_head_of_a_page(string shape, string page, string title, string authors)
    {
        // Given: as in SeedStage, the crawler block is read and blanked first
        var (crawler, text) = CrawlerFrontMatter.Read(TextFile.Normalize(page));

        // When
        var result = new WebScrapeFormat().Read(text, new RawSource("seeds/case.txt") { Crawler = crawler, Url = crawler?.Url?.Value });
        var drafts = crawler is null ? result.Drafts : CrawlerMetadataApplier.Apply(result.Drafts, crawler, "seeds/case.txt", new List<Diagnostic>());

        // Then
        var d = Assert.Single(drafts);
        var got = $"{d.Title} / {(d.Authors.Count == 0 ? "-" : string.Join("; ", d.Authors))}";
        Assert.True($"{title} / {authors}" == got, $"{shape}: got {got}");
        Assert.Contains("Fishermen said the breakwater", d.Body, StringComparison.Ordinal);
    }
}
