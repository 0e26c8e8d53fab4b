using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Golden cases for the editor's own piece as the genre catalogue reads it (branch kinds18): an issue's or a page's label
/// "EDITOR'S NOTE", "From the Editor", "Editor's letter" names an editorial; a sentence opened by "Editor's note:" (a
/// disclosure printed over a post) is no label. Invented text.
/// </summary>
public class EditorialLabelTests
{
    [Theory]
    [InlineData("EDITOR'S NOTE")]
    [InlineData("Editor’s Note")]
    [InlineData("From the Editor")]
    [InlineData("Editor's letter")]
    [InlineData("Note from the Editor")]
    public void The_editors_own_label_names_an_editorial(string label)
    {
        Assert.Equal("editorial", Genres.Of(label));
        Assert.Equal("editorial", SectionLabels.IssueKind(label));
    }

    [Fact]
    public void A_disclosure_opened_by_editors_note_is_no_label() =>
        Assert.Null(Genres.Of("Editor's note: The author advised the harbour board until 2029."));

    [Fact]
    public void A_letter_from_the_editor_is_not_read_as_an_editorial_by_the_catalogue() =>
        Assert.NotEqual("editorial", Genres.Of("Letter from the Editor"));
}
