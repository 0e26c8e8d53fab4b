using System.Globalization;
using Publisher.Core.Feeds;

namespace Publisher.Tests.Feeds;

public class FeedDatesTests
{
    [Fact]
    public void Rfc822_is_english_and_utc_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");

            Assert.Equal("Fri, 19 Nov 2021 00:00:00 +0000", FeedDates.Rfc822(new DateTimeOffset(2021, 11, 19, 0, 0, 0, TimeSpan.Zero)));
            Assert.Equal("Thu, 18 Nov 2021 22:00:00 +0000", FeedDates.Rfc822(new DateTimeOffset(2021, 11, 19, 0, 0, 0, TimeSpan.FromHours(2))));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Rfc3339_is_utc_with_a_z()
    {
        Assert.Equal("2021-11-05T07:30:00Z", FeedDates.Rfc3339(new DateTimeOffset(2021, 11, 5, 9, 30, 0, TimeSpan.FromHours(2))));
    }
}
