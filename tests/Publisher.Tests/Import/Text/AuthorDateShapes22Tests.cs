using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Byline, name, authors-block and date shapes of issue 6 (branch authors22).</summary>
public class AuthorDateShapes22Tests
{
    [Theory]
    [InlineData("Statement by Idris Kamara-Voss, Programme Director", "Idris Kamara-Voss")]
    [InlineData("Remarks by Ambassador Petra Lindgren-Asante", "Petra Lindgren-Asante")]
    [InlineData("Dr Ansel Moreau and Colonel (ret.) Bodil Frey", "Ansel Moreau; Bodil Frey")]
    public void Reads_names_after_a_document_noun_or_with_ranks(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line, allowBare: true)!.Names));

    [Theory]
    [InlineData("By clicking Continue to join or sign in, you agree to the User Agreement, Privacy Policy, and Cookie Policy.")]
    [InlineData("By using this site you accept our Terms and Conditions")]
    [InlineData("Statement by the Embassy of Norvania")]
    public void A_sentence_opened_by_by_is_no_byline(string line) => Assert.Null(Byline.Read(line));

    [Theory]
    [InlineData("— Professor Ikemefuna Dahl-Oyo, FRSX", "Ikemefuna Dahl-Oyo")]
    [InlineData("– Dr Sela Marchbank, DSc", "Sela Marchbank")]
    public void A_dashed_signature_keeps_honorifics_and_letters_out(string line, string names) =>
        Assert.Equal(names, string.Join("; ", EndByline.Read(line)!));

    [Theory]
    [InlineData("The Rt Hon Cora Wendell-Ayo MP", "Cora Wendell-Ayo")]
    [InlineData("Gen. (Retd) Tomasz Ilunga", "Tomasz Ilunga")]
    public void Styles_and_letters_are_no_part_of_a_name(string name, string clean) => Assert.Equal(clean, PersonNames.Clean(name));

    [Fact]
    public void An_authors_block_takes_a_name_and_its_role_on_one_line()
    {
        var block = AuthorsBlock.Read(["Authors", "Mirela Oduya-Strand — Head of Claims, Hamburg", "Jonas Pettit — Senior Analyst, Marine", "Contact us"]);
        Assert.NotNull(block);
        Assert.Equal("Mirela Oduya-Strand; Jonas Pettit", string.Join("; ", block!.Names));
        Assert.Equal(3, block.Lines);
    }

    [Theory]
    [InlineData("02·05·2030", "2030-05-02")]
    [InlineData("Issue date 14·11·2031", "2031-11-14")]
    public void A_raised_dot_date_is_read_day_first(string line, string date) =>
        Assert.Equal(date, DateLine.FindIn(line)!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("7 October 2029   |   42 pages   |   ISBN 978-1-0000-0000-0", false)]
    [InlineData("Marlow Press, 2029, 412 pages, $32", true)]
    public void A_papers_own_dated_details_are_no_reviewed_book(string line, bool book) => Assert.Equal(book, BookBlock.IsDetails(line));
}
