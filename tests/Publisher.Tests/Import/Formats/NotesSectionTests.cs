using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Formats;

/// <summary>Where a web page's notes end: the site's furniture after the last note is not part of it. All text invented.</summary>
public class NotesSectionTests
{
    [Fact]
    public void The_sites_share_bar_tags_and_teasers_after_the_notes_go_back_to_the_body()
    {
        // Given: a monitor's web page whose notes are followed by the site's closing furniture
        var blocks = SeedText.Blocks("""
            The cooperatives stopped paying their dues in the spring, and the brokers stepped in.

            Notes

            [1] Interview with a harbour official in Varna, May 2029.

            [2] Court records, district court of Burgas, 2029.

            Share: X  Facebook  LinkedIn  Email  Copy link

            Tags: Bulgaria, Black Sea, Fisheries

            Related

            How the Delta Brokers Rebuilt Their Credit Lines
            """);

        // When
        var (body, notes) = NotesSection.Split(blocks);

        // Then: two notes; the furniture follows the text, where the boilerplate rules drop it and say so
        Assert.NotNull(notes);
        Assert.Contains("[2] Court records, district court of Burgas, 2029.", notes!.Text);
        Assert.DoesNotContain("Share", notes.Text);
        Assert.DoesNotContain("Tags", notes.Text);
        Assert.Equal(["The cooperatives stopped paying their dues in the spring, and the brokers stepped in.",
            "Share: X  Facebook  LinkedIn  Email  Copy link", "Tags: Bulgaria, Black Sea, Fisheries", "Related",
            "How the Delta Brokers Rebuilt Their Credit Lines"], body.Select(b => b.Joined).ToArray());
    }

    [Fact]
    public void A_rule_line_after_the_notes_opens_the_emails_own_part()
    {
        // Given: a newsletter email whose notes are followed by a rule and the sender's offer, under it more notes in another
        var blocks = SeedText.Blocks("""
            The ferry will run again in May, the council said.

            Notes

            [1] Council minutes, 4 March 2032.

            ------------------------------------------------------------
            Order the yearbook from our shop: ferryletter.example/shop
            (£9, every issue of the year).

            Unsubscribe | Update your preferences
            """);

        // When
        var (body, notes) = NotesSection.Split(blocks);

        // Then: the note alone; the rule and what follows go back to the body, where the boilerplate rules drop them
        Assert.Equal("[1] Council minutes, 4 March 2032.", notes!.Text.Trim());
        Assert.Contains(body, b => b.Joined.Contains("Order the yearbook"));

        // And: a rule with a note right under it is a rule inside the notes
        var (_, ruled) = NotesSection.Split(SeedText.Blocks("""
            Text of the piece.

            Notes

            [1] First note.

            ----------

            [2] Second note under a rule.
            """));
        Assert.Contains("[2] Second note under a rule.", ruled!.Text);
    }

    [Fact]
    public void A_note_that_mentions_a_platform_is_still_a_note()
    {
        // Given: notes citing a Telegram channel and an email, each a "[n]" entry or a sentence of one
        var blocks = SeedText.Blocks("""
            The channel moved its announcements to a private group in March.

            Notes

            [1] Telegram channel of the group, post of March 3, 2029.

            The post was deleted the next day; a copy was shared with the author by email and is on file.

            [2] Email from a ministry spokesperson to the author, April 2029.
            """);

        // When
        var (body, notes) = NotesSection.Split(blocks);

        // Then
        Assert.Single(body);
        Assert.Contains("The post was deleted the next day", notes!.Text);
        Assert.Contains("[2] Email from a ministry spokesperson", notes.Text);
    }

    [Fact]
    public void Roman_numeral_entries_are_notes_and_a_citation_in_brackets_is_not()
    {
        // Given: a press review's notes numbered as a word processor numbers endnotes, then the site's share bar
        var blocks = SeedText.Blocks("""
            The regional papers were divided about the militias.[i]

            Notes

            [i] Istocni Vjesnik, 05.09.2032, p. 1.

            [ii] Novi Tjednik, 04.09.2032, pp. 10-12.

            Share: Facebook | Email
            """);

        // When
        var (body, notes) = NotesSection.Split(blocks);

        // Then
        Assert.Contains("[ii] Novi Tjednik", notes!.Text);
        Assert.Equal(["The regional papers were divided about the militias.[i]", "Share: Facebook | Email"], body.Select(b => b.Joined).ToArray());
        Assert.False(NotesSection.IsNoteEntry("[2032] OHC 211 was handed down in October."));
        Assert.False(NotesSection.IsNoteEntry("[civil] matters are heard elsewhere."));
    }
}
