using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Boxes drawn around text (<see cref="TextBox"/>). Invented text.</summary>
public class TextBoxTests
{
    [Fact]
    public void Takes_the_borders_and_bars_off_a_box_and_keeps_every_line_where_it_was()
    {
        string[] lines =
        [
            "THE RIVER LETTER",
            "+----------------------------------------------+",
            "|  CONTENTS                                    |",
            "|  The Dredgers Who Came Back ........... 1    |",
            "|     Leontine Oyelaran-Holm                   |",
            "+----------------------------------------------+",
            "",
            "COMMENTARY",
        ];

        var (unboxed, boxes) = TextBox.Unbox(lines);

        Assert.Equal(["THE RIVER LETTER", "", "CONTENTS", "The Dredgers Who Came Back ........... 1", "   Leontine Oyelaran-Holm", "", "", "COMMENTARY"], unboxed);
        Assert.Equal([(1, 5)], boxes);
    }

    [Fact]
    public void Reads_boxes_drawn_with_box_drawing_characters()
    {
        string[] lines = ["┌──────────────────────────┐", "│ A sidebar in a box.      │", "└──────────────────────────┘"];

        Assert.Equal(["", "A sidebar in a box.", ""], TextBox.Unbox(lines).Lines);
    }

    [Theory]
    [InlineData("+------------------------------+", "+------------------------------+", "+------------------------------+")]
    [InlineData("┌──────────────────────────────┐", "├──────────────────────────────┤", "└──────────────────────────────┘")]
    public void A_rule_across_the_box_under_its_heading_row_parts_the_box_and_both_parts_are_unboxed(string top, string rule, string bottom)
    {
        var bar = top.StartsWith('+') ? "|" : "│";
        string[] lines = [top, $"{bar}  CONTENTS                    {bar}", rule, $"{bar}  Briefing: Salt Raids   1    {bar}", $"{bar}  Profile: The Broker   4    {bar}", bottom];

        var (unboxed, boxes) = TextBox.Unbox(lines);

        Assert.Equal(["", "CONTENTS", "", "Briefing: Salt Raids   1", "Profile: The Broker   4", ""], unboxed);
        Assert.Equal([(0, 2), (2, 5)], boxes);
    }

    [Theory]
    [InlineData("+-----+-----+\n| a   | b   |\n+-----+-----+")]
    [InlineData("+------------------+\n| a line with no bottom border |")]
    [InlineData("| Name | Role |\n|------|------|\n| Ann  | Editor |")]
    public void Leaves_tables_and_unclosed_boxes_alone(string text)
    {
        var lines = text.Split('\n');

        Assert.Equal(lines, TextBox.Unbox(lines).Lines);
    }
}
