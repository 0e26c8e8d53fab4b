using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class CitationContinuationTests
{
    [Theory]
    [InlineData("[2] See the author's earlier brief, “Pylons and Patronage in the East,”", "Harbour Monitor, Volume 27, Issue 20, 2029.")]
    [InlineData("[2] Penitentiary Service of the Republic, annual report 2028,", "https://penitentiary.example/reports/2028")]
    [InlineData("1 On the origins of the group, see Petra Ilkova, 'From Herders", "to Raiders', Frontier Review, Vol. 6, No. 2 (2027).")]
    [InlineData("⁴ “Villagers say guards settled land quarrel,” The Sadiq Observer,", "March 2, 2030, https://observer.example/2030/03/02/guards, accessed May 12, 2030.")]
    [InlineData("12. Port Authority, “Monthly Report,” April", "2031, accessed June 3, 2031.")]
    public void A_wrapped_note_goes_on_in_its_tail(string first, string tail) =>
        Assert.True(CitationContinuation.Continues([first, tail], 1));

    [Theory]
    // The note above is finished: the next line is not its tail.
    [InlineData("[2] Penitentiary Service of the Republic, annual report 2028.", "Harbour Monitor, Volume 27, Issue 20, 2029.")]
    // A running footer with separators and a page number.
    [InlineData("[2] See the author's earlier brief, “Pylons and Patronage,”", "Harbour Monitor | Volume 27 | Issue 20          4")]
    // Prose above, not a note.
    [InlineData("The harbour authority published its annual report in", "Harbour Monitor, Volume 27, Issue 20, 2029.")]
    // No citation shape in the line.
    [InlineData("[3] Interview with a district official, Sadiq region,", "who asked not to be named.")]
    public void Other_lines_after_a_note_are_not_its_tail(string first, string next) =>
        Assert.False(CitationContinuation.Continues([first, next], 1));

    [Fact]
    public void A_line_printed_twice_is_a_running_line_not_a_tail()
    {
        string[] lines = ["[1] See the earlier brief, “Pylons,”", "Harbour Monitor, Volume 27, Issue 20, 2029.", "", "Text.", "Harbour Monitor, Volume 27, Issue 20, 2029."];
        Assert.Empty(CitationContinuation.Lines(lines));
        Assert.Equal([1], CitationContinuation.Lines(lines.Take(4).ToList()));
    }

    [Fact]
    public void A_blank_line_ends_the_note()
    {
        string[] lines = ["[2] Penitentiary Service of the Republic, annual report 2028,", "", "https://penitentiary.example/reports/2028"];
        Assert.False(CitationContinuation.Continues(lines, 2));
    }
}
