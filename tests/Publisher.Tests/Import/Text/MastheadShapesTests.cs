using Publisher.Core.Import.Text;
using Publisher.Core.Model;

namespace Publisher.Tests.Import.Text;

/// <summary>The masthead recognisers of <c>Import/Text/</c>: running header lines, volume lines, dates, names, kinds, bios.</summary>
public class MastheadShapesTests
{
    private static readonly string[] Names = ["Coastal Risk Monitor"];

    [Theory]
    [InlineData("CoastalRisk Monitor Volume XIV \uFFFD Issue 9", MastheadMatch.Full)]
    [InlineData("COASTAL RISK MONITOR | VOL. 14, NO. 9 | 7", MastheadMatch.Full)]
    [InlineData("Coastal-Risk-Monitor · Volume 14 · Issue 9", MastheadMatch.Full)]
    [InlineData("coastalriskmonitor volumexivissue9", MastheadMatch.Full)]
    [InlineData("Coastal Risk Monitor | May 2024", MastheadMatch.Full)]
    [InlineData("The Halden Trust | Coastal Risk Monitor | Volume XIV, Issue 9", MastheadMatch.Full)]
    [InlineData("Volume XIV • Issue 9", MastheadMatch.Full)]
    [InlineData("Coastal Risk Monitor    12", MastheadMatch.NameOnly)]
    [InlineData("Coastal Risk Monitor", MastheadMatch.NameOnly)]
    [InlineData("Coastal Risk Monitor reported on the strait in its May issue", MastheadMatch.None)]
    [InlineData("Lena Varga is the Editor of Coastal Risk Monitor.", MastheadMatch.None)]
    [InlineData("[3] Coastal Risk Monitor, Volume 12, Issue 2", MastheadMatch.None)]
    [InlineData("² See, for instance, Coastal Risk Monitor, Vol. 12, No. 2, March", MastheadMatch.None)]
    [InlineData("(4) Coastal Risk Monitor, Volume 12, Issue 2", MastheadMatch.None)]
    [InlineData("Risk Assessment", MastheadMatch.None)]
    [InlineData("Volume of trade", MastheadMatch.None)]
    public void A_line_repeating_the_masthead_is_recognised_through_extraction_noise(string line, MastheadMatch expected) =>
        Assert.Equal(expected, MastheadLine.Match(line, Names));

    [Theory]
    [InlineData("VOLUME XIX | ISSUE 22", "", 19, 22, "")]
    [InlineData("Volume 12, Issue 4 | April 2021", "", 12, 4, "April 2021")]
    [InlineData("Vol. 12, No. 4", "", 12, 4, "")]
    [InlineData("Volume XII • Issue 4", "", 12, 4, "")]
    [InlineData("Rebel Monitor Volume 3 \uFFFD Issue 9", "Rebel Monitor", 3, 9, "")]
    [InlineData("VOLUME IV | ISSUE 7 | March 3, 2022   4", "", 4, 7, "March 3, 2022   4")]
    [InlineData("Volume 2 ◆ Issue 5 ◆ June 2019", "", 2, 5, "June 2019")]
    [InlineData("Harbour Watch \uE00A Vol. 8 \uE00A No. 3 \uE00A 12 May 2020", "Harbour Watch", 8, 3, "12 May 2020")]
    [InlineData("Steppe Review — Volume 4 / Issue 1 / 7", "Steppe Review", 4, 1, "7")]
    [InlineData("October 2023 | Vol. 6 | No. 11", "", 6, 11, "October 2023")]
    [InlineData("Tuesday, 3 March 2026 · Volume Nine · Issue Twenty-Two", "", 9, 22, "Tuesday, 3 March 2026")]
    [InlineData("Harbour Watch — Volume Three, Number Seven", "Harbour Watch", 3, 7, "")]
    [InlineData("Issue 22 • Volume XXIV • 12 November 2026", "", 24, 22, "12 November 2026")]
    [InlineData("Fenland Review | No. 6 | Vol. 11", "Fenland Review", 11, 6, "")]
    [InlineData("Number 3 — Volume 2 — 4.VII.2025", "", 2, 3, "4.VII.2025")]
    [InlineData("Volume 18, 2031 - Issue 3", "", 18, 3, "")]
    public void Volume_lines_give_their_numbers(string line, string before, int volume, int issue, string rest) =>
        Assert.Equal(new VolumeIssue(before, volume, issue, rest), VolumeIssueLine.Parse(line));

