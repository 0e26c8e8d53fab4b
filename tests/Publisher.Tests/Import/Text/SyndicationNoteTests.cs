using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Golden cases for a republishing site's note naming the outlet a piece first appeared in. Invented lines.</summary>
public class SyndicationNoteTests
{
    [Theory]
    [InlineData("This article first appeared in The Wexmoor Courier on March 3, 2031, and is republished here with permission.", "The Wexmoor Courier", "2031-03-03")]
    [InlineData("Originally published in Fenhallow Weekly.", "Fenhallow Weekly", null)]
    [InlineData("*This column was first published by the Orland Post on 14 May 2030.*", "Orland Post", "2030-05-14")]
    [InlineData("A version of this essay originally appeared in Northlight Quarterly", "Northlight Quarterly", null)]
    public void Reads_the_first_outlet_and_its_date(string line, string publication, string? date)
    {
        var reading = SyndicationNote.Read(line);

        Assert.NotNull(reading);
        Assert.Equal(publication, reading.Publication);
        Assert.Equal(date, reading.Date?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("This article first appeared in the Corran Evening Star print edition of Tuesday 4 June 2041.", "2041-06-04")]
    [InlineData("A version of this story appears in print in the weekend edition of 12 October 2039, page 7.", "2039-10-12")]
    [InlineData("This review appeared in the 3 March 2040 edition.", "2040-03-03")]
    public void Reads_the_day_of_the_papers_own_print_edition_and_no_outlet(string line, string date)
    {
        var reading = SyndicationNote.Read(line);

        Assert.NotNull(reading);
        Assert.Null(reading.Publication);
        Assert.Equal(date, reading.Date?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    // Prose about something else that "first appeared": not the piece.
    [InlineData("The brigade first appeared in 2026 as a vigilante force protecting the salt convoys.")]
    [InlineData("Her name was first published in June, when the court papers were filed.")]
    // The verb without an outlet.
    [InlineData("Originally published on 4 April 2030.")]
    [InlineData("This article first appeared in print.")]
    [InlineData("This article appeared in the weekend edition.")]
    public void Reads_no_note_that_names_no_first_outlet(string line) =>
        Assert.Null(SyndicationNote.Read(line));
}
