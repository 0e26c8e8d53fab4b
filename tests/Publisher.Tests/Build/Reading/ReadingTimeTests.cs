using Publisher.Core.Build;
using Publisher.Core.Build.Reading;
using Publisher.Core.Model;

namespace Publisher.Tests.Build.Reading;

public class ReadingTimeTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("One two three.", 3)]
    [InlineData("Don't count al-Qarna's 3.5 per cent as 1,200 words", 9)]
    [InlineData("  spaced\n\nout — with a dash  ", 5)]
    public void Words_are_runs_of_letters_and_digits(string text, int expected) =>
        Assert.Equal(expected, ReadingTime.CountWords(text));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(100, 1)]
    [InlineData(ReadingTime.WordsPerMinute * 6, 6)]
    [InlineData(ReadingTime.WordsPerMinute * 6 + ReadingTime.WordsPerMinute / 2, 7)]
    public void Minutes_round_to_the_nearest_and_are_at_least_one(int words, int minutes) =>
        Assert.Equal(minutes, ReadingTime.Minutes(words));

    [Fact]
    public void The_label_says_minutes_of_reading() =>
        Assert.Equal("4 min read", ReadingTime.Label(ReadingTime.WordsPerMinute * 4));

    [Fact]
    public void A_body_counts_its_text_but_not_its_footnotes_or_markup()
    {
        // Given a body with a heading, a link, a list and a long footnote
        var body = "## A heading here\n\nFive words [in a link](https://example.org/long/address) here.[^1]\n\n- one\n- two\n\n"
            + "[^1]: " + string.Join(' ', Enumerable.Repeat("note", 50)) + "\n";

        // When it is parsed
        var parsed = ArticleMarkdown.Parse(ArticleOf(body));

        // Then the heading (3), the paragraph (6) and the list (2) count; the note and the URL do not
        Assert.Equal(11, parsed.Words);
    }

    internal static Article ArticleOf(string body) => new()
    {
        Slug = "harbour-strike",
        Title = "Harbour Strike",
        Date = new DateOnly(2022, 3, 9),
        Publication = "Harbour Monitor",
        PublicationSlug = "harbour-monitor",
        Kind = "analysis",
        Body = body,
        SourcePath = "input/articles/harbour-strike.md",
        BodyStartLine = 8,
    };
}
