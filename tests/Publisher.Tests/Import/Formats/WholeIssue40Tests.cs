using Publisher.Core.Import.Formats;
using static Publisher.Tests.Import.Formats.IssueProse;

namespace Publisher.Tests.Import.Formats;

/// <summary>
/// Whole issues in the shapes fitted to issues40-new (thirty-second session): a plural genre label over a run names the
/// genre of each piece; pieces signed with an office in brackets or a place after a slash; a byline with a role after each
/// of two names; an email letter's edition count and its foot on leaving the list. Invented text.
/// </summary>
public class WholeIssue40Tests
{
    [Fact]
    public void A_plural_genre_label_over_signed_pieces_and_a_byline_with_two_roles()
    {
        var read = new WholeIssueFormat().Read($"""
            HARBOUR SECURITY REVIEW
            Volume 6 | Issue 4
            July 2, 2038

            CONTENTS
            Dispatches
               Tunnels Under the Kelvar Salt Works / The Moon Tax of the Outer Banks ........ 1
            Analysis
               Why the Coast Guard Has No Boats ........ 3

            DISPATCHES

            Tunnels Under the Kelvar Salt Works

            {Prose1}

            — Odile Marchetti-Vane (Kelvar Maritime Institute)

            The Moon Tax of the Outer Banks

            {Prose2}

            Tobias Renn-Akande / Dosso

            ANALYSIS

            Why the Coast Guard Has No Boats

            By Ines Calloway, Senior Researcher, and Piet Van Aswegen, Visiting Fellow

            {Prose1.Replace("Smugglers", "Divers", StringComparison.Ordinal)}
            """, new RawSource("seeds/issue.txt"));

        var pieces = read.Drafts.Select(d => (d.Title, Authors: string.Join(", ", d.Authors), d.Kind)).ToList();
        Assert.Equal(
            [
                ("Tunnels Under the Kelvar Salt Works", "Odile Marchetti-Vane", "dispatch"),
                ("The Moon Tax of the Outer Banks", "Tobias Renn-Akande", "dispatch"),
                ("Why the Coast Guard Has No Boats", "Ines Calloway, Piet Van Aswegen", "analysis"),
            ],
            pieces);
    }

    [Fact]
    public void An_email_letter_with_an_edition_count_dated_by_its_header_and_its_foot_on_leaving_the_list_dropped()
    {
        var read = new WholeIssueFormat().Read($"""
            From: Harbour Ledger <hello@harbourledger.example>
            To: subscriber@mailhost.example
            Subject: Edition #12 | the salt works tunnels
            Date: Wed, 16 Mar 2039 07:05:12 +0100

            HARBOUR LEDGER
            Edition #12
            Ports, borders and the people who work them

            ------------------------------------------------------------------------

            ANALYSIS

            The salt works tunnels

            By Ines Calloway, Senior Editor, and Piet Aswegen, Contributor

            {Prose1}

            ------------------------------------------------------------------------

            Leave the list: https://harbourledger.example/leave?e=12
            Change your preferences or how often we write: https://harbourledger.example/prefs
            Harbour Ledger, 3 Net Loft Yard, Kelvar
            """, new RawSource("seeds/letter.txt"));

        var draft = Assert.Single(read.Drafts);
        Assert.Equal(["Ines Calloway", "Piet Aswegen"], draft.Authors);
        Assert.Equal(new DateOnly(2039, 3, 16), draft.Date);
        Assert.DoesNotContain("Leave the list", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Net Loft Yard", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_the_contents_list_over_a_name_and_its_role_opens_the_next_piece_of_a_run()
    {
        var read = new WholeIssueFormat().Read($"""
            HARBOUR SECURITY REVIEW
            Number 22 — Volume 4 — 14 May 2038

            CONTENTS
            Reviews
              The Salt Works Ledger .......... 3
              Two Roads to Kelvar .......... 4

            REVIEWS

            The Salt Works Ledger

            Reviewed by Prof. Lucinda Borja-Stein

            {Prose1}

            Two Roads to Kelvar

            Teodora Ilić-Ward
            Books Editor

            {Prose2}
            """, new RawSource("seeds/issue.txt"));

        Assert.Equal(
            [("The Salt Works Ledger", "Lucinda Borja-Stein"), ("Two Roads to Kelvar", "Teodora Ilić-Ward")],
            read.Drafts.Select(d => (d.Title, string.Join(", ", d.Authors))));
    }
}
