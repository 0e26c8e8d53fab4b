using Publisher.ImportEval;

namespace Publisher.Tests.ImportCorpus;

/// <summary>The harness's counts of lost lines: a line whose words the output holds is never counted lost.</summary>
public class ScoringTests
{
    private static FileLabels Labels(int lines) =>
        new("f", false, [new ExpectedArticle("T", [], null, null, null, null, null, [new LineRange(1, lines)])]);

    private static List<string> Lost(string[] raw, string output) =>
        Scoring.LostLines(Labels(raw.Length), raw, [Tokens.Of(output)]);

    [Fact]
    public void The_tail_of_a_word_broken_at_a_line_end_is_not_lost_when_the_output_mends_the_word()
    {
        string[] raw = ["the image of the insurgents as loosely organ-", "ised bands. [4]", "that the prison authorities had long underes-", "timated."];
        Assert.Empty(Lost(raw, "the image of the insurgents as loosely organised bands.[^4] that the prison authorities had long underestimated."));
    }

    [Fact]
    public void A_line_holding_only_the_head_of_a_broken_word_is_not_lost_when_the_output_mends_the_word()
    {
        string[] raw = ["that customs officers have little interest in", "search-", "ing."];
        Assert.Empty(Lost(raw, "that customs officers have little interest in searching."));
    }

    [Fact]
    public void A_line_whose_roman_note_marker_import_renumbered_is_not_lost_and_a_missing_line_still_is()
    {
        string[] raw = ["or by dismantling the network that he has", "built.[iv]", "afford.[1] Behind the lines", "The ferry sank."];
        Assert.Equal(["f:4: The ferry sank."], Lost(raw, "or by dismantling the network that he has built.[^4] afford.[^1] Behind the lines"));
    }

    [Fact]
    public void A_word_broken_across_a_page_break_is_mended_with_the_next_text_line()
    {
        string[] raw = ["that customs officers have little interest in", "search-", "", "Harbour Monitor | Vol. 3 | 4", "", "ing. One trader said so."];
        var labels = new FileLabels("f", false, [new ExpectedArticle("T", [], null, null, null, null, null, [new LineRange(1, 2), new LineRange(6, 6)])]);
        Assert.Empty(Scoring.LostLines(labels, raw, [Tokens.Of("that customs officers have little interest in searching. One trader said so.")]));
    }

    [Fact]
    public void A_hyphen_kept_in_the_output_still_counts_the_halves()
    {
        string[] raw = ["the rise of counter-", "terrorism units."];
        Assert.Empty(Lost(raw, "the rise of counter-terrorism units."));
    }

    [Fact]
    public void A_broken_word_the_output_lost_is_still_lost()
    {
        string[] raw = ["that the prison authorities had long underes-", "timated."];
        Assert.Equal(["f:2: timated."], Lost(raw, "that the prison authorities had long underes"));
    }

    [Fact]
    public void A_superscript_note_number_is_the_footnote_it_becomes()
    {
        Assert.Equal(["test", "that", "claim", "3"], Tokens.Of("test that claim.³"));
        Assert.Empty(Lost(["test that claim.³"], "no independent figure exists to test that claim.[^3]"));
        Assert.Equal(["attacks", "12", "next"], Tokens.Of("attacks¹² next"));
    }

    [Fact]
    public void A_roman_note_marker_is_the_same_token_as_the_footnote_import_numbers_it_as()
    {
        Assert.Equal(Tokens.Of("the ports.[^4] [^4]: Interviews, 2031."), Tokens.Of("the ports.[iv] [[iv]](#_ednref4) Interviews, 2031."));
        Assert.Equal(["a", "vi", "b"], Tokens.Of("a vi b"));
        Assert.Equal(["see", "mix"], Tokens.Of("see [mix]"));
    }

    private static List<string> Glued(string[] raw, string body) =>
        Scoring.GluedParagraphs(new FileLabels("f", true, [new ExpectedArticle("T", [], null, null, null, null, null, [new LineRange(1, raw.Length)])]), raw,
            [new ImportedArticle(new Publisher.Core.Model.ArticleFrontMatter { Title = "T" }, body, ["f"])]);

    [Fact]
    public void Lines_that_share_their_first_words_are_not_glued_when_kept_apart()
    {
        string[] raw = ["There is a high threat of terrorist attack in the capital.", "There is a high threat of kidnap in the north."];
        Assert.Empty(Glued(raw, string.Join("\n\n", raw)));
        Assert.Single(Glued(raw, string.Join(" ", raw)));
    }

    [Fact]
    public void A_short_line_inside_another_line_is_not_a_second_paragraph()
    {
        string[] raw = ["MAREN CASTELLANO: Tobias Reinholt, thank you.", "TOBIAS REINHOLT: Thank you."];
        Assert.Empty(Glued(raw, string.Join("\n\n", raw)));
        Assert.Single(Glued(raw, string.Join(" ", raw)));
    }
}
