using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A would-be name made only of a page's interface words or furniture's common nouns is a label, not a person.</summary>
public class PersonNamesReadsAsNameTests
{
    [Theory]
    [InlineData("Latest Entries")]
    [InlineData("Older Posts")]
    [InlineData("View Full Text")]
    [InlineData("Download Article")]
    [InlineData("Supplementary Material")]
    [InlineData("Research Article")]
    [InlineData("Table of Contents")]
    public void Interface_labels_do_not_read_as_names(string label) =>
        Assert.False(PersonNames.ReadsAsName(label.Split(' ')));

    [Theory]
    [InlineData("Emily Post")]
    [InlineData("Orla Page")]
    [InlineData("Tobias Read")]
    [InlineData("Nadia al-Fahri")]
    public void A_name_with_one_such_word_still_reads_as_one(string name) =>
        Assert.True(PersonNames.ReadsAsName(name.Split(' ')));

    [Theory]
    [InlineData("Popular Stories")]
    [InlineData("Featured Content")]
    public void Bare_label_lines_give_no_byline_names(string line)
    {
        Assert.Null(TextShapes.AuthorNames(line));
        Assert.Null(Byline.Read(line, allowBare: true, dateFollows: true));
    }

    [Theory]
    [InlineData("S.M. Oduya-Brandt", true)]
    [InlineData("J.R.K. Amadi", true)]
    [InlineData("ABOUT Amadi", false)]
    [InlineData("S.M.A.R.T. Amadi", false)]
    public void Initials_printed_without_spaces_are_a_names_not_a_labels_capitals(string line, bool isName) =>
        Assert.Equal(isName, TextShapes.AuthorNames(line) is not null);

    [Fact]
    public void A_real_bare_byline_is_still_read() =>
        Assert.Equal("Orla Page; Tobias Read", string.Join("; ", TextShapes.AuthorNames("Orla Page and Tobias Read")!));

    [Theory]
    [InlineData("Professor Dame Ottilie Brandt-Nwosu DBE FBA", "Ottilie Brandt-Nwosu")]
    [InlineData("Sir Caspian Okoro-Lind KC", "Caspian Okoro-Lind")]
    [InlineData("Ann Ma", "Ann Ma")]
    public void Honours_after_a_name_are_no_part_of_it(string printed, string name) =>
        Assert.Equal(name, PersonNames.Clean(printed));
}
