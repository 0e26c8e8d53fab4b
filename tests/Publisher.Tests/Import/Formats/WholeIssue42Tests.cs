using Publisher.Core.Import.Formats;
using static Publisher.Tests.Import.Formats.IssueProse;

namespace Publisher.Tests.Import.Formats;

/// <summary>
/// Email letters in the shapes fitted to issues42-new (thirty-fourth session): contents under a heading in the letter's
/// own words, found because its items are printed again further down; a masthead of a name over the letter's count and
/// a printed date, with no "Date:" in the mail header; a count after a volume in the letter's own word; a byline of a
/// name, the place filed from and the day. Invented text.
/// </summary>
public class WholeIssue42Tests
{
    [Fact]
    public void A_letters_list_of_titles_printed_further_down_is_its_contents_whatever_its_heading()
    {
        var read = new WholeIssueFormat().Read($"""
            From: The Salt Packet <packet@saltpacket.example>
            To: reader@example.org
            Subject: Quays, lamps and a diary

            THE SALT PACKET
            Runner No. 52
            Thursday, 7 July 2039 — Ostmere

            Hello again.

            In the satchel today
            - Lamp thieves work the east quay at low tide
            - Quote of the day
            - Pilots refuse the night tows

            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            Lamp thieves work the east quay at low tide

            Maren Oyelaran-Stoke in Ostmere · 7 July 2039

            {Prose1}

            QUOTE OF THE DAY

            "The tide keeps better hours than the police."

            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            Pilots refuse the night tows

            Our correspondent in Varnhem

            {Prose2}
            """, new RawSource("seeds/letter.txt"));

        var pieces = read.Drafts.Select(d => (d.Title, Authors: string.Join(", ", d.Authors), Date: d.Date?.ToString("yyyy-MM-dd"))).ToList();
        Assert.Equal(
            [
                ("Lamp thieves work the east quay at low tide", "Maren Oyelaran-Stoke", "2039-07-07"),
                ("Pilots refuse the night tows", "", "2039-07-07"),
            ],
            pieces);
        Assert.All(read.Drafts, d => Assert.Equal("The Salt Packet", d.Publication));
        Assert.All(read.Drafts, d => Assert.Null(d.Issue));
        Assert.Contains(read.Dropped, p => p.Kind == "letter's opening" && p.Text == "Hello again.");
    }

    [Fact]
    public void A_count_after_a_volume_in_the_letters_own_word_numbers_the_issue_and_the_mail_dates_it()
    {
        var read = new WholeIssueFormat().Read($"""
            From: Ferrow Notes <notes@ferrow.example>
            To: desk@example.org
            Subject: Volume 3, Bell 19
            Date: Tue, 12 Apr 2039 06:00:00 +0000

            FERROW NOTES
            Vol. 3 · Bell № 19

            On this morning's list:
            1. The ferry ticket forgers of Ard Quay
            2. Customs finds a second boat of cigarettes

            ==========

            The ferry ticket forgers of Ard Quay

            By Hallam Eze-Whitcombe

            {Prose1}

            Customs finds a second boat of cigarettes

            By Ruth Abara-Lind

            {Prose2}
            """, new RawSource("seeds/notes.txt"));

        Assert.Equal(["The ferry ticket forgers of Ard Quay", "Customs finds a second boat of cigarettes"], read.Drafts.Select(d => d.Title));
        Assert.All(read.Drafts, d =>
        {
            Assert.Equal(3, d.Volume);
            Assert.Equal(19, d.Issue);
            Assert.Equal("2039-04-12", d.Date?.ToString("yyyy-MM-dd"));
        });
    }
}
