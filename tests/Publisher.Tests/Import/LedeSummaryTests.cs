using Publisher.Core.Import;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import;

public class LedeSummaryTests
{
    public static TheoryData<string> GoldenCases => GoldenCase.Names("LedeSummary");

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Citation_parentheses_are_dropped_from_the_summary(string name)
    {
        var golden = GoldenCase.Get("LedeSummary", name);
        Assert.Equal(golden.Expected, LedeSummary.From(golden.Input));
    }

    [Fact]
    public void Takes_whole_sentences_of_the_first_prose_paragraph_as_plain_text()
    {
        var body = "## Background\n\nOn November 11, Togo announced an attack ([dw.com](https://www.dw.com), November 11).[^1] The U.S. and France *noted* it. "
                   + "A third sentence that is long enough to push the summary past its target length of about two hundred and forty characters, so it is left out of the summary altogether, whole.\n\nSecond paragraph.";

        var summary = LedeSummary.From(body);

        Assert.Equal("On November 11, Togo announced an attack. The U.S. and France noted it.", summary);
    }

    [Fact]
    public void A_single_overlong_sentence_is_cut_at_a_word_with_an_ellipsis()
    {
        var body = string.Join(' ', Enumerable.Repeat("word", 200)) + ".";

        var summary = LedeSummary.From(body)!;

        Assert.True(summary.Length <= 320);
        Assert.EndsWith("word…", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Snake_case_names and a_(b)_c stay as written.", "Snake_case_names and a_(b)_c stay as written.")]
    [InlineData("An \\*escaped\\* star, an &amp; entity and `code`.", "An *escaped* star, an & entity and code.")]
    [InlineData("A [link with [brackets]](https://x.example/a_(b)) ends.", "A link with [brackets] ends.")]
    public void Markdown_is_read_the_way_the_build_renders_it(string body, string expected) =>
        Assert.Equal(expected, LedeSummary.From(body));

    // Each sentence is longer than the target on its own, so a false split would cut it short at the abbreviation.
    [Theory]
    [InlineData("Reports said U.S. Secretary of State Mike Pompeo had threatened to close the embassy in Baghdad unless the authorities stopped the frequent militia attacks on diplomatic assets, which had grown in number and reach through the whole of the late summer months.")]
    [InlineData("On arrival Gen. Qaani met the prime minister and the leaders of every militia in the capital, asking them to accept the results, to end the sit-ins near the Green Zone and to hand over whoever had planned the drone attack on the residence of the prime minister.")]
    public void Abbreviations_do_not_end_a_sentence(string sentence)
    {
        Assert.InRange(sentence.Length, LedeSummary.TargetLength + 1, 320);
        Assert.Equal(sentence, LedeSummary.From(sentence + " A second sentence."));
    }

    [Theory]
    [InlineData("")]
    [InlineData("## Only a heading")]
    [InlineData("[^1]: Only a note.")]
    public void No_prose_means_no_summary(string body) => Assert.Null(LedeSummary.From(body));

    [Theory]
    [InlineData("Executive Summary:\n\nThe group now taxes the herds it once raided.", "The group now taxes the herds it once raided.")]
    [InlineData("**Key Findings:**\n\nThe ports are the weak point.", "The ports are the weak point.")]
    [InlineData("Note: the figures are estimates.\n\nSecond.", "Note: the figures are estimates.")]
    public void A_run_in_label_over_the_first_paragraph_is_not_the_summary(string body, string expected) =>
        Assert.Equal(expected, LedeSummary.From(body));
}
