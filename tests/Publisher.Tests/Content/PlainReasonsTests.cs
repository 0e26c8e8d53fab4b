using Publisher.Core.Build.Lint;
using Publisher.Core.Content;

namespace Publisher.Tests.Content;

/// <summary>The plain-words helpers behind the likely-mistake warnings.</summary>
public class PlainReasonsTests
{
    [Theory]
    [InlineData("2021-13-45", "month 13 does not exist (months are 01–12)")]
    [InlineData("2021-00-10", "month 0 does not exist (months are 01–12)")]
    [InlineData("2021-04-31", "April 2021 has days 01–30, not 31")]
    [InlineData("2023-02-29", "February 2023 has days 01–28, not 29")]
    [InlineData("2021-11-19", null)]
    [InlineData("19 November 2021", null)]
    public void Date_problem_names_the_part_that_is_wrong(string text, string? reason) =>
        Assert.Equal(reason, DateProblem.Of(text));

    [Theory]
    [InlineData("title: x\ntags: [a, b\nkind: y", 2)]
    [InlineData("title: \"a [quoted] one\"\ntags: {a: 1\n", 2)]
    [InlineData("title: Bracket [in a title]\nsummary: The group's [view]\n", null)]
    [InlineData("a: 1 # a [ in a comment\n", null)]
    public void Unclosed_bracket_line_is_the_line_that_opens_it(string yaml, int? line) =>
        Assert.Equal(line, YamlErrorHint.UnclosedBracketLine(yaml));

    [Theory]
    [InlineData("Mapping values are not allowed in this context", "double quotes")]
    [InlineData("While scanning a plain scalar value, found invalid mapping", "double quotes")]
    [InlineData("While scanning a quoted scalar, found unexpected end of stream", "quote is not closed")]
    [InlineData("While parsing a block mapping, did not find expected key", "indentation")]
    public void Yaml_reader_messages_get_a_hint_in_plain_words(string message, string hint) =>
        Assert.Contains(hint, YamlErrorHint.For(message));

    [Theory]
    [InlineData("al-Kadhimi", "Al-Khadimi", true)]
    [InlineData("Hezbollah", "Hezbolah", true)]
    [InlineData("Kata'ib", "Kataib", true)]
    [InlineData("Pakistan", "Pakistani", false)]
    [InlineData("Tehreek-i-Labbaik", "Tehreek-e-Labbaik", false)]
    public void Name_skeleton_joins_transliteration_variants_only(string a, string b, bool same) =>
        Assert.Equal(same, NameSkeleton.Of(a) == NameSkeleton.Of(b));

    [Theory]
    [InlineData("Burkina Fasso", "Burkina Faso")]
    [InlineData("Rami Jamel", "Rami Jameel")]
    [InlineData("irak", "Iraq")]
    [InlineData("Drone Warfare", null)]
    public void Near_miss_finds_the_known_name(string name, string? expected) =>
        Assert.Equal(expected, NearMiss.Suggest(name, ["Burkina Faso", "Iraq", "Rami Jameel", "Pakistan"]));
}