    // Written after the rules above, from mastheads the rules had not seen: measured before any change.
    [Theory]
    [InlineData("Vol. 31 | Iss. 2 | Winter 2026", 31, 2)]
    [InlineData("Issue No. 188, Volume 23", 23, 188)]
    [InlineData("No. 31 / Vol. 5 / Autumn 2026", 5, 31)]
    [InlineData("Volume 12 Issue 4 (November 2026)", 12, 4)]
    [InlineData("VOL 7 ISSUE 3 — 2026", 7, 3)]
    [InlineData("Volume 23, Number 188 — Monday, December 15, 2026", 23, 188)]
    [InlineData("Vol. 5 | No. 31 | Quarterly | December 2026", 5, 31)]
    [InlineData("Volume XXIV, Issue 25 • December 23, 2026 • Washington, DC", 24, 25)]
    [InlineData("Highland Watch · Vol. 9 No. 2 · 1–15 March 2027", 9, 2)]
    [InlineData("Vol. XII, No. 6 — Special Issue", 12, 6)]
    [InlineData("Volume 4, Issue 11 — Published 3 Dec 2026", 4, 11)]
    [InlineData("Issue 14 (Volume 2) — 2026-12-01", 2, 14)]
    [InlineData("Number 4 of Volume 12 · March 2030", 12, 4)]
    [InlineData("ISSUE 11 OF VOLUME VII | 2 June 2029", 7, 11)]
    // Issue 6 (gen6a): other numbering words than Volume/Issue, years as volumes, ordinals.
    [InlineData("Tome III  ·  Fascicle 7", 3, 7)]
    [InlineData("Year 4, No. 11  |  Winter 2029", 4, 11)]
    [InlineData("Series 3 · Edition 12 · 20 May 2030", 3, 12)]
    [InlineData("Vol. 6 · Dispatch 14 · 2 April 2031", 6, 14)]
    [InlineData("The Ninth Dispatch of the Second Year", 2, 9)]
    [InlineData("Second Year, Ninth Issue", 2, 9)]
    [InlineData("3rd Year · 12th Number · May 2030", 3, 12)]
    [InlineData("Fascicle 2 of Tome Twenty-One", 21, 2)]
    public void Unseen_mastheads_give_their_numbers(string line, int volume, int issue)
    {
        var parsed = VolumeIssueLine.Parse(line);
        Assert.NotNull(parsed);
        Assert.Equal((volume, issue), (parsed.Volume, parsed.Issue));
    }

    // Issue 13: mastheads that print an issue number and a date but no volume, in the common orders.
    [Theory]
    [InlineData("Number 41 · October 12, 2029", "", 41, "October 12, 2029")]
    [InlineData("No. 19 — February 2027", "", 19, "February 2027")]
    [InlineData("Issue 17  |  5 March 2030", "", 17, "5 March 2030")]
    [InlineData("12 October 2029 | Issue 41", "", 41, "12 October 2029")]
    [InlineData("Harbour Watch · No. 8 · 12 May 2020", "Harbour Watch", 8, "12 May 2020")]
    [InlineData("A monthly review of security on the eastern frontiers · Number 41 · October 12, 2029", "", 41, "October 12, 2029")]
    [InlineData("Bulletin No. 17 · 5 March 2030", "", 17, "5 March 2030")]
    [InlineData("Dispatch 12 — 3 May 2027", "", 12, "3 May 2027")]
    [InlineData("Edition 88 | Autumn 2030", "", 88, "Autumn 2030")]
    [InlineData("Release 44/2029", "", 44, "")]
    public void Issue_lines_without_a_volume_give_their_number_and_date(string line, string before, int issue, string rest) =>
        Assert.Equal(new VolumeIssue(before, null, issue, rest), VolumeIssueLine.Parse(line));

    [Theory]
    [InlineData("Issue 41")]
    [InlineData("No. 19")]
    [InlineData("Number 41 of the series appeared on October 12, 2029")]
    [InlineData("[3] Delta Report No. 12, March 2030")]
    [InlineData("See Delta Report No. 12, March 2030.")]
    [InlineData("Number one on the list · October 12, 2029")]
    [InlineData("The patrol was described in Issue 4, published in May 2030")]
    [InlineData("Policy Brief No. 7 | November 2024")]
    [InlineData("Press Release No. 31 — 4 June 2029")]
    [InlineData("Weekend Edition 12 March 2030")]
    [InlineData("Year 2029, No. 5")]
    [InlineData("The first issue of the second year sold out.")]
    public void An_issue_number_without_a_date_or_in_a_sentence_is_no_masthead(string line) =>
        Assert.Null(VolumeIssueLine.Parse(line));

    [Theory]
    [InlineData("The volume of trade rose in issue after issue")]
    [InlineData("Publication: Terrorism Monitor Volume: 18 Issue: 19")]
    [InlineData("Volume 3, Issue 9 was devoted to the elections in the north.")]
    [InlineData("Volume levels, issue areas and the rest")]
    [InlineData("Issue 4 of Volume 2 was devoted to the floods.")]
    [InlineData("The issue of volume discounts")]
    public void Sentences_with_volume_words_are_not_volume_lines(string line) =>
        Assert.Null(VolumeIssueLine.Parse(line));

