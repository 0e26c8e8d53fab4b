using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Words a typesetter broke at a line end, told from compounds that broke at their own hyphen. Invented text.</summary>
public class LineEndHyphenTests
{
    [Fact]
    public void A_stem_the_text_never_prints_alone_is_joined_to_its_tail_and_reported()
    {
        string[] lines =
        [
            "The council said the decision was a delib-",
            "erate choice and that the govern-",
            "ment would not reverse it.",
        ];
        var unsure = new List<LineEndHyphen.UnsureJoin>();

        var resolved = LineEndHyphen.Resolve(lines, unsure);

        Assert.Equal(["The council said the decision was a deliberate", "choice and that the government", "would not reverse it."], resolved);
        Assert.Equal([(0, "delib", "erate"), (1, "govern", "ment")], unsure.Select(u => (u.Index, u.Fragment, u.Continuation)));
    }

    [Fact]
    public void A_compound_keeps_its_hyphen_when_its_first_part_is_a_word_a_prefix_or_a_name()
    {
        string[] lines =
        [
            "The state said the state-",
            "sponsored militia and the anti-",
            "government groups met in the al-",
            "Qadir district with cross-",
            "border traders.",
        ];
        var unsure = new List<LineEndHyphen.UnsureJoin>();

        var resolved = LineEndHyphen.Resolve(lines, unsure);

        Assert.Equal(lines, resolved);
        Assert.Empty(unsure);
    }

    [Fact]
    public void The_text_printing_the_word_whole_or_hyphenated_decides_without_a_report()
    {
        string[] lines =
        [
            "The organisation and its long-term plan: the organi-",
            "sation voted for a long-",
            "term budget.",
        ];
        var unsure = new List<LineEndHyphen.UnsureJoin>();

        var resolved = LineEndHyphen.Resolve(lines, unsure);

        Assert.Equal(["The organisation and its long-term plan: the organisation", "voted for a long-", "term budget."], resolved);
        Assert.Empty(unsure);
    }

    [Fact]
    public void A_hyphen_before_a_blank_line_or_a_tail_that_is_the_whole_next_line_is_left_alone()
    {
        string[] lines = ["the prog-", "", "ramme ran for a year, and its plan-", "ners"];

        Assert.Equal(lines, LineEndHyphen.Resolve(lines));
    }
}
