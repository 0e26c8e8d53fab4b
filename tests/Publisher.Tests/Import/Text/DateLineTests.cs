using System.Globalization;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class DateLineTests
{
    [Theory]
    [InlineData("May 4, 2023", "2023-05-04", DateRole.Plain, true)]
    [InlineData("4 May 2023", "2023-05-04", DateRole.Plain, true)]
    [InlineData("2023-05-04", "2023-05-04", DateRole.Plain, true)]
    [InlineData("Published: 14 June 2021", "2021-06-14", DateRole.Published, true)]
    [InlineData("Updated Jun. 15, 2021 at 10:42 am", "2021-06-15", DateRole.Updated, true)]
    [InlineData("Thursday, September 9, 2021 | 5 min read", "2021-09-09", DateRole.Plain, true)]
    [InlineData("25/04/2022", "2022-04-25", DateRole.Plain, true)]
    [InlineData("04/25/2022", "2022-04-25", DateRole.Plain, true)]
    [InlineData("17-09-2026", "2026-09-17", DateRole.Plain, true)]
    [InlineData("Issued: 09-30-2025", "2025-09-30", DateRole.Published, true)]
    [InlineData("31.10.2024", "2024-10-31", DateRole.Plain, true)]
    [InlineData("08.12.2027", "2027-12-08", DateRole.Plain, true)]
    [InlineData("Published 03.04.2026", "2026-04-03", DateRole.Published, true)]
    [InlineData("March 2020", "2020-03-01", DateRole.Plain, false)]
    [InlineData("Posted on 3rd February 2020", "2020-02-03", DateRole.Posted, true)]
    [InlineData("Delivered on: 14 March 2031 (Original script, may differ from delivered version)", "2031-03-14", DateRole.Published, true)]
    [InlineData("Delivered 2 May 2030", "2030-05-02", DateRole.Published, true)]
    [InlineData("2 Apr 2025", "2025-04-02", DateRole.Plain, true)]
    [InlineData("Mar. 4, 2025", "2025-03-04", DateRole.Plain, true)]
    [InlineData("2025/03/04", "2025-03-04", DateRole.Plain, true)]
    [InlineData("Tuesday 4 March 2025 14.02 GMT", "2025-03-04", DateRole.Plain, true)]
    [InlineData("March 4, 2025 7:58 PM GMT-4 Updated 2 hours ago", "2025-03-04", DateRole.Plain, true)]
    [InlineData("Published on 17/06/2025 · Updated 18/06/2025", "2025-06-17", DateRole.Published, true)]
    [InlineData("Updated 5 March 2024 · Published 4 March 2024", "2024-03-04", DateRole.Published, true)]
    [InlineData("Last updated: Thu 9 Jan 2025 at 18:05", "2025-01-09", DateRole.Updated, true)]
    [InlineData("Published 08:15 GMT, 3 Feb 2027  ·  Updated 09:40 GMT", "2027-02-03", DateRole.Published, true)]
    [InlineData("Posted 6:05 pm EST, March 2, 2027 | Updated 7:10 pm", "2027-03-02", DateRole.Posted, true)]
    [InlineData("Released: 14 January 2027, 16:00", "2027-01-14", DateRole.Published, true)]
    [InlineData("Published online April 7, 2027", "2027-04-07", DateRole.Published, true)]
    [InlineData("14/08/2032 - 10:32 | Actualizado 14/08/2032 - 18:05", "2032-08-14", DateRole.Plain, true)]
    [InlineData("Publicado 14/08/2032 | Actualizado 15/08/2032", "2032-08-14", DateRole.Published, true)]
    [InlineData("Mis à jour le 14.08.2032 - 18h05", "2032-08-14", DateRole.Updated, true)]
    [InlineData("Veröffentlicht am 02.09.2032", "2032-09-02", DateRole.Published, true)]
    public void Reads_date_lines(string line, string date, DateRole role, bool full)
    {
        var reading = DateLine.Read(line)!;
        Assert.Equal(date, reading.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(role, reading.Role);
        Assert.Equal(full, reading.Full);
    }

    [Theory]
    [InlineData("04/05/2023")]
    [InlineData("03-04-2025")]
    [InlineData("Ref. 12-13-2025-07")]
    [InlineData("On May 4, 2023 the minister resigned after a week of protests.")]
    [InlineData("Volume 12, Issue 4")]
    [InlineData("2023 in review")]
    [InlineData("May 4, 2023 | Ann Lee")]
    [InlineData("Published")]
    [InlineData("Delivered on: 14 March 2031 (by hand to the clerk)")]
    public void Ambiguous_dates_and_sentences_are_not_date_lines(string line) => Assert.Null(DateLine.Read(line));

    [Theory]
    [InlineData("Published", DateRole.Published)]
    [InlineData("Last updated:", DateRole.Updated)]
    [InlineData("Posted on", DateRole.Posted)]
    public void A_label_alone_waits_for_its_date_on_the_next_line(string line, DateRole role) => Assert.Equal(role, DateLine.LabelOnly(line));

    [Fact]
    public void A_label_with_its_date_is_no_label_alone() => Assert.Null(DateLine.LabelOnly("Published 4 May 2023"));

    [Fact]
    public void A_day_month_swap_is_ambiguous() => Assert.True(DateLine.IsAmbiguous("04/05/2023"));
}
