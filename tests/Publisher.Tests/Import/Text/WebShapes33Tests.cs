using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes found in the thirty-first session's new web cases (cases33-new), fitted in the thirty-second: runs of the people
/// who took part listed after an announcement's text, with a chair line; a possessive before the noun a tagline repeats
/// from the site's name; a history line naming what changed ("Entry revised DATE"); a site's button over the headline.
/// Invented lines.
/// </summary>
public class WebShapes33Tests
{
    [Theory]
    [InlineData("With contributions from", true)]
    [InlineData("Speakers at the launch", true)]
    [InlineData("Also taking part:", true)]
    [InlineData("Respondents", true)]
    [InlineData("Our guests on the night", true)]
    [InlineData("On the road", false)]
    [InlineData("The contributions rose by a third in 2036.", false)]
    [InlineData("Why the hosts walked out of the talks over the weir", false)]
    public void Labels_of_the_people_who_took_part(string line, bool expected) => Assert.Equal(expected, SpeakerList.IsLabel(line));

    [Theory]
    [InlineData("Chaired by Orla Penhaligon-Reyes – Tarrow Rural Trust", true)]
    [InlineData("Moderated by Dr Kit Aldous (University of Wendle)", true)]
    [InlineData("Hosted by Bram Oyelowo", true)]
    [InlineData("Chaired by the mayor, the meeting ran on until midnight.", false)]
    [InlineData("Led by volunteers", false)]
    public void A_line_naming_who_chaired(string line, bool expected) => Assert.Equal(expected, SpeakerList.IsChairLine(line));

    [Fact]
    public void A_label_takes_the_entries_under_it_and_a_chair_line_stands_alone()
    {
        string[] lines =
        [
            "The launch is open to all and costs nothing.",
            "",
            "Taking part",
            "Wenna Trask, Harbour Archive, Polwenna",
            "Idris Okonjo-Pell - County Record Office, Lanmouth",
            "",
            "Hosted by Saffi Brennock (Harbour Archive)",
            "",
            "Book a place below.",
            "Ann Lee, Tarn",
        ];
        Assert.Equal([2, 3, 4, 6], SpeakerList.LabelledRuns(lines));
    }

    [Theory]
    [InlineData("From Tarrow Anglers' Almanac, the anglers' almanac of the pools, weirs and fords of Tarrow", "Tarrow Anglers' Almanac")]
    [InlineData("From Holm County Gazetteer, the county's gazetteer of parishes and hamlets", "Holm County Gazetteer")]
    [InlineData("From Wendle Ferry Register, the boatmen’s register of the crossings of the Wendle", "Wendle Ferry Register")]
    public void A_possessive_may_stand_before_the_noun_a_tagline_repeats(string line, string site) =>
        Assert.Equal(site, EncyclopediaTagline.SiteName(line));

    [Theory]
    [InlineData("Entry revised 4 March 2039", 2039, 3, 4)]
    [InlineData("Record updated on 2 May 2039", 2039, 5, 2)]
    [InlineData("This listing was amended on 9 June 2039, at 10:40", 2039, 6, 9)]
    [InlineData("Page revised: 12 January 2039", 2039, 1, 12)]
    public void A_history_line_naming_what_changed_dates_the_page(string line, int year, int month, int day)
    {
        Assert.True(PageHistory.Is(line));
        var date = PageHistory.DateOf(line);
        Assert.Equal(new DateOnly(year, month, day), date?.Date);
        Assert.Equal(DateRole.Updated, date?.Role);
    }

    [Theory]
    [InlineData("Story edited by Ann Lee")]
    [InlineData("Record crowds filled the square on 2 May")]
    public void A_line_that_only_opens_like_a_history_line_is_none(string line) => Assert.False(PageHistory.Is(line) && PageHistory.DateOf(line) is not null);

    [Theory]
    [InlineData("Become a member", true)]
    [InlineData("Join today", true)]
    [InlineData("Get the app   Sign in", true)]
    [InlineData("Support our journalism", true)]
    [InlineData("Become a better neighbour", false)]
    [InlineData("Support our nurses", false)]
    [InlineData("Join the queue for bread", false)]
    public void A_sites_buttons_are_never_a_headline(string line, bool expected) => Assert.Equal(expected, SiteMasthead.IsControlButtons(line));
}
