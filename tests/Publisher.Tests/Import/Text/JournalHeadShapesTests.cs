using System.Globalization;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Head lines of article pages: dates with clocks and ages, lists of names after "By", a journal's head.</summary>
public class JournalHeadShapesTests
{
    [Theory]
    [InlineData("June 9, 2029 11:40 AM Age: 4 days", "2029-06-09", DateRole.Plain)]
    [InlineData("9 June 2029, 08:15  (3 hours ago)", "2029-06-09", DateRole.Plain)]
    [InlineData("Posted 2029-06-09 17:02 · 2 weeks ago", "2029-06-09", DateRole.Posted)]
    [InlineData("Thu, June 7, 2029 9:05 pm | Age: 1 day old", "2029-06-07", DateRole.Plain)]
    [InlineData("Received: 3 May 2029 · Accepted: 1 Aug 2029 · Published online: 2 Sept 2029", "2029-09-02", DateRole.Published)]
    [InlineData("Pages 12-40 | Received 3 May 2029, Revised 9 June 2029, Published 2 Sept 2029", "2029-09-02", DateRole.Published)]
    [InlineData("Submitted: 14 Feb 2029", "2029-02-14", DateRole.Submitted)]
    public void Reads_dates_with_clocks_ages_and_stages(string line, string date, DateRole role)
    {
        var reading = DateLine.Read(line)!;
        Assert.Equal(date, reading.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(role, reading.Role);
    }

    [Theory]
    [InlineData("June 9, 2029 Age of the steppe")]
    [InlineData("June 9, 2029 4 days")]
    [InlineData("Received with thanks on June 9, 2029 from the ministry")]
    public void A_count_without_its_label_or_a_sentence_is_no_date_line(string line) => Assert.Null(DateLine.Read(line));

    [Fact]
    public void The_published_date_outranks_updates_and_stages_before_it()
    {
        Assert.True(DateLine.Rank(DateRole.Published) < DateLine.Rank(DateRole.Updated));
        Assert.True(DateLine.Rank(DateRole.Updated) < DateLine.Rank(DateRole.Submitted));
        Assert.Equal(DateLine.Rank(DateRole.Plain), DateLine.Rank(DateRole.Posted));
    }

    [Theory]
    [InlineData("By: Pavel Orlov, Sanna Mäkelä", "Pavel Orlov; Sanna Mäkelä")]
    [InlineData("By: Pavel Orlov, Sanna Mäkelä and Ivo Brankov", "Pavel Orlov; Sanna Mäkelä; Ivo Brankov")]
    [InlineData("By Pavel Orlov & Sanna Mäkelä", "Pavel Orlov; Sanna Mäkelä")]
    [InlineData("By Pavel Orlov¹ and Sanna Mäkelä²", "Pavel Orlov; Sanna Mäkelä")]
    public void Reads_bylines_of_several_names(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line)!.Names));

    [Theory]
    [InlineData("Oksana Veremii¹ ORCID iD, Harald Brekke² ORCID iD and Lise Aubry¹", "Oksana Veremii; Harald Brekke; Lise Aubry")]
    [InlineData("Oksana Veremii* iD, Harald Brekke† iD", "Oksana Veremii; Harald Brekke")]
    [InlineData("Oksana Veremii (https://orcid.org/0000-0003-1234-567X) and Harald Brekke", "Oksana Veremii; Harald Brekke")]
    [InlineData("Oksana Veremii a ORCID, Harald Brekke b", "Oksana Veremii; Harald Brekke")]
    public void A_journal_byline_is_read_without_marks_and_badges(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line, allowBare: true)!.Names));

    [Theory]
    [InlineData("Oksana Veremii ORCID iD", "Oksana Veremii", true)]
    [InlineData("Oksana Veremii, ORCID: 0000-0003-1234-5678, Harald Brekke", "Oksana Veremii, Harald Brekke", true)]
    [InlineData("[ORCID](https://orcid.org/0000-0003-1234-5678) Oksana Veremii", "Oksana Veremii", true)]
    [InlineData("The Id and the Ego", "The Id and the Ego", false)]
    [InlineData("Student ID cards were checked", "Student ID cards were checked", false)]
    public void Orcid_badges_are_no_part_of_a_name(string line, string text, bool marked)
    {
        var (stripped, found) = OrcidMark.Strip(line);
        Assert.Equal(text, stripped);
        Assert.Equal(marked, found);
    }

    [Theory]
    [InlineData("Research Article", "research article")]
    [InlineData("ORIGINAL ARTICLE", "research article")]
    [InlineData("Research Articles", "research article")]
    [InlineData("Original Research", "research article")]
    public void A_journal_article_type_is_a_kind(string label, string kind) => Assert.Equal(kind, Genres.Of(label));

    [Theory]
    [InlineData("Salt and Iron: Ports of the Old Caspian - Review of Inland Seas - Vol. 4, No. 2", "Review of Inland Seas", 4, 2)]
    [InlineData("Salt and Iron | Quarterly of Port History | Volume 11, Issue 3", "Quarterly of Port History", 11, 3)]
    public void A_page_title_can_name_the_journal_volume_and_issue(string title, string name, int volume, int issue)
    {
        var found = PublicationIssueLine.InTitleSuffix(title)!;
        Assert.Equal((name, volume, issue), (found.Publication, found.Volume, found.Issue));
    }

    [Theory]
    [InlineData("Salt and Iron: Ports of the Old Caspian | Review of Inland Seas")]
    [InlineData("Volume 4, Issue 2")]
    public void A_title_without_numbers_names_no_issue(string title) => Assert.Null(PublicationIssueLine.InTitleSuffix(title));

    [Theory]
    [InlineData("Harbour Today English", "Harbour Today")]
    [InlineData("Gazeta Nova – International Edition", "Gazeta Nova")]
    [InlineData("Kurier Morski in English", "Kurier Morski")]
    [InlineData("Kurier Morski English Service", "Kurier Morski")]
    [InlineData("The Lantern Review", null)]
    [InlineData("English", null)]
    public void An_edition_word_closes_an_outlet_name(string name, string? bare) => Assert.Equal(bare, SiteNameLine.WithoutEdition(name));

    [Fact]
    public void A_crawler_site_name_loses_its_edition_word_when_the_page_prints_the_bare_name()
    {
        string[] lines = ["Deutsch | English", "Kurier Morski", "Independent news from the coast", "Harbour fire under investigation", "Text of the story.", "© Kurier Morski, 2011–2029."];
        Assert.Equal("Kurier Morski", SiteName.Find(lines, "Kurier Morski English", "https://en.kurier-morski.example/a/1", [])!.Name);
        Assert.Equal("Kurier English", SiteName.Find(["Kurier English", "A story", "Text."], "Kurier English", null, [])!.Name);
    }

    [Theory]
    [InlineData("WKXR NewsRadio 1230", "Copyright 2030 WKXR. All rights reserved.")]
    [InlineData("KQTV Lakeside 12 News", "© 2030 KQTV. All rights reserved.")]
    public void A_broadcaster_is_named_by_its_call_sign_and_channel(string logo, string copyright)
    {
        string[] lines = ["Skip to main content", logo, "Listen Live", "Home | Local | Weather", "Fire at grain depot under investigation", "By Ann Lee", "Text of the story.", copyright];
        Assert.Equal(logo, SiteName.Find(lines, null, null, ["Ann Lee"])!.Name);
    }
}
