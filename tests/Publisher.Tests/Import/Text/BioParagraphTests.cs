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
    [InlineData("Sir Aurelio Mbeki-Strand KC FRSA was counsel to the harbour inquiry and now sits as a judge.", "Aurelio Mbeki-Strand")]
    [InlineData("Professor Dame Helka Onyango-Rusk DBE FBA is Professor of Maritime History at Carrow University.", "Helka Onyango-Rusk")]
    [InlineData("Oskar Lindell-Mbatha reports on the Sahel and the Sahara for the Gazette.", "Oskar Lindell-Mbatha")]
    [InlineData("Ilse Drummond writes a weekly column on courts and policing for the Courier.", "Ilse Drummond")]
    [InlineData("Mira Okafor-Lund leads the institute's extremism research unit. Jun Sato is a senior analyst there.", "Mira Okafor-Lund; Jun Sato")]
    public void Finds_whom_a_bio_is_about(string paragraph, string names) =>
        Assert.Equal(names, string.Join("; ", BioParagraph.Subjects(paragraph)));

    [Theory]
    [InlineData("Ann Vale is a senior fellow at the Meridian Institute.", true)]
    [InlineData("Smith is likely to resign before the vote.", false)]
    [InlineData("Moreno is expected to win the runoff.", false)]
    [InlineData("Ona Pellew-Tahir was lead counsel in the first ferry case.", true)]
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

    [Theory]
    [InlineData("Harbour Law Notes is published by the Faculty of Law, University of Carrow. Views are those of individual authors.")]
    [InlineData("Estuary Policy Review is edited by members of the Carrow Maritime Society. Views are the authors' own.")]
    public void A_site_describing_itself_is_a_blurb_not_a_bio(string paragraph) => Assert.True(SiteBlurb.Is(paragraph));
}
