using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>The shapes behind an issue's shared notes section and a title's wrapped last line.</summary>
public class SharedNotesShapesTests
{
    [Theory]
    [InlineData("Grain Convoys on the Southern Road", "Grain Convoys on the Southern Road", 3)]
    [InlineData("GRAIN CONVOYS ON THE SOUTHERN ROAD", "Grain Convoys on the Southern Road", 3)]
    [InlineData("The Reed Islands", "The Reed Islands: How a Smuggling Ring Hides in the Marsh", 2)]
    [InlineData("The Reed Islands", "The Reed Islands — How a Smuggling Ring Hides in the Marsh", 2)]
    [InlineData("Grain Convoys on the", "Grain Convoys on the Southern Road", 2)]
    [InlineData("Southern Road Grain Convoys", "Grain Convoys on the Southern Road", 1)]
    [InlineData("Letters to the Editor", "Grain Convoys on the Southern Road", 0)]
    [InlineData("Grain", "Grain Convoys on the Southern Road", 0)]
    [InlineData("", "Grain Convoys on the Southern Road", 0)]
    public void Scores_how_surely_a_line_names_a_title(string line, string title, int expected) =>
        Assert.Equal(expected, TitleShortForm.Score(line, title));

    [Theory]
    [InlineData("Close Their Night Markets", true)]
    [InlineData("Halvard Ostrowski-Mbeki", false)]
    [InlineData("Anton Long", false)]
    public void Tells_a_phrase_the_prose_uses_from_a_name(string line, bool expected)
    {
        var vocabulary = ProseVocabulary.Of([
            "Traders in the river towns said they would close their stalls at the night",
            "markets until the police return; the long nights are the worst.",
        ]);
        Assert.Equal(expected, vocabulary.ReadsAsPhrase(line));
    }

    [Fact]
    public void Reads_groups_headed_by_titles_after_a_notes_heading()
    {
        var blocks = SeedText.Blocks(SeedText.Lines(string.Join('\n',
            "The last paragraph of the last article ends here.",
            "",
            "ENDNOTES",
            "",
            "Grain Convoys",
            "[1] A first note.",
            "",
            "The Reed Islands: How a Ring Hides",
            "",
            "[1] Its note,",
            "wrapped.",
            "[2] Its second note.",
            "",
            "The Institute publishes this review every month.")));

        var section = SharedEndnotes.Find(blocks, 0);

        Assert.NotNull(section);
        Assert.Equal(["Grain Convoys", "The Reed Islands: How a Ring Hides"], section.Groups.Select(g => g.Head));
        Assert.Equal([5, 8], section.Groups.Select(g => g.HeadLine));
        Assert.Equal("[1] Its note, wrapped.\n\n[2] Its second note.", SharedEndnotes.Notes(section.Groups[1]).Text);
        Assert.Equal(blocks.Count - 1, section.End);
    }

    [Fact]
    public void Ordinary_notes_under_a_heading_are_no_shared_section()
    {
        var blocks = SeedText.Blocks(SeedText.Lines("Text ends here.\n\nNotes\n\n[1] A note.\n[2] Another."));
        Assert.Null(SharedEndnotes.Find(blocks, 0));
    }
}
