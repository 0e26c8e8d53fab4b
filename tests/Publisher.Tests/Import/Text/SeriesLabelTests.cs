using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A numbered series name over a title is the page's genre; a bare number or a long name is not.</summary>
public class SeriesLabelTests
{
    [Theory]
    [InlineData("Chapter 7")]
    [InlineData("Route 66")]
    [InlineData("the ferry No. 4")]
    [InlineData("Harbour Master Ferry Timetable No. 2")]
    public void A_bare_number_or_a_long_name_is_no_series_genre(string line) => Assert.Null(LabelLine.Read(line));
}
