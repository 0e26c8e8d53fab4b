using Publisher.Core.Import.Formats;

namespace Publisher.Tests.Import.Formats;

/// <summary>
/// An issue printed without blank lines, in the shapes fitted to issues43-new (thirty-fifth session): the volume line
/// heads one block that runs on through the contents and the first page; contents under a heading with entries
/// "Section — Title, N" whose section the catalogue does not know; an unsigned piece under such a section in capitals,
/// signed at its end with a name, role and office; a label in capitals right over the next title. Invented text.
/// </summary>
public class WholeIssue43Tests
{
    private const string Issue = """
        Harbour Watch — Volume XII, No. 4 — Monday, March 4, 2041
        Inside this issue
        Along the quays — Night Ferry Turned Back at the Outer Mole, 1
        Profile — The Bookkeeper: How Ilse Varga-Moor Ran the Harbour Fund, 1
        ALONG THE QUAYS
        Night Ferry Turned Back at the Outer Mole
        The night ferry from Skelby was turned back at the outer mole on Friday after
        the pilots found a skiff moored across the channel with its lamps put out.
        Nobody was hurt and the ferry sailed again at dawn.
        Harbour police have asked the owners of unlit skiffs to come forward before
        the next tide.
        Pieter Osei-Lind, Duty Pilot, Skelby Harbour Board
        PROFILES
        The Bookkeeper: How Ilse Varga-Moor Ran the Harbour Fund
        By Commander Joran Halvorsen-Diaz
        Ilse Varga-Moor kept the books of the harbour fund for eleven years, and in
        all that time nobody asked her where the money for the new cranes had come
        from. She answered every letter on the day it arrived and filed every receipt.
        The auditors found the gap only when the cranes were sold and the buyer's
        bank asked for the title deeds, which had never existed.
        """;

    [Fact]
    public void Contents_and_pieces_in_one_block_under_the_volume_line_are_read_and_nothing_is_dropped_as_masthead()
    {
        var read = new WholeIssueFormat().Read(Issue, new RawSource("seeds/watch.txt"));

        var pieces = read.Drafts.Select(d => (d.Title, Authors: string.Join(", ", d.Authors))).ToList();
        Assert.Equal(
            [
                ("Night Ferry Turned Back at the Outer Mole", "Pieter Osei-Lind"),
                ("The Bookkeeper: How Ilse Varga-Moor Ran the Harbour Fund", "Joran Halvorsen-Diaz"),
            ],
            pieces);
        Assert.Equal("profile", read.Drafts[1].Kind);
        Assert.DoesNotContain(read.Dropped, d => d.Kind == "masthead" && d.Text.Contains("ferry", StringComparison.Ordinal));
        Assert.Contains("pilots found a skiff", read.Drafts[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("PROFILES", read.Drafts[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Duty Pilot", read.Drafts[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_heading_over_group_names_and_indented_titles_printed_again_later_gives_the_contents()
    {
        var lines = Publisher.Core.Import.Text.SeedText.Lines("""
            In this week's letter:
              Opinions
                Why the toll bridge needs its keepers back
                The fishing quota and the night boats
              Short notes
                A lamp post felled on the harbour road
                Customs cameras back on the east gate

            OPINIONS

            Why the toll bridge needs its keepers back

            The fishing quota and the night boats

            SHORT NOTES

            A lamp post felled on the harbour road

            Customs cameras back on the east gate
            """);

        var (entries, _) = IssueContents.Read(lines, 0);

        Assert.Equal(
            ["Why the toll bridge needs its keepers back", "The fishing quota and the night boats", "A lamp post felled on the harbour road",
                "Customs cameras back on the east gate"],
            entries.Select(e => e.Title));
    }
}
