using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Formats;

/// <summary>
/// Whole issues in the shapes fitted to issues39-new (thirty-first session): briefs listed together on one contents line,
/// a byline with the author's role after a comma. Invented text.
/// </summary>
public class WholeIssue39Tests
{
    private const string Prose1 = """
        Smugglers have dug at least three tunnels under the old salt works at Kelvar, the port police said on Monday,
        and one of them reached the customs yard before it was found by a night patrol on the eastern quay.

        The police believe the tunnels were used to move fuel and cigarettes past the new scanners at the gate, which
        have cut the trade through the yard itself by more than half since the spring, according to the customs office.
        """;

    private const string Prose2 = """
        Fishing crews along the Dosso coast say that armed men have begun to demand a share of every catch landed at
        night, and several boats now stay in port rather than pay what the crews call the moon tax of the outer banks.

        The harbour master has asked for two patrol boats, but the coast guard says it has none to spare before the
        autumn, when the new cutters ordered from the yard at Pellam are due to arrive and take up their stations.
        """;

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
}
