using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Bylines fitted in the thirty-fifth session (issues43-new): a retirement note inside a rank of two words, and ranks
/// hyphenated from rank words, kept out of the name. Invented names.
/// </summary>
public class IssueShapes43Tests
{
    [Theory]
    [InlineData("By Lieutenant Colonel (ret.) Oriane van Dyck-Halloran", "Oriane van Dyck-Halloran")]
    [InlineData("By Air Vice-Marshal (Retd) Teodor Almqvist-Nwosu", "Teodor Almqvist-Nwosu")]
    [InlineData("By Major-General Ilse Brandvold", "Ilse Brandvold")]
    public void Ranks_with_retirement_notes_or_hyphens_are_no_part_of_the_name(string line, string name) =>
        Assert.Equal([name], Byline.Read(line)?.Names ?? []);

    [Theory]
    [InlineData("Air Vice-Marshal Teodor Almqvist-Nwosu", "Teodor Almqvist-Nwosu")]
    [InlineData("Lieutenant-Colonel (retired) Oriane Dyck", "Oriane Dyck")]
    [InlineData("Anna-Maria Lund", "Anna-Maria Lund")]
    public void Clean_leaves_a_hyphenated_name_and_drops_a_hyphenated_rank(string text, string name) => Assert.Equal(name, PersonNames.Clean(text));
}
