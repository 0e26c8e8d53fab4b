using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;
using static Publisher.Tests.Import.Formats.IssueProse;

namespace Publisher.Tests.Import.Formats;

/// <summary>
/// Whole issues in the shapes fitted to issues39-new (thirty-first session): briefs listed together on one contents line,
/// a byline with the author's role after a comma. Invented text.
/// </summary>
public class WholeIssue39Tests
{
    [Fact]
    public void Briefs_listed_together_on_one_contents_line_are_entries_of_their_own_of_the_lines_kind()
    {
        var lines = SeedText.Lines("""
            IN THIS ISSUE

            In Brief: Tunnels Found Under the Kelvar Salt Works; Dosso Crews Refuse to Pay the Moon Tax ........ 1
            Analysis: Why the Coast Guard Has No Boats; Perhaps ........ 2
            Feature: The Long Wait at the Ferry, by Ines Calloway ........ 4

            IN BRIEF
            """);

        var (entries, _) = IssueContents.Read(lines, 0);

        Assert.Collection(entries,
            e => { Assert.Equal("Tunnels Found Under the Kelvar Salt Works", e.Title); Assert.Equal("brief", e.Kind); },
            e => { Assert.Equal("Dosso Crews Refuse to Pay the Moon Tax", e.Title); Assert.Equal("brief", e.Kind); },
            // A part of one word is no title: the line stays whole.
            e => Assert.Equal("Why the Coast Guard Has No Boats; Perhaps", e.Title),
            e => Assert.StartsWith("The Long Wait at the Ferry", e.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Briefs_listed_together_on_one_contents_line_and_a_byline_with_a_role_open_their_pieces()
    {
        var read = new WholeIssueFormat().Read($"""
            HARBOUR SECURITY REVIEW
            Volume 6 | Issue 3
            June 4, 2038

            IN THIS ISSUE

            In Brief: Tunnels Found Under the Kelvar Salt Works; Dosso Crews Refuse to Pay the Moon Tax ........ 1
            Analysis: Why the Coast Guard Has No Boats, by Ines Calloway ........ 2

            IN BRIEF

            Tunnels Found Under the Kelvar Salt Works

            By Odile Marchetti-Vane, Senior Analyst at the Kelvar Maritime Institute

            {Prose1}

            Dosso Crews Refuse to Pay the Moon Tax

            {Prose2}

            – Tobias Renn-Akande, Research Fellow

            ANALYSIS

            Why the Coast Guard Has No Boats

            By Ines Calloway

            {Prose1.Replace("Smugglers", "Divers", StringComparison.Ordinal)}
            """, new RawSource("seeds/issue.txt"));

        var pieces = read.Drafts.Select(d => (d.Title, Authors: string.Join(", ", d.Authors))).ToList();
        Assert.Equal(
            [
                ("Tunnels Found Under the Kelvar Salt Works", "Odile Marchetti-Vane"),
                ("Dosso Crews Refuse to Pay the Moon Tax", "Tobias Renn-Akande"),
                ("Why the Coast Guard Has No Boats", "Ines Calloway"),
            ],
            pieces);
    }

    [Fact]
    public void An_email_letter_dated_by_its_header_with_a_signed_piece_an_unsigned_one_and_its_foot_dropped()
    {
        var read = new WholeIssueFormat().Read($"""
            From: "Fell Road Letter" <editor@fellroad.example>
            To: you@readers.example
            Subject: No. 12 - the pass road; the ferry queue
            Date: Tue, 3 Aug 2038 07:30:00 +0100

            FELL ROAD LETTER
            No. 12
            Roads, borders and the people who travel them

            -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- --

            ANALYSIS

            The pass road is a policy choice

            {Prose1}

            —J.-P. Varga-Lind

            NEWS

            Police post at Kelvar attacked again
            From our correspondent in Kelvar

            {Prose1.Replace("Smugglers", "Gunmen", StringComparison.Ordinal)}

            COMMENTARY

            What the ferry queue does not tell us

            {Prose2}

            -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- --

            That's all for this week. Reply to this email to tell us what we missed.
            — The Fell Road team

            This letter went to 4,812 readers. Forward it to someone who drives these roads.
            To stop receiving the Fell Road Letter, reply with UNSUBSCRIBE.
            """, new RawSource("seeds/letter.txt"));

        Assert.Equal(
            [
                ("The pass road is a policy choice", "J.-P. Varga-Lind"),
                ("Police post at Kelvar attacked again", ""),
                ("What the ferry queue does not tell us", ""),
            ],
            read.Drafts.Select(d => (d.Title, string.Join(", ", d.Authors))));
        Assert.All(read.Drafts, d => Assert.Equal(new DateOnly(2038, 8, 3), d.Date));
        Assert.All(read.Drafts, d => Assert.Equal("Fell Road Letter", d.Publication));
        var last = read.Drafts[^1].Body;
        Assert.DoesNotContain("UNSUBSCRIBE", last, StringComparison.Ordinal);
        Assert.DoesNotContain("That's all for this week", last, StringComparison.Ordinal);
        Assert.Contains(read.Dropped, d => d.Kind == "byline naming no person" && d.Text == "From our correspondent in Kelvar");
        Assert.Contains(read.Dropped, d => d.Kind == "newsletter footer" && d.Text.Contains("UNSUBSCRIBE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_over_its_role_in_one_block_under_a_title_is_the_byline()
    {
        var read = new WholeIssueFormat().Read($"""
            HARBOUR SECURITY REVIEW
            Volume 6 | Issue 3
            June 4, 2038

            FEATURES

            Floodwater and Checkpoints in the Lower Kelvar Valley

            Ana-Lucía Restrepo-Vance
            Correspondent in Kelvar

            {Prose1}

            FEATURES

            The Long Wait at the Ferry

            By Ines Calloway

            {Prose2}
            """, new RawSource("seeds/issue.txt"));

        var first = read.Drafts[0];
        Assert.Equal("Floodwater and Checkpoints in the Lower Kelvar Valley", first.Title);
        Assert.Equal(["Ana-Lucía Restrepo-Vance"], first.Authors);
        Assert.DoesNotContain("Correspondent in Kelvar", first.Body, StringComparison.Ordinal);
        Assert.Contains(read.Dropped, d => d.Kind == "author's role" && d.Text == "Correspondent in Kelvar");
    }

    [Fact]
    public void Under_a_plural_label_a_bylined_title_case_brief_shows_the_runs_titles_so_an_unsigned_one_after_it_opens_a_brief()
    {
        var read = new WholeIssueFormat().Read($"""
            HARBOUR SECURITY REVIEW
            Volume 6 | Issue 3
            June 4, 2038

            BRIEFS

            Tunnels Found Under the Kelvar Salt Works

            Author: Odile Marchetti-Vane

            {Prose1}

            Dosso Crews Refuse to Pay the Moon Tax

            {Prose2}

            FEATURES

            Why the Coast Guard Has No Boats

            By Ines Calloway

            {Prose1.Replace("Smugglers", "Divers", StringComparison.Ordinal)}
            """, new RawSource("seeds/issue.txt"));

        Assert.Equal(
            [
                ("Tunnels Found Under the Kelvar Salt Works", "brief"),
                ("Dosso Crews Refuse to Pay the Moon Tax", "brief"),
                ("Why the Coast Guard Has No Boats", "feature"),
            ],
            read.Drafts.Select(d => (d.Title, d.Kind)));
    }

    [Fact]
    public void A_label_shaped_line_over_indented_entries_dotted_to_their_pages_heads_a_group_of_the_contents()
    {
        var lines = SeedText.Lines("""
            Contents
            Field Reports
               Floodwater and Checkpoints in the Lower Hask Valley .... 1
               Leaflets, Loudspeakers and the Battle for the Market .... 3

            Field Reports
            """);

        var (entries, _) = IssueContents.Read(lines, 0);

        Assert.True(entries[0].IsSection);
        Assert.Equal("Field Reports", entries[0].Title);
        Assert.Equal(3, entries.Count);
    }
}
