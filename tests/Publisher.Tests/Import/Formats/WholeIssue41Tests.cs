using Publisher.Core.Import.Formats;
using static Publisher.Tests.Import.Formats.IssueProse;

namespace Publisher.Tests.Import.Formats;

/// <summary>
/// Whole issues in the shapes fitted in the thirty-third session: an email letter whose contents are a bulleted list
/// under "This week:", so a piece of a run with no byline still opens where the list names it; a plural genre noun the
/// catalogue does not know heads a run though the contents list each piece; a collection's label over one short piece
/// makes it a brief, however long the letter's foot under it. Invented text.
/// </summary>
public class WholeIssue41Tests
{
    [Fact]
    public void An_email_letters_contents_under_this_week_open_each_listed_piece_and_its_labels_give_their_kinds()
    {
        var read = new WholeIssueFormat().Read($"""
            From: The Slipway Letter <desk@slipway.example>
            To: reader@postbox.example
            Subject: Mailing no. 31: tunnels, the moon tax, new cutters
            Date: Tue, 4 Oct 2039 07:10:00 +0000

            THE SLIPWAY LETTER
            Mailing no. 31
            Ports and the people who work them

            Hello all,

            This week:
            - Tunnels under the Kelvar salt works
            - The moon tax of the outer banks
            - Two cutters for the Pellam station

            ++++++++++++++++++++++++++++++++++++++++

            DISPATCHES

            Tunnels under the Kelvar salt works
            Odile Marchetti-Vane
            Our correspondent in Kelvar

            {Prose1}

            The moon tax of the outer banks

            {Prose2}

            Tobias Renn-Akande / Dosso

            ++++++++++++++++++++++++++++++++++++++++

            ALSO THIS WEEK

            Two cutters for the Pellam station

            The coast guard has ordered two cutters for its station at Pellam, the first new boats there in a decade. They are
            due in the autumn and will patrol the outer banks at night, when the fishing crews say they are needed most.

            ++++++++++++++++++++++++++++++++++++++++

            That's all from the slipway this week.

            With best wishes,
            Rosa Penhallow and the Slipway team

            Forwarded this by a friend? Get your own copy at slipway.example/join
            Leave the list: https://slipway.example/leave
            Change your preferences: https://slipway.example/prefs
            The Slipway Letter, 3 Net Loft Yard, Kelvar
            """, new RawSource("seeds/letter.txt"));

        Assert.Equal(
            [
                ("Tunnels under the Kelvar salt works", "Odile Marchetti-Vane", "dispatch"),
                ("The moon tax of the outer banks", "Tobias Renn-Akande", "dispatch"),
                ("Two cutters for the Pellam station", "", "brief"),
            ],
            read.Drafts.Select(d => (d.Title, string.Join(", ", d.Authors), d.Kind)));
        Assert.Equal(new DateOnly(2039, 10, 4), read.Drafts[0].Date);
        Assert.DoesNotContain("That's all", read.Drafts[2].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave the list", read.Drafts[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Reviews_listed_on_one_contents_line_each_under_its_books_details_and_its_reviewers_byline()
    {
        var read = new WholeIssueFormat().Read($"""
            KELVAR COAST MONITOR
            Issue 12 | Volume 3
            Tuesday 15 November 2039

            In this issue
            Analysis — The Salt Works Tunnels, 1
            Reviews — The Quiet Harbour: Navies and Smugglers, 3; Ports of Call, 4

            ANALYSIS

            The Salt Works Tunnels

            By Ines Calloway

            {Prose1}

            REVIEWS

            The Quiet Harbour: Navies and Smugglers
            Edited by Hedda Varn and Kofi Ashdown-Lee. Sorrel Academic, 2039. xii + 344 pp.

            Reviewed by Capt. (N) Amara Quill

            {Prose2}

            Ports of Call
            By Ilario Bencini-Kaur. Farrow Press, 2038. 212 pp.

            Reviewed by Dr. Rhian ap Gruffydd

            {Prose1.Replace("Smugglers", "Divers", StringComparison.Ordinal)}
            """, new RawSource("seeds/issue.txt"));

        Assert.Equal(
            [
                ("The Salt Works Tunnels", "Ines Calloway", "analysis"),
                ("The Quiet Harbour: Navies and Smugglers", "Amara Quill", "review"),
                ("Ports of Call", "Rhian ap Gruffydd", "review"),
            ],
            read.Drafts.Select(d => (d.Title, string.Join(", ", d.Authors), d.Kind)));
        Assert.Contains(read.Dropped, d => d.Kind == "reviewed book's details" && d.Text.StartsWith("By Ilario", StringComparison.Ordinal));
    }
}
