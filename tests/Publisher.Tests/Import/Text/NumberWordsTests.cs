using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class NumberWordsTests
{
    [Theory]
    [InlineData("Six", 6)]
    [InlineData("FOURTEEN", 14)]
    [InlineData("Twenty-One", 21)]
    [InlineData("ninety nine", 99)]
    [InlineData("Forty", 40)]
    public void Spelled_numbers_are_read(string text, int expected) => Assert.Equal(expected, NumberWords.Parse(text));

    [Theory]
    [InlineData("Zero")]
    [InlineData("Levels")]
    [InlineData("Twenty-Twelve")]
    [InlineData("one two three")]
    public void Other_words_are_not_numbers(string text) => Assert.Null(NumberWords.Parse(text));

    [Theory]
    [InlineData("Ninth", 9)]
    [InlineData("second", 2)]
    [InlineData("Twenty-First", 21)]
    [InlineData("twentieth", 20)]
    [InlineData("9th", 9)]
    [InlineData("2nd", 2)]
    public void Ordinals_are_read(string text, int expected) => Assert.Equal(expected, NumberWords.Ordinal(text));

    [Theory]
    [InlineData("Nine")]
    [InlineData("the")]
    [InlineData("0th")]
    [InlineData("Dispatch")]
    public void Other_words_are_not_ordinals(string text) => Assert.Null(NumberWords.Ordinal(text));
}
