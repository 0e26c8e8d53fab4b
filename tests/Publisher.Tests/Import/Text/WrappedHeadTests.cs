using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Invented heads of scraped pages: a hard-wrapped standfirst whose second line is not a title, a breadcrumb that
/// names a volume and issue (not a printed masthead), and a monitor's web page under a long one-item-per-line menu.
/// </summary>
public class WrappedHeadTests
{
    private static readonly string[] WrappedPage =
    [
        "THE HARBOUR LEDGER",
        "",
        "Ferry operator fined after crew falsified safety drills for two years",
        "",
        "Inspectors say the company behind the Lindqvist Strait crossing logged",
        "14 drills that were never held on its night sailings",
        "",
        "Oskar Brandvold-Mensah",
        "Maritime correspondent",
        "",
        "Mon 8 Nov 2027 10.12 GMT",
        "",
        "A ferry company that runs the night crossing of the Lindqvist Strait has",
        "been fined after inspectors found that its crews recorded safety drills",
        "which never took place, a tribunal in Port Haldane heard on Monday. The",
        "company admitted eleven breaches of the maritime safety code and said",
        "it had since replaced the officers responsible for the records.",
    ];

    private static IReadOnlyList<(int Number, string Text)> NonBlank(string[] page) =>
        page.Select((text, k) => (Number: k + 1, Text: text)).Where(l => l.Text.Length > 0).ToList();

    [Fact]
    public void The_second_line_of_a_wrapped_standfirst_continues_the_first()
    {
        var lines = NonBlank(WrappedPage);
        var continued = WrappedLines.Continuations(lines).Select(k => lines[k].Text).ToList();
        Assert.Contains("14 drills that were never held on its night sailings", continued);
        Assert.DoesNotContain("Oskar Brandvold-Mensah", continued);
        Assert.DoesNotContain("Ferry operator fined after crew falsified safety drills for two years", continued);
    }

    [Fact]
    public void A_page_of_one_line_paragraphs_has_no_continuations()
    {
        string[] page =
        [
            "Ferry operator fined after crew falsified safety drills",
            "By Oskar Brandvold-Mensah",
            "A ferry company that runs the night crossing of the Lindqvist Strait has been fined after inspectors found that its crews recorded safety drills which never took place.",
            "The company admitted eleven breaches of the maritime safety code and said it had since replaced the officers responsible for the records.",
        ];
        Assert.Empty(WrappedLines.Continuations(NonBlank(page)));
    }

    [Fact]
    public void The_headline_over_a_wrapped_standfirst_is_the_title()
    {
        var lines = NonBlank(WrappedPage);
        var hints = PageTitleHints.None with { Continuations = WrappedLines.Continuations(lines) };
        var choice = PageTitle.Choose(lines.Select(l => l.Text).ToList(), hints);
        Assert.Equal("Ferry operator fined after crew falsified safety drills for two years", choice?.Text);
    }

    [Theory]
    [InlineData("Home » Coastal Monitor » Volume 12 » Issue 7")]
    [InlineData("Publications › Delta Review › Volume 3 › Issue 11")]
    public void A_breadcrumb_naming_a_volume_is_not_a_masthead(string line) => Assert.False(VolumeIssueLine.IsMatch(line));

    [Theory]
    [InlineData("Coastal Monitor | Volume 12 | Issue 7")]
    [InlineData("Volume 12 · Issue 7 · March 2027")]
    public void A_masthead_joined_by_bars_or_dots_is_still_one(string line) => Assert.True(VolumeIssueLine.IsMatch(line));

    [Fact]
    public void A_monitor_web_page_under_a_long_menu_is_read_as_a_web_article()
    {
        var text = string.Join("\n",
            "Skip to main content", "The Marlow Institute", "Research", "Publications", "Events", "People", "About", "Give", "Search",
            "Home » Coastal Monitor » Volume 12 » Issue 7",
            "COASTAL MONITOR",
            "Fishing Cooperatives Pay Protection to Pirate Crews in the Gulf of Sarn",
            "Publication: Coastal Monitor Volume: 12 Issue: 7",
            "April 2, 2027 09:15 AM",
            "By: Ines Hallward-Obi",
            "Share",
            "Print",
            "Fishing cooperatives along the southern shore of the Gulf of Sarn have begun paying regular fees to the pirate crews that once raided their boats, according to members interviewed in three harbour towns this spring, who describe the payments as the price of being left alone at sea.",
            "The arrangement has spread quickly since the navy withdrew its patrol boats to the north last year.");
        Assert.Equal(0, new WholeIssueFormat().Detect(text));
        Assert.Equal("web-article", RawFormats.Choose(text, RawFormats.All).Format?.Name);
    }
}
