using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>One definition of a rule line for titles, article ends, email sections and a body's last line.</summary>
public class RuleLineTests
{
    [Theory]
    [InlineData("-----")]
    [InlineData("=====================")]
    [InlineData("————————————")]
    [InlineData("~ ~ ~")]
    [InlineData("* * *")]
    [InlineData("◆ ◆ ◆")]
    [InlineData("❧")]
    public void Rule_and_ornament_glyphs_alone_are_a_rule_line(string line)
    {
        Assert.True(RuleLine.Is(line));
        Assert.Equal(TitleFurniture.Rule, TitleLine.Furniture(line));
    }

    [Theory]
    [InlineData("--")]
    [InlineData("— Ana Ruiz")]
    [InlineData("*** Breaking ***")]
    [InlineData("2031-2032")]
    public void Text_among_the_glyphs_or_fewer_than_three_is_no_rule_line(string line) => Assert.False(RuleLine.Is(line));
}
