using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;
using Publisher.Core.Model;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// An issue's masthead name decided once (<see cref="MastheadName"/>), a running number before a title
/// (<see cref="TitleNumber"/>) and body lines that only echo the title or an author (<see cref="EchoLine"/>). Invented names.
/// </summary>
public class MastheadTitleEchoTests
{
    private static readonly PublicationConfig Reef = new() { Name = "Coral Reef Sentinel", Slug = "coral-reef-sentinel", Aliases = ["CRS"] };

    private static string? Decide(string? reader, string text, params PublicationConfig[] publications) =>
        MastheadName.Decide(reader, text.Split('\n'), publications)?.Name;

    [Fact]
    public void A_letter_spaced_masthead_is_one_name()
    {
        const string head = "Issue 7  •  Vol. III\nH A R B O U R    S E C U R I T Y    M O N I T O R\nWatching the ports of the south\n3 May 2031\n";
        Assert.Equal("HARBOUR SECURITY MONITOR", Decide(null, head));
    }

    [Theory]
    [InlineData("FJORD\nSECURITY MONITOR\nArmed crime along the northern coasts\n\nNo. 4 | Vol. 2 | 1 March 2031", "FJORD SECURITY MONITOR")]
    [InlineData("Coastal\nPiracy\nMonitor\n    Volume II | Issue 9\n    March 3, 2031", "Coastal Piracy Monitor")]
    [InlineData("RIVER DELTA\nWATCH BULLETIN\nA Karsten Foundation publication\nVol. 3 | No. 2", "RIVER DELTA WATCH BULLETIN")]
    public void A_stacked_masthead_is_one_name(string head, string expected) => Assert.Equal(expected, Decide(null, head));

    [Fact]
    public void The_periodical_wins_over_its_publisher_printed_above_it()
    {
        const string head = "THE KARSTEN FOUNDATION\nBaltic Shipping Brief\nVOLUME 6 • ISSUE 11 • SEPTEMBER 10, 2031\n";
        Assert.Equal("Baltic Shipping Brief", Decide("THE KARSTEN FOUNDATION", head));
    }

    [Theory]
    [InlineData("THE KARSTEN FOUNDATION  —  BALTIC SHIPPING BRIEF", "BALTIC SHIPPING BRIEF")]
    [InlineData("Harbour Review | Tollhaven Institute", "Harbour Review")]
    [InlineData("Foreign Desk — Harbour Post", "Foreign Desk — Harbour Post")]
    [InlineData("Harbour Institute · Research Centre", "Harbour Institute · Research Centre")]
    // The body's word before the "for"/"of"/"on" that opens its subject, whatever word the subject ends in.
    [InlineData("Orrin Centre for Coastal Studies — Reef Security Monitor", "Reef Security Monitor")]
    [InlineData("UPLAND LEDGER | MARROW INSTITUTE FOR REGIONAL AFFAIRS", "UPLAND LEDGER")]
    [InlineData("Council on Estuary Relations · The Tideline Review", "The Tideline Review")]
    // A periodical "of" its subject is no body: both halves stay.
    [InlineData("Journal of Harbour Studies — Port Notes", "Journal of Harbour Studies — Port Notes")]
    public void A_publisher_and_its_periodical_on_one_masthead_line_name_the_periodical(string line, string expected)
    {
        Assert.Equal(expected, MastheadName.WithoutPublisher(line));
        Assert.Equal(expected == line ? line : expected, Decide(line, line + "\nVol. 4, No. 6          June 2033"));
    }

    [Fact]
    public void An_own_publication_in_the_masthead_wins()
    {
        const string head = "C O R A L   R E E F   S E N T I N E L\nVolume 4, Issue 2\n";
        Assert.Equal("CORAL REEF SENTINEL", Decide(null, head, Reef));
        Assert.Equal("Coral\nReef\nSentinel".Replace('\n', ' '), Decide(null, "Coral\nReef\nSentinel\nVolume 4 | Issue 2", Reef));
    }

    [Fact]
    public void A_date_where_the_name_stood_is_no_name()
    {
        const string head = "                 02·05·2031\nTERRORISM\n          MONITOR\nVOLUME XXIX  ▪  No. 9\n";
        Assert.Equal("TERRORISM MONITOR", Decide("02·05·2031", head));
        Assert.Null(Decide("02·05·2031", "02·05·2031\nVOLUME 3 No. 9\n"));
    }