    [Theory]
    [InlineData("April 2021", "2021-04-01", true)]
    [InlineData("APRIL 2021", "2021-04-01", true)]
    [InlineData("| Sept. 2022 |", "2022-09-01", true)]
    [InlineData("April 15, 2021", "2021-04-15", false)]
    [InlineData("15 April 2021", "2021-04-15", false)]
    [InlineData("Nov. 9, 2021", "2021-11-09", false)]
    [InlineData("2021-04-15", "2021-04-15", false)]
    [InlineData("19.XI.2026", "2026-11-19", false)]
    [InlineData("— 3 IV 2024 —", "2024-04-03", false)]
    public void Masthead_dates_parse_with_the_day_inferred_when_missing(string text, string date, bool inferred) =>
        Assert.Equal(new MastheadDateValue(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), inferred), MastheadDate.Parse(text));

    [Theory]
    [InlineData("In-depth analysis since 2003")]
    [InlineData("April 31, 2021")]
    [InlineData("Mayday 2021")]
    [InlineData("31.II.2026")]
    [InlineData("12.XIII.2026")]
    [InlineData("Winter quarters")]
    [InlineData("Summer 20295")]
    public void Other_masthead_lines_are_not_dates(string text) => Assert.Null(MastheadDate.Parse(text));

    // A quarterly's season dates its issue to the season's first month, the day (and month) inferred.
    [Theory]
    [InlineData("Winter 2029", "2029-12-01")]
    [InlineData("Spring 2030", "2030-03-01")]
    [InlineData("SUMMER 2030", "2030-06-01")]
    [InlineData("Autumn 2028", "2028-09-01")]
    [InlineData("Fall 2028", "2028-09-01")]
    [InlineData("Winter 2029/30", "2029-12-01")]
    public void Seasons_date_an_issue_to_their_first_month(string text, string date)
    {
        var parsed = MastheadDate.Parse(text);
        Assert.NotNull(parsed);
        Assert.Equal((DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), true, text), (parsed.Date, parsed.DayInferred, parsed.Season));
    }

    private static readonly Outlet[] Outlets = [new() { Name = "Militant Leadership Monitor", Url = "https://example.org/mlm/" }];

    [Theory]
    [InlineData("TERRORISM MONITOR", "Terrorism Monitor")]
    [InlineData("MILITANT LEADERSHIP MONITOR", "Militant Leadership Monitor")]
    [InlineData("REBEL LEADERSHIP MONITOR", "Rebel Leadership Monitor")]
    [InlineData("JOURNAL OF THE SAHEL AND THE MAGHREB", "Journal of the Sahel and the Maghreb")]
    [InlineData("THE WEST-AFRICA  REVIEW", "The West-Africa Review")]
    [InlineData("eurasia Daily Report", "eurasia Daily Report")]
    public void Publication_names_take_their_proper_form(string printed, string proper) =>
        Assert.Equal(proper, PublicationName.Proper(printed, "Terrorism Monitor", Outlets));

    [Theory]
    [InlineData("BRIEF", "brief")]
    [InlineData("BRIEFS", "brief")]
    [InlineData("In Brief", "brief")]
    [InlineData("ANALYSIS", "analysis")]
    [InlineData("COMMENTARIES", "commentary")]
    [InlineData("INTERVIEW", "interview")]
    [InlineData("Features", "feature")]
    [InlineData("SPECIAL REPORTS", "special report")]
    [InlineData("COMMENTARY BRIEFS", "brief")]
    [InlineData("REPORT ANALYSIS", "analysis")]
    [InlineData("I N T E R V I E W  P R O F I L E", "profile")]
    [InlineData("I N F O C U S", "feature")]
    [InlineData("REGIONAL OUTLOOK", "regional outlook")]
    public void Section_labels_map_to_kinds_singular_or_plural(string label, string kind) =>
        Assert.Equal(kind, SectionLabels.KindOf(label));

    [Theory]
    [InlineData("ANALYSIS BRIEF", "brief")]
    [InlineData("BRIEF ANALYSIS", "brief")]
    [InlineData("FEATURE INTERVIEW", "interview")]
    [InlineData("SPECIAL REPORT", null)]
    [InlineData("Analysis brief", null)]
    [InlineData("THE BRIEF", "brief")]
    public void A_capitals_label_of_two_genre_words_in_an_issue_names_the_last_ones_genre(string label, string? kind) =>
        Assert.Equal(kind, SectionLabels.IssueKind(label));

    [Theory]
    [InlineData("Lena Varga is the Editor of Coastal Risk Monitor.", true)]
    [InlineData("Dr. Ana Ruiz, a historian of the region, is a senior fellow at the Halden Trust.", true)]
    [InlineData("Pieter Lindqvist is a journalist based in Tallinn.", true)]
    [InlineData("Omar al-Rashid has written widely on the Gulf and is the author of two books.", true)]
    [InlineData("The Navy is expanding its fleet.", false)]
    [InlineData("Lena Varga is right that the patrols failed.", false)]
    [InlineData("Coastal Risk Monitor | Volume XIV, Issue 9", false)]
    [InlineData("*Mara Quill and Tomas Berg are analysts at the Halden Trust.*", true)]
    [InlineData("Mara Quill said the patrols would continue through the winter.", false)]
    public void Bio_sentences_are_recognised(string text, bool isBio) => Assert.Equal(isBio, BioParagraph.IsBio(text));
}
