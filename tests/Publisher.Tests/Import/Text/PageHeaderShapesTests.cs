using System.Globalization;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Invented header lines of scraped pages: bylines, dates and labels in shapes first seen on heldout6 pages.</summary>
public class PageHeaderShapesTests
{
    [Theory]
    [InlineData("Summary by Tobias Engqvist-Hale, Solicitor", "Tobias Engqvist-Hale")]
    [InlineData("Interview by Mirela Castellanos", "Mirela Castellanos")]
    [InlineData("Reporter: Oskar Brannigan-Wells", "Oskar Brannigan-Wells")]
    [InlineData("Written by Hedda Morcombe, Media Relations", "Hedda Morcombe")]
    [InlineData("Issued: Tue 09.03.27 | Classification: Internal | Prepared by Lucan Ferreira-Holt, Head of Research", "Lucan Ferreira-Holt")]
    // A reference entry's byline, its reviewers beside it.
    [InlineData("Entry by Saskia Oduya-Lind · Reviewed by the editorial board", "Saskia Oduya-Lind")]
    [InlineData("Profile by Tomas Arbeloa-Fenn", "Tomas Arbeloa-Fenn")]
    public void Reads_labelled_bylines(string line, string name) =>
        Assert.Equal([name], Byline.Read(line)!.Names);

    [Fact]
    public void A_name_and_its_title_under_the_headline_give_only_the_name() =>
        Assert.Equal(["Ines Valtonen-Achebe"], Byline.Read("Ines Valtonen-Achebe, Deputy Secretary General", allowBare: true, dateFollows: true)!.Names);

    [Theory]
    [InlineData("Summary by region")]
    [InlineData("Summary of the ruling")]
    [InlineData("Reporter: unknown")]
    public void Near_misses_are_no_bylines(string line) => Assert.Null(Byline.Read(line));

    [Theory]
    [InlineData("Mar 3, 2027 • Updated Mar 5, 2027 • 6 min read", "2027-03-03")]
    [InlineData("Date of judgment: 14/02/2027", "2027-02-14")]
    [InlineData("Judgment date: 14/02/2027", "2027-02-14")]
    [InlineData("Posted Thu 4 Mar 2027, 9:05pm", "2027-03-04")]
    [InlineData("4th March 2027", "2027-03-04")]
    [InlineData("Issued: Tue 09.03.27", "2027-03-09")]
    public void Reads_header_dates(string line, string date) =>
        Assert.Equal(date, DateLine.Read(line)!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("Date of birth: 14/02/1970")]
    [InlineData("Version 09.03.27")]
    [InlineData("Tue 09.03.27 the minister resigned")]
    public void Near_miss_dates_are_not_read(string line) => Assert.Null(DateLine.Read(line));

    [Theory]
    [InlineData("Port Halvard, 4 March 2027", "2027-03-04")]
    [InlineData("Nova Castra, March 4, 2027", "2027-03-04")]
    public void Reads_a_place_and_date_line(string line, string date) =>
        Assert.Equal(date, PlaceDateLine.Read(line)!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("In Port Halvard, on 4 March 2027, the council met.")]
    [InlineData("Updated for the new rules, 4 March 2027")]
    [InlineData("4 March 2027")]
    public void Near_miss_place_dates_are_not_read(string line) => Assert.Null(PlaceDateLine.Read(line));

    [Theory]
    [InlineData("Kastelholm, 10–12 September 2032", true)]
    [InlineData("10-12 Sept 2032", true)]
    [InlineData("September 10–12, 2032", true)]
    [InlineData("Ten days in September: the siege of 2032", false)]
    [InlineData("Talks in Kastelholm, 10–12 September 2032, ended without a deal", false)]
    public void A_span_of_days_is_a_date_line(string line, bool expected)
    {
        Assert.Equal(expected, PlaceDateLine.IsDaySpan(line));
        Assert.Equal(expected, TitleLine.Furniture(line) == TitleFurniture.Date);
    }

    [Theory]
    [InlineData("Paper 2 of 4", TitleFurniture.Position)]
    [InlineData("Part 3/5", TitleFurniture.Position)]
    [InlineData("Two of four ferries lost", TitleFurniture.None)]
    public void A_series_position_alone_is_no_title(string line, TitleFurniture expected) => Assert.Equal(expected, TitleLine.Furniture(line));

    [Theory]
    [InlineData("FACT CHECK", "fact check")]
    [InlineData("Fact-check", "fact check")]
    [InlineData("CASE SUMMARY", "case summary")]
    [InlineData("SPEECH", "speech")]
    [InlineData("PRESS STATEMENT", "press statement")]
    [InlineData("⚠ ALERT", "alert")]
    [InlineData("COMMUNITY NOTICE", "community notice")]
    [InlineData("THIS WEEK'S ANALYSIS", "analysis")]
    [InlineData("Today’s briefing", "briefing")]
    [InlineData("THIS MONTH'S FIELD DIARY", "field diary")]
    public void Reads_page_labels(string label, string kind) => Assert.Equal(kind, Genres.OwnLabel(label));

    [Theory]
    [InlineData("SUMMARY")]
    [InlineData("CHECK")]
    [InlineData("THIS WEEK'S")]
    [InlineData("THIS WEEK'S READING")]
    public void Near_miss_labels_name_no_genre(string label) => Assert.Null(Genres.OwnLabel(label));
}

public class LabelledFieldTests
{
    [Fact]
    public void A_field_among_fields_is_in_a_metadata_list()
    {
        string[] lines = ["Tribunal: High Court of Ostmark", "Reference: [2027] OHC 88", "Decided: 14/02/2027", "Body text follows here."];
        Assert.True(LabelledField.IsInList(lines, 1));
        Assert.False(LabelledField.IsInList(lines, 2));
        Assert.False(LabelledField.IsInList(lines, 0));
    }

    [Theory]
    [InlineData("Why ports matter: a primer for the new minister and his staff on the coast")]
    [InlineData("Nothing here")]
    public void Near_misses_are_no_fields(string line) => Assert.False(LabelledField.Is(line) && line.Split(' ').Length < 4);
}
