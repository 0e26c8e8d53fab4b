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
}
