using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Invented heads (titles20): a report's title wrapped before its series number ("… - Situation" / "Report No. 3"),
/// and a value in a stacked list of page fields.
/// </summary>
public class TitleTailTests
{
    private const string Prose =
        "Heavy rain over the upper valley on Thursday night breached the old earth dam above Harnsby, and the water reached the lower villages before dawn on Friday.";

    private static IReadOnlyList<(int Number, string Text)> NonBlank(string[] page) =>
        page.Select((text, k) => (Number: k + 1, Text: text)).Where(l => l.Text.Trim().Length > 0).ToList();

    private static PageTitleChoice? Choose(string[] page)
    {
        var lines = NonBlank(page);
        var hints = PageTitleHints.None with { Continuations = WrappedLines.Continuations(lines) };
        return PageTitle.Choose(lines.Select(l => l.Text).ToList(), hints);
    }

    [Theory]
    [InlineData("Report No. 3", true)]
    [InlineData("No. 12", true)]
    [InlineData("Update #4", true)]
    [InlineData("Part 2", false)]
    [InlineData("Lakes Coordination Office", false)]
    [InlineData("4 March 2031", false)]
    [InlineData("Situation Report", false)]
    public void A_series_number_may_end_a_wrapped_title(string line, bool expected) =>
        Assert.Equal(expected, TitleContinuation.IsNumberTail(line));

    [Fact]
    public void A_title_wrapped_before_its_report_number_is_one_title()
    {
        string[] page =
        [
            "   CoastAid",
            "   Updates   Countries   Disasters   Jobs",
            "",
            "   Southern Lakes: Flooding after the breach of the Harnsby dam - Situation",
            "   Report No. 3",
            "",
            "   Format",
            "          Situation Report",
            "   Source",
            "          Lakes Relief Coordination Office",
            "   Posted",
            "          4 Mar 2031",
            "",
            "   " + Prose,
        ];
        var choice = Choose(page)!;
        Assert.Equal("Southern Lakes: Flooding after the breach of the Harnsby dam - Situation Report No. 3", choice.Text);
        Assert.Equal(2, choice.LineCount);
    }

    [Fact]
    public void A_flash_update_wrapped_before_its_number_is_one_title()
    {
        string[] page =
        [
            "RELIEF COORDINATION OFFICE – HARNSBY",
            "",
            "Harnsby: Flooding after the breach of the upper valley dam — Flash Update",
            "No. 2",
            "As of 5 March 2031",
            "",
            "This report is produced by the Office together with its partners in the",
            "valley. It covers the period from 2 to 5 March 2031. The next update will",
            "be issued on or around 12 March, or sooner if the situation changes.",
            "",
            "Heavy rain over the upper valley on Thursday night breached the old earth",
            "dam above Harnsby, and the water reached the lower villages before dawn on",
            "Friday, when most of the people who live there were still asleep at home.",
        ];
        var choice = Choose(page)!;
        Assert.Equal("Harnsby: Flooding after the breach of the upper valley dam — Flash Update No. 2", choice.Text);
    }

    [Theory]
    [InlineData("Source", true)]
    [InlineData("Format", true)]
    [InlineData("Origin:", true)]
    [InlineData("Sources and methods", false)]
    [InlineData("Lakes Relief Coordination Office", false)]
    public void A_field_label_may_stand_alone(string line, bool expected) => Assert.Equal(expected, PageField.IsLabelAlone(line));
}
