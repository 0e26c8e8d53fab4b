using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Golden cases for <see cref="AuthorshipNote"/>: a closing note naming who wrote a report.</summary>
public class AuthorshipNoteTests
{
    [Theory]
    [InlineData("This report was written by Ingrid Halvorsen.", "Ingrid Halvorsen")]
    [InlineData("This paper was researched and written by Ann Lee and Bo Martinsen, with support from our regional staff.", "Ann Lee; Bo Martinsen")]
    [InlineData("The briefing was prepared by Tomas Ekberg; it was edited by Maren Dahl.", "Tomas Ekberg")]
    [InlineData("This study was researched and written by Runa Kettleby and Osei Marchbank of the Institute's coastal desk. It was edited by Pia Lund.", "Runa Kettleby; Osei Marchbank")]
    [InlineData("This note was written by Ida Brenner at the Harbour Policy Unit.", "Ida Brenner")]
    public void Reads_the_authors_a_closing_note_names(string paragraph, string authors) =>
        Assert.Equal(authors, string.Join("; ", AuthorshipNote.Read(paragraph) ?? ["-"]));

    [Theory]
    [InlineData("This report was funded by the Northern Trust.")]
    [InlineData("This bridge was built by the Roman army in the second century.")]
    [InlineData("The ferry was written off by its insurers after the storm.")]
    [InlineData("It was written by Ann Lee.")]
    public void Leaves_other_sentences_alone(string paragraph) =>
        Assert.Null(AuthorshipNote.Read(paragraph));
}
