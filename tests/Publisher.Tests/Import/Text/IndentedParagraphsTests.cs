using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class IndentedParagraphsTests
{
    private const string Indented = """
           The ferry operators on the northern shore began paying
        a weekly levy in the spring, according to three captains.
           The levy is collected in cash at the landing stage by men
        who say they act for a local council.
        Who collects
           Captains describe a small crew of collectors who rotate
        between landing stages every few days.
           None of them carries a council badge.
        """;

    [Fact]
    public void Indented_first_lines_mark_paragraphs_and_a_short_line_between_them_is_a_heading()
    {
        // Given
        var lines = SeedText.Lines(Indented);
        var block = SeedText.Blocks(lines).Single();

        // When
        var layout = IndentedParagraphs.IsLayout(lines);
        var paragraphs = IndentedParagraphs.Split(block);

        // Then
        Assert.True(layout);
        Assert.Equal(["The ferry", "The levy", "Who collects", "Captains describe", "None of"],
            paragraphs.Select(p => string.Join(' ', p.Joined.Split(' ').Take(2))));
    }

    [Fact]
    public void Hard_wrapped_text_without_indents_and_a_lone_indented_quote_are_not_the_layout()
    {
        // Given: wrapped prose with a single indented line
        var lines = SeedText.Lines("""
            The ferry operators on the northern shore began paying
            a weekly levy in the spring, according to three captains.
               "We pay or we do not sail," one of them said.
            The levy is collected in cash at the landing stage.
            """);

        // Then
        Assert.False(IndentedParagraphs.IsLayout(lines));
    }

    [Fact]
    public void A_title_and_its_byline_between_the_last_note_and_an_indented_paragraph_are_blocks_of_their_own()
    {
        // Given: the previous article's last note, the next article's title and byline, its first indented paragraph
        var block = SeedText.Blocks("""
                [5] "Port says probes stay local," Harbour Post, February 4,
            2031.
            Guarding the Quays: Private Escorts on the Northern Shore
            By Felipa Zhang-Carvalho
                On a January morning outside the town of Kayes, a convoy of four
            pickups left a processing site operated by a foreign company.
            """)[0];

        // When
        var blocks = IndentedParagraphs.Split(block);

        // Then
        Assert.Equal(["[5] \"Port", "Guarding the", "By Felipa", "On a"], blocks.Select(b => string.Join(' ', b.Joined.Trim().Split(' ').Take(2))));
    }
}
