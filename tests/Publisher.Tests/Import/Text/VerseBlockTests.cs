using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Lines of verse (<see cref="VerseBlock"/>). Invented lines.</summary>
public class VerseBlockTests
{
    private static List<(int, string)> Numbered(params string[] lines) => lines.Select((l, i) => (i + 1, l)).ToList();

    [Fact]
    public void A_stanza_whose_lines_break_off_at_commas_is_verse()
    {
        var stanza = Numbered("  The ferry leaves the lighted quay,", "  The engines take the strain;", "  The harbour folds its arms away", "  And will not wake again.");
        Assert.Equal(new HashSet<int> { 0, 1, 2, 3 }, VerseBlock.Lines(stanza));
    }

    [Fact]
    public void A_list_of_sections_a_menu_or_two_lines_are_not_verse()
    {
        Assert.Empty(VerseBlock.Lines(Numbered("Who pays the levy", "How much it is", "When it starts", "How to appeal")));
        Assert.Empty(VerseBlock.Lines(Numbered("Home", "News, Sport", "Weather")));
        Assert.Empty(VerseBlock.Lines(Numbered("The ferry leaves the lighted quay,", "The engines take the strain;")));
        Assert.Empty(VerseBlock.Lines([(1, "The ferry leaves the lighted quay,"), (2, "The engines take the strain;"), (4, "The harbour folds its arms away")]));
    }
}
