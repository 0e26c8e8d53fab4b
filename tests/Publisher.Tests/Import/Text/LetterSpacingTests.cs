using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Letter-spaced display type, and the byline and contents shapes of whole issues that go with it. Invented text.</summary>
public class LetterSpacingTests
{
    [Theory]
    [InlineData("B R I E F S", "BRIEFS")]
    [InlineData("  A N A L Y S I S ", "ANALYSIS")]
    [InlineData("N E W S  I N  B R I E F", "NEWS IN BRIEF")]
    [InlineData("BRIEFS", "BRIEFS")]
    [InlineData("A B", "A B")]
    [InlineData("Ferries on the river", "Ferries on the river")]
    public void Letter_spaced_words_collapse(string text, string expected) =>
        Assert.Equal(expected, LetterSpacing.Collapse(text).Trim());

    [Theory]
    [InlineData("B R I E F S", "brief")]
    [InlineData("C O M M E N T A R Y", "commentary")]
    public void A_letter_spaced_label_gives_its_kind(string label, string kind) =>
        Assert.Equal(kind, SectionLabels.KnownKind(label));

    [Theory]
    [InlineData("Brief by Odile Ferrant", "Odile Ferrant")]
    [InlineData("Text: Maren Holt, Iker Vasko", "Maren Holt|Iker Vasko")]
    [InlineData("by Tomas Reyne, Senior Fellow", "Tomas Reyne")]
    [InlineData("Analysis by Petra Lind and Ugo Sarr", "Petra Lind|Ugo Sarr")]
    public void Bylines_with_a_genre_word_a_label_or_a_role_give_the_names(string line, string names) =>
        Assert.Equal(names.Split('|'), IssueSegmenter.BylineNames(line));
}
