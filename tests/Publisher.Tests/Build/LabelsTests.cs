using Publisher.Core.Build;

namespace Publisher.Tests.Build;

public class LabelsTests
{
    [Theory]
    [InlineData("On November 11, Togo announced an attack.", "On November 11, Togo announced an attack. Later more followed.", true)]
    [InlineData("A loud explosion was heard in the “Green Zone.”", "A loud explosion was heard in the \"Green Zone.\" Then gunfire.", true)]
    [InlineData("A very long lede that was cut…", "A very long lede that was cut short by import at a word.", true)]
    [InlineData("Iraq’s pro-Iran groups accused Al-Kadhimi of fraud.", "IRBIL, Iraqi Kurdistan: In the early hours of Nov. 7, drones struck.", false)]
    [InlineData("", "Anything.", false)]
    public void A_summary_that_is_the_opening_of_the_body_is_recognised(string summary, string firstParagraph, bool expected) =>
        Assert.Equal(expected, Labels.RepeatsOpening(summary, firstParagraph));

    [Theory]
    [InlineData("...", "Anything.", false)]
    [InlineData("Togo", "", false)]
    [InlineData("Togo announced more than the paragraph says", "Togo announced", false)]
    [InlineData("TOGO, 11 Nov.", "togo 11 nov and more", true)]
    [InlineData("Ça va", "ça va bien", true)]
    [InlineData("Togo 12", "Togo 1 2", true)]
    [InlineData("Togo 12", "Togo 13", false)]
    public void Only_letters_and_digits_compare_lower_cased(string summary, string firstParagraph, bool expected) =>
        Assert.Equal(expected, Labels.RepeatsOpening(summary, firstParagraph));

    [Fact]
    public void The_comparison_gives_what_comparing_the_strings_of_letters_gave()
    {
        static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var random = new Random(45);
        const string alphabet = "aAbB1 ,.’éÉ\u00A0-";
        string Text(int length) => new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        for (var i = 0; i < 5000; i++)
        {
            var paragraph = Text(random.Next(0, 12));
            var summary = random.Next(3) == 0 ? Text(random.Next(0, 6)) : paragraph[..random.Next(0, paragraph.Length + 1)] + (random.Next(2) == 0 ? "" : Text(2));
            var opening = Letters(summary);
            Assert.Equal(opening.Length > 0 && Letters(paragraph).StartsWith(opening, StringComparison.Ordinal), Labels.RepeatsOpening(summary, paragraph));
        }
    }
}
