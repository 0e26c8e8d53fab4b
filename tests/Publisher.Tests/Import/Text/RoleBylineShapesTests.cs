using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Invented golden cases for bylines that name a role ("Asked by", "Answered by", "Reviewed by"), names in capitals
/// before a desk, a signature block of name, role and office, a contents entry under a label in two languages, and a
/// wrapped headline on a page with one overlong footer line.
/// </summary>
public class RoleBylineShapesTests
{
    [Theory]
    [InlineData("Asked by Perpetua Lindgaard (East Corrowby)", "Perpetua Lindgaard")]
    [InlineData("Answered by Rufus Adeyemi-Kolb", "Rufus Adeyemi-Kolb")]
    [InlineData("Reviewed by Sunniva Okparo", "Sunniva Okparo")]
    [InlineData("By HALVARD ESSIEN, Northern Bureau", "Halvard Essien")]
    [InlineData("By Ines Calder (Lab) and Tobi Renn (Ind)", "Ines Calder; Tobi Renn")]
    public void Reads_the_names_of_a_role_byline(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line)!.Names));

    [Theory]
    [InlineData("Asked by whom, the minister did not say")]
    [InlineData("Reviewed by the Editorial Board")]
    [InlineData("Answered on 4 May 2031")]
    public void Role_words_before_no_name_are_no_byline(string line) =>
        Assert.Null(Byline.Read(line));

    [Fact]
    public void A_signature_block_may_give_the_signers_role_and_office()
    {
        Assert.Equal(["Odile Brannagh-Sow"], Signature.Names(["Odile Brannagh-Sow", "Field Coordinator, Easthaven", "Relief Without Borders"]));
        Assert.Null(Signature.Names(["Odile Brannagh-Sow", "Field Coordinator", "We will write again when the road opens."]));
        Assert.Null(Signature.Names(["Odile Brannagh-Sow", "Coordinator", "Easthaven", "Relief Without Borders"]));
    }

    [Theory]
    [InlineData("Breve / Brief: Fishermen block the river port ......... 1", "Fishermen block the river port", "brief")]
    [InlineData("Analyse / Analysis: Guards in the salt valleys .... 2", "Guards in the salt valleys", "analysis")]
    public void A_contents_entry_under_a_label_in_two_languages(string line, string title, string kind)
    {
        var entry = IssueContents.GenreColonEntry(line, 3);
        Assert.Equal(title, entry?.Title);
        Assert.Equal(kind, entry?.Kind);
    }

    [Fact]
    public void A_headline_wrapped_at_the_text_width_goes_on_despite_one_wider_footer_line()
    {
        string[] page =
        [
            "Suspension of Deliveries at the Varnholt Depot Following Attack on Escort",
            "Vehicles",
            "",
            "Posted 3 May 2031 by Ilse Marrow-Achebe",
            "",
            "The Company advises that it has suspended deliveries from its Varnholt depot",
            "after an attack on the escort vehicles of a fuel convoy on the evening of 2",
            "May. Two guards were wounded and taken to hospital in the provincial town,",
            "where both are said to be in a stable condition. No employees were harmed.",
            "Deliveries will resume when the authorities judge that the road is safe again.",
            "",
            "Varnholt Fuel Holdings plc · Company No. 0099123 · Registered office: 12 Quay Row, Port Esk",
        ];
        var lines = page.Select((text, k) => (Number: k + 1, Text: text)).Where(l => l.Text.Length > 0).ToList();
        var continuations = WrappedLines.Continuations(lines);
        Assert.Contains(1, continuations);
        var choice = PageTitle.Choose(lines.Select(l => l.Text).ToList(), PageTitleHints.None with { Continuations = continuations });
        Assert.Equal("Suspension of Deliveries at the Varnholt Depot Following Attack on Escort Vehicles", choice?.Text);
    }
}
