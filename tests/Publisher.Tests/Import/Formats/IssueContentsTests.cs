using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Formats;

public class IssueContentsTests
{
    [Fact]
    public void Dotted_entries_in_capitals_may_wrap_their_title_and_name_their_authors_on_a_plain_by_line()
    {
        // Given: a contents list in capitals, a title wrapped before its dotted last line, authors on "by" lines
        var lines = SeedText.Lines("""
            CONTENTS

            NOTES FROM THE FRONT ........................................ 1
            by Maren Castellanos

            GRAIN CONVOYS, TOLL GATES AND THE SLOW
            STRANGLING OF A RIVER PORT .................................. 4
            by Teodor Akhtar and Lina Moreau-Sato

            Notes From the Front
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("NOTES FROM THE FRONT", e.Title); Assert.Equal(["Maren Castellanos"], e.Authors); },
            e =>
            {
                Assert.Equal("GRAIN CONVOYS, TOLL GATES AND THE SLOW STRANGLING OF A RIVER PORT", e.Title);
                Assert.Equal(["Teodor Akhtar", "Lina Moreau-Sato"], e.Authors);
            });
        Assert.Equal("Notes From the Front", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }
}
