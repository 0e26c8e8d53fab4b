using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import.Fixups;

/// <summary>
/// Every decision names the seed line it is about and, where the rule weighed evidence, the evidence: page furniture
/// says what each removed line was and why; a note's decisions point at the note's own line in the Notes section.
/// </summary>
public class DecisionEvidenceTests
{
    private const string Pages = """
        Coastal Affairs Digest

        The harbour authority announced on Monday that the northern quay would close for repairs until the spring, and that
        ferries would use the southern berths while the work goes on for several

        Coastal Affairs Digest | Volume 3, Issue 2 | 2

        © 2023 The Tidewater Institute | www.tidewater.example.org

        months. Fishermen said the change would add an hour to each trip and asked for compensation from the port.

        The port's board meets again in April to decide how the repairs will be paid for and who will carry out the work on
        the quay and the breakwater beside the

        Coastal Affairs Digest | Volume 3, Issue 2 | 3

        © 2023 The Tidewater Institute | www.tidewater.example.org

        lighthouse. The board's chair said the cost would be shared between the city and the regional government in equal parts.
        """;

    [Fact]
    public void Each_removed_furniture_line_says_what_it_was_and_the_evidence()
    {
        // Given
        var context = new FixupContext { SourcePath = "seeds/digest.txt", SeedPublication = "Coastal Affairs Digest" };

        // When
        var result = StripPageFurniture.Apply(Pages, context);

        // Then
        var dropped = result.Actions.Where(a => a.Kind == FixupActionKinds.DroppedBoilerplate).ToList();
        Assert.True(dropped.Count == 4, string.Join("\n", result.Actions.Select(a => $"{a.Location}: {a.Detail} ({a.Reason})")));
        Assert.All(dropped, a => Assert.False(string.IsNullOrWhiteSpace(a.Reason), $"no reason for {a.Detail}"));
        Assert.Contains(dropped, a => a.Detail == "masthead line: Coastal Affairs Digest | Volume 3, Issue 2 | 2" && a.Location!.Line == 6);
        Assert.Contains(dropped, a => a.Detail.StartsWith("page footer: © 2023 The Tidewater Institute", StringComparison.Ordinal) && a.Location!.Line == 8);
        Assert.Contains(dropped, a => a.Reason!.Contains("repeats on 2 pages", StringComparison.Ordinal));
    }

    [Fact]
    public void A_converted_note_and_an_unreferenced_note_point_at_their_own_lines_in_the_notes_section()
    {
        // Given: the body starts on seed line 10; the reader found the notes' entries on seed lines 20 and 22.
        var draft = new ArticleDraft
        {
            Title = "Quay Repairs",
            Body = "The quay closes until spring. [1]",
            Notes = "[1] Interview with a ferry captain, May 2023.\n\n[2] Port board minutes, April 2023.",
            NotesLineMap = [20, 21, 22],
            Origin = new SourceLocation("seeds/digest.txt", 8),
            BodyStartLine = 10,
        };

        // When
        var result = new ConvertFootnotesFixup().Apply(draft, new FixupContext { SourcePath = "seeds/digest.txt" });

        // Then
        Assert.Equal(new SourceLocation("seeds/digest.txt", 20), Assert.Single(result.Actions, a => a.Kind == FixupActionKinds.ConvertedFootnote).Location);
        Assert.Equal(new SourceLocation("seeds/digest.txt", 22), Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.FootnoteNoteWithoutMarker).Location);
    }

    [Fact]
    public void Roman_numeral_notes_in_the_notes_section_become_footnotes_numbered_in_order()
    {
        // Given: a body with roman markers glued after full stops and a Notes section numbered i, ii
        var draft = new ArticleDraft
        {
            Title = "Border Militias",
            Body = "The government daily praised them.[i]\n\nThe opposition weekly was less kind.[ii]",
            Notes = "[i] Glas Naroda, 02.09.2032, p. 3.\n\n[ii] Novi Tjednik, 04.09.2032, pp. 10-12.",
            NotesLineMap = [20, 21, 22],
            Origin = new SourceLocation("seeds/review.txt", 4),
            BodyStartLine = 6,
        };

        // When
        var result = new ConvertFootnotesFixup().Apply(draft, new FixupContext { SourcePath = "seeds/review.txt" });

        // Then
        Assert.Contains("praised them.[^1]", result.Draft.Body);
        Assert.Contains("less kind.[^2]", result.Draft.Body);
        Assert.Contains("[^2]: Novi Tjednik, 04.09.2032, pp. 10-12.", result.Draft.Body);
        Assert.Equal(2, result.Actions.Count(a => a.Kind == FixupActionKinds.ConvertedFootnote));
    }

    [Fact]
    public void A_masthead_volume_line_in_a_long_masthead_block_is_the_masthead_not_furniture()
    {
        // Given: a masthead of name, tagline, publisher and volume line with no blank line, long enough in words to pass for prose
        var text = """
            KESTREL COAST MONITOR
            Maritime and coastal security on the long southern shore of the Kestrel Sea
            A publication of the Harbour Archive
            Volume II  ·  Issue 3  ·  September 2030

            Fishermen from the village reported in mid-August that two unlit skiffs had been seen dropping objects into the lane.

            Kestrel Coast Monitor  |  II/3  |  September 2030                    — 2 —

            The regional navy said on August 19 that divers had recovered one improvised sea mine from the lane.
            """;

        // When
        var result = StripPageFurniture.Apply(text, new FixupContext { SourcePath = "seeds/kestrel.txt" });

        // Then: the masthead's own volume line stays for the reader
        Assert.Contains("Volume II  ·  Issue 3  ·  September 2030", result.Text);
    }
}
