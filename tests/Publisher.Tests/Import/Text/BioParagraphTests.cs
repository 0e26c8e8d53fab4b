using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class BioParagraphTests
{
    [Theory]
    [InlineData("Ann Vale is a senior fellow at the Meridian Institute.", "Ann Vale")]
    [InlineData("*Dr. Tomas Reyes is a researcher based in Quito.*", "Tomas Reyes")]
    [InlineData("Ann Vale and Bo Lindqvist are analysts at the Harbour Policy Centre.", "Ann Vale; Bo Lindqvist")]
    [InlineData("Ann Vale is a journalist; Bo Lindqvist is the author of two books on ports.", "Ann Vale; Bo Lindqvist")]
    [InlineData("Prof. Adaeze Nwosu, PhD, directs the water programme at Lagoon University.", "Adaeze Nwosu")]
    public void Finds_whom_a_bio_is_about(string paragraph, string names) =>
        Assert.Equal(names, string.Join("; ", BioParagraph.Subjects(paragraph)));

    [Theory]
    [InlineData("Ann Vale is a senior fellow at the Meridian Institute.", true)]
    [InlineData("Smith is likely to resign before the vote.", false)]
    [InlineData("Moreno is expected to win the runoff.", false)]
    public void Bios_use_bio_vocabulary(string paragraph, bool expected) => Assert.Equal(expected, BioParagraph.HasBioVocabulary(paragraph));

    [Fact]
    public void A_bio_of_two_co_authors_is_split_by_sentence()
    {
        var parts = BioParagraph.SplitBetween(
            "Ann Vale is a senior fellow at the Meridian Institute. She writes on ports. Dr. Lindqvist is a lecturer at Norrland University and the author of U.S. Harbours. Vale and Lindqvist co-direct the shipping project.",
            ["Ann Vale", "Bo Lindqvist"]);
        Assert.Equal(2, parts.Count);
        Assert.Equal("Ann Vale is a senior fellow at the Meridian Institute. She writes on ports. Vale and Lindqvist co-direct the shipping project.", parts[0].Bio);
        Assert.Equal("Dr. Lindqvist is a lecturer at Norrland University and the author of U.S. Harbours. Vale and Lindqvist co-direct the shipping project.", parts[1].Bio);
    }

    [Fact]
    public void A_semicolon_bio_is_split_at_the_semicolon()
    {
        var parts = BioParagraph.SplitBetween("Ann Vale is a journalist; Bo Lindqvist is the author of two books on ports.", ["Ann Vale", "Bo Lindqvist"]);
        Assert.Equal("Ann Vale is a journalist.", parts[0].Bio);
        Assert.Equal("Bo Lindqvist is the author of two books on ports.", parts[1].Bio);
    }
}
