using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Bylines fitted in the thirty-third session (cases35-new): three authors each with a role in lower case after a comma,
/// a newspaper's "From our correspondent, NAME", and a reporter filing from a place beside the date. Invented lines.
/// </summary>
public class WebShapes35Tests
{
    [Theory]
    [InlineData("By Hedda Quill-Oduya, senior fellow, Mats Ebeid, research director, and Saskia Venn, visiting scholar", new[] { "Hedda Quill-Oduya", "Mats Ebeid", "Saskia Venn" })]
    [InlineData("From our correspondent, Tomasz Arkwright-Obi", new[] { "Tomasz Arkwright-Obi" })]
    [InlineData("From our own correspondent in Kessin: Lidia Marsh", new[] { "Lidia Marsh" })]
    [InlineData("Ilse Marchetti-Obi in Korvana · 21 August 2039", new[] { "Ilse Marchetti-Obi" })]
    [InlineData("By Ann Lee, Bo Ma and Cy Young", new[] { "Ann Lee", "Bo Ma", "Cy Young" })]
    public void Bylines_with_roles_places_and_correspondents(string line, string[] names) => Assert.Equal(names, Byline.Read(line)?.Names);

    [Theory]
    [InlineData("From our correspondents in the field, the picture is grim.")]
    [InlineData("Floods in Korvana · 21 August 2039")]
    public void Look_alikes_name_no_author(string line) => Assert.Null(Byline.Read(line));

    [Fact]
    public void A_sites_description_under_its_name_and_menu_over_the_entrys_label_and_term_is_not_the_title()
    {
        string[] lines = ["Kessock Harbour Lexicon", "Browse A–Z   Topics   Contribute   About",
            "Plain definitions of the words heard on the Kessock quays, kept by the harbour society", "Glossary entry", "Slip note",
            "A slip note is the paper a boatyard gives a skipper when a boat is hauled out, stating the hour, the cradle and the fee."];
        Assert.Equal("Slip note", PageTitle.Choose(lines, PageTitleHints.None)?.Text);
    }

    [Fact]
    public void A_headline_in_sentence_case_under_a_sites_name_and_menu_stays_the_title()
    {
        string[] lines = ["Kessock Courier", "News   Sport   Opinion   Jobs", "Harbour board votes to close the old slipway at Kessock",
            "By Maren Ostrova", "The harbour board voted on Tuesday to close the old slipway at the end of the season, citing the cost of repairs."];
        Assert.Equal("Harbour board votes to close the old slipway at Kessock", PageTitle.Choose(lines, PageTitleHints.None)?.Text);
    }
}
