using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// A page's own genre label over its title, in sentence case as many sites print it, and a label line that sets the
/// label beside a reference code, a date or a field. Invented text.
/// </summary>
public class PageOwnLabelTests
{
    [Theory]
    [InlineData("Enforcement notice", "enforcement notice")]
    [InlineData("Investigation summary", "investigation summary")]
    [InlineData("Annual threat assessment", "threat assessment")]
    [InlineData("PUBLIC APPEAL", "public appeal")]
    [InlineData("Dataset", "dataset")]
    [InlineData("Risk assessment", "risk assessment")]
    public void A_label_in_any_case_ending_in_a_genre_noun_names_the_genre(string label, string kind) =>
        Assert.Equal(kind, Genres.OwnLabel(label));

    [Theory]
    [InlineData("Notes from Korvath")]
    [InlineData("harbour notice")]
    [InlineData("The appeal")]
    [InlineData("Support our appeal")]
    public void A_phrase_or_a_lower_case_line_is_no_label(string label) => Assert.Null(Genres.OwnLabel(label));

    [Theory]
    [InlineData("SECURITY BULLETIN  |  GSOC-2031-088  |  17 June 2031", "security bulletin")]
    [InlineData("CLIENT BRIEF                                 CLASSIFICATION: CLIENT CONFIDENTIAL", "client brief")]
    [InlineData("Field Report · 3 May 2030", "field report")]
    public void A_label_beside_a_code_date_or_field_names_the_genre(string line, string kind) => Assert.Equal(kind, LabelLine.Read(line)?.Kind);

    [Theory]
    [InlineData("Harbour Review")]
    [InlineData("CLIENT BRIEF  |  Port Selvane after the depot attack")]
    [InlineData("GSOC-2031-088  |  17 June 2031")]
    public void A_lone_noun_phrase_or_a_line_without_a_genre_is_no_label_line(string line) => Assert.Null(LabelLine.Read(line));
}
