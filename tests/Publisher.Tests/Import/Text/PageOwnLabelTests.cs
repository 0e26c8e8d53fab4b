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
        Assert.Equal(kind, Genres.OwnLabel(label, sentenceCase: true));

    [Theory]
    [InlineData("Enforcement notice")]
    [InlineData("Working paper")]
    public void A_label_in_sentence_case_counts_only_where_it_stands_alone_over_the_title(string label) => Assert.Null(Genres.OwnLabel(label));

    [Theory]
    [InlineData("Notes from Korvath")]
    [InlineData("harbour notice")]
    [InlineData("The appeal")]
    [InlineData("Support our appeal")]
    public void A_phrase_or_a_lower_case_line_is_no_label(string label) => Assert.Null(Genres.OwnLabel(label, sentenceCase: true));

    [Theory]
    [InlineData("SECURITY BULLETIN  |  GSOC-2031-088  |  17 June 2031", "security bulletin")]
    [InlineData("CLIENT BRIEF                                 CLASSIFICATION: CLIENT CONFIDENTIAL", "client brief")]
    [InlineData("FIELD REPORT · 3 May 2030", "field report")]
    public void A_label_beside_a_code_date_or_field_names_the_genre(string line, string kind) => Assert.Equal(kind, LabelLine.Read(line)?.Kind);

    [Theory]
    [InlineData("Harbour Review")]
    [InlineData("CLIENT BRIEF  |  Port Selvane after the depot attack")]
    [InlineData("GSOC-2031-088  |  17 June 2031")]
    [InlineData("Daily Maritime Incident Report – 3 December 2026")]
    public void A_lone_noun_phrase_or_a_line_without_a_genre_is_no_label_line(string line) => Assert.Null(LabelLine.Read(line));

    [Theory]
    [InlineData("Prepared by the Calder Reach analysis team")]
    [InlineData("Compiled by the research unit")]
    public void A_credit_to_a_team_is_a_byline_naming_no_person(string line) => Assert.True(CollectiveByline.Is(line));

    [Fact]
    public void A_label_line_in_parts_heads_a_block_of_fields()
    {
        Assert.True(LabelLine.HeadsFields("RISK ASSESSMENT  |  CRA-RA-32-007  |  2 July 2032"));
        Assert.False(LabelLine.HeadsFields("Press release"));
    }

    [Fact]
    public void A_field_under_a_label_line_is_no_title()
    {
        string[] lines =
        [
            "Calder Reach Advisory",
            "☰ Menu    Search",
            "RISK ASSESSMENT  |  CRA-RA-32-007  |  2 July 2032",
            "Distribution: clients in the Tessaly region",
            "Renewed kidnapping threat to engineers on the Tessaly dam project",
            "Prepared by the Calder Reach analysis team",
            "Two kidnappings of foreign engineers in the Tessaly highlands since April suggest that the armed group active in the area has returned to ransom.",
        ];
        Assert.Equal(4, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }
}