    [Fact]
    public void The_reader_s_name_stands_when_the_masthead_offers_nothing_better()
    {
        Assert.Equal("Lakelands Bulletin", Decide("Lakelands Bulletin", "LAKELANDS BULLETIN\nOctober 2031\n"));
        Assert.Equal("Orbis Weekly", Decide("Orbis Weekly", "Orbis Weekly\nVol. 2 No. 3\nContents\nThe Harbour Monitor ..... 3"));
    }

    [Theory]
    [InlineData("3 — Night Ferries Return to the Strait", "Night Ferries Return to the Strait")]
    [InlineData("No. 4 – What the Inquiry Found", "What the Inquiry Found")]
    [InlineData("#5 - A Quiet Week on the Border", "A Quiet Week on the Border")]
    [InlineData("12. After the Verdict, Questions Remain", "After the Verdict, Questions Remain")]
    [InlineData("2 — “We Plan for Floods”", "“We Plan for Floods”")]
    public void A_running_number_and_dash_is_dropped_from_a_title(string title, string expected) => Assert.Equal(expected, TitleNumber.Strip(title));

    [Theory]
    [InlineData("10 Downing Street talks stall over fishing rights")]
    [InlineData("12 months on the road with the border police")]
    [InlineData("2031 — the year the ports closed")]
    [InlineData("3 — 2")]
    [InlineData("Day 12: The defence opens")]
    [InlineData("5.5 million displaced, says agency")]
    public void A_title_led_by_a_number_keeps_it(string title) => Assert.Null(TitleNumber.Strip(title));

    [Theory]
    [InlineData("Night Ferries Return to the Strait: What Changed", "title")]
    [InlineData("NIGHT FERRIES RETURN TO THE STRAIT: WHAT CHANGED   7", "title")]
    [InlineData("12 | Night Ferries Return to the Strait", "title")]
    [InlineData("Ingrid Solvang-Abiola", "author's name")]
    [InlineData("By Ingrid Solvang-Abiola", "author's name")]
    [InlineData("— Ingrid Solvang-Abiola and Tor Lindqvist", "authors' names")]
    public void A_line_that_only_echoes_the_title_or_an_author_is_an_echo(string line, string what) =>
        Assert.Equal(what, EchoLine.Of(line, "Night Ferries Return to the Strait: What Changed", ["Ingrid Solvang-Abiola", "Tor Lindqvist"]));

    [Theory]
    [InlineData("Night ferries returned to the strait on Monday, officials said.")]
    [InlineData("Ingrid Solvang-Abiola is a fellow at the institute.")]
    [InlineData("Interview by Ingrid Solvang-Abiola, edited for length")]
    [InlineData("What Changed")]
    public void A_line_with_more_than_the_echo_is_kept(string line) =>
        Assert.Null(EchoLine.Of(line, "Night Ferries Return to the Strait: What Changed", ["Ingrid Solvang-Abiola", "Tor Lindqvist"]));

    [Fact]
    public void A_name_printed_as_a_line_more_than_once_is_a_speaker_not_an_echo() =>
        Assert.Null(EchoLine.Of("Ingrid Solvang-Abiola", "A Title", ["Ingrid Solvang-Abiola"], nameLines: 3));

    [Fact]
    public void Strip_boilerplate_drops_echo_lines_and_lists_them()
    {
        const string body = "Night Ferries Return to the Strait\n\nThe first ferry crossed at night on Monday, the port authority said, after a year of daylight-only sailings.\n\nBy Ingrid Solvang-Abiola\n";
        var result = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" }, ["Ingrid Solvang-Abiola"], null, "Night Ferries Return to the Strait");

        Assert.DoesNotContain("Night Ferries Return", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("By Ingrid", result.Text, StringComparison.Ordinal);
        Assert.Contains("The first ferry crossed", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Actions, a => a.Kind == FixupActionKinds.DroppedBoilerplate && a.Detail.StartsWith("echo of the title", StringComparison.Ordinal));
    }
}
