using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Golden cases for the shapes of a web page's foot: site blurbs, reader polls, market-data notes, story rails. Invented text.</summary>
public class FootFurnitureShapesTests
{
    [Theory]
    [InlineData("Brackwater Desk is a nonprofit newsroom. We don't run ads, and we rely on readers like you.")]
    [InlineData("The Marlow Institute is an independent, non-partisan research institute based in Tallinn.")]
    [InlineData("Dunmore Radio 4 is a division of Peregrine Media Holdings.")]
    [InlineData("FieldNotes is a service of the Quarry Information Network. Views in posted documents are their authors'.")]
    [InlineData("The Oskarby Herald is published by the Oskarby Community Press Trust, a registered charity.")]
    [InlineData("This bulletin is produced by the Joint Response Office with support from its member agencies.")]
    [InlineData("The Verran Register is the official journal of the Federation.")]
    public void A_site_describing_itself_is_a_blurb(string paragraph) => Assert.True(SiteBlurb.Is(paragraph));

    [Theory]
    // A person's bio names a role, not an organisation.
    [InlineData("Ana Ruiz is a journalist who has reported from the border since 2019.")]
    [InlineData("Tomas Lind is a senior fellow at the Marlow Institute, where he leads the Baltic programme.")]
    // An article's sentence about another outlet's character (no about-us adjective, no relation).
    [InlineData("The Coastal Gazette is a daily newspaper of the port city, and its editor was arrested in May.")]
    [InlineData("The militia is a loose network of former soldiers and smugglers.")]
    [InlineData("He said the group is an independent faction now.")]
    public void Other_paragraphs_are_not_blurbs(string paragraph) => Assert.False(SiteBlurb.Is(paragraph));

    [Theory]
    [InlineData("Yes, extend them — 61%", true)]
    [InlineData("Not sure 8 %", true)]
    [InlineData("No (31%)", true)]
    [InlineData("Inflation rose in the port towns through the whole of the winter, reaching a level of 12%", false)]
    public void Poll_options(string line, bool expected) => Assert.Equal(expected, PollWidget.IsOption(line));

    [Theory]
    [InlineData("2,114 votes · Poll closed", true)]
    [InlineData("Total votes: 380", true)]
    [InlineData("Poll closed", true)]
    [InlineData("The votes were counted overnight.", false)]
    public void Poll_tallies(string line, bool expected) => Assert.Equal(expected, PollWidget.IsTally(line));

    [Theory]
    [InlineData("All quotes delayed a minimum of 15 minutes.", true)]
    [InlineData("Market data delayed by at least 20 minutes. See the list of exchanges.", true)]
    [InlineData("The vote was delayed by 15 minutes after a power cut.", false)]
    public void Market_data_notes(string text, bool expected) => Assert.Equal(expected, MarketDataNotice.Is(text));

    [Theory]
    [InlineData("11:42 PM GMT-4", true)]
    [InlineData("9:15 PM", true)]
    [InlineData("3 hours ago", true)]
    [InlineData("Ferry services resume on the lake", false)]
    public void Time_stamps(string line, bool expected) => Assert.Equal(expected, TimestampedTeaser.IsStamp(line));

    [Theory]
    [InlineData("Chad: Curfew lifted in Bol after two weeks — 2029-03-02", true)]
    [InlineData("Talks resume — officials say progress is slow", false)]
    public void Dated_headlines(string line, bool expected) => Assert.Equal(expected, TimestampedTeaser.IsDatedHeadline(line));

    private const string Prose =
        "The ferry company said on Tuesday that it would cut the winter timetable to two crossings a day, and the island's council warned that the school and the clinic would struggle to keep their staff.";

    private const string MoreProse =
        "Residents have asked for a meeting with the regional transport office, which has not answered, and the harbour master said the pier would need repairs before the spring season could begin at all.";

    [Fact]
    public void Drops_a_poll_a_story_rail_and_the_sites_blurb_but_keeps_the_article()
    {
        var body = string.Join("\n\n",
            Prose,
            "Should the council pay for extra crossings?",
            "Yes — 54%",
            "No — 38%",
            "Not sure — 8%",
            "912 votes · Poll closed",
            MoreProse,
            "Latest stories",
            "Storm closes the northern road for a second day",
            "8:02 PM GMT+1",
            "Fishermen protest new quota rules at the port",
            "6:40 PM GMT+1",
            "Saltmarsh Post is an independent, reader-funded newsroom covering the islands. We never put our reporting behind a paywall.");
        var result = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.Contains("two crossings a day", result.Text);
        Assert.Contains("harbour master said", result.Text);
        foreach (var gone in new[] { "Should the council", "Yes — 54%", "Not sure", "912 votes", "Storm closes", "8:02 PM", "6:40 PM", "reader-funded newsroom" })
            Assert.DoesNotContain(gone, result.Text);
    }

    [Fact]
    public void Keeps_a_results_table_without_a_tally_and_a_blurb_shaped_sentence_inside_the_article()
    {
        var body = string.Join("\n\n",
            Prose,
            "Results of the island referendum:",
            "Yes — 54%",
            "No — 46%",
            "The Island Trust is an independent charity that owns the old pier.",
            MoreProse);
        var result = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.Contains("Yes — 54%", result.Text);
        Assert.Contains("The Island Trust is an independent charity", result.Text);
    }

    [Fact]
    public void Drops_a_story_rail_whose_headlines_carry_a_section_kicker_but_keeps_a_dated_timeline()
    {
        var body = string.Join("\n\n",
            Prose,
            MoreProse,
            "Europe",
            "Ferry strike ends after nine days on the northern route",
            "June 2, 2029",
            "Business",
            "Harbour fees to rise by a tenth from the spring",
            "May 30, 2029");
        var result = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.Contains("harbour master said", result.Text);
        foreach (var gone in new[] { "Ferry strike ends", "June 2, 2029", "Harbour fees to rise", "May 30, 2029" })
            Assert.DoesNotContain(gone, result.Text);

        // A timeline inside the article: each date is a sentence's, not a rail's stamp.
        var timeline = string.Join("\n\n",
            Prose,
            "Timeline",
            "The council votes to cut the winter crossings.",
            "June 2, 2029",
            MoreProse);
        var kept = StripBoilerplate.Apply(timeline, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.Contains("The council votes to cut the winter crossings.", kept.Text);
    }
}
