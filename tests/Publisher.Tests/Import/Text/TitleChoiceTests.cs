using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Invented heads of pages and issues: the shapes a headline takes beside the furniture around it (issue 6).</summary>
public class TitleChoiceTests
{
    private const string Prose =
        "The ferry companies began carrying armed guards in April after a series of boardings along the northern shore, where gangs in fast boats robbed passengers.";

    [Theory]
    [InlineData("https://post.example/news/2031/06/ferry-guards-lake-orvan", "Ferry Operators on Lake Orvan Hire Armed Guards", true)]
    [InlineData("https://post.example/archive/88-the-week-the-ferries-stopped", "The week the ferries stopped", true)]
    [InlineData("https://post.example/archive/88-the-week-the-ferries-stopped", "A weekly letter on borders and the people between them", false)]
    [InlineData("https://post.example/news/48213", "Counter-terrorism: Small Ports", false)]
    [InlineData(null, "Ferry Operators on Lake Orvan", false)]
    public void The_address_slug_names_the_headline(string? url, string line, bool expected) =>
        Assert.Equal(expected, TitleEvidence.NamedByAddress(line, TitleEvidence.SlugWords(url)));

    [Theory]
    [InlineData("Answered on 24 November 2026", true)]
    [InlineData("Updated 3 May 2027", true)]
    [InlineData("Answered Questions on Small Ports", false)]
    [InlineData("Nairobi Mall Attack Trial Opens", false)]
    public void A_labelled_date_is_not_a_headline(string line, bool expected) => Assert.Equal(expected, TitleEvidence.LabelledDate(line));

    [Theory]
    [InlineData("[Mapping the Smuggling Routes of the Salt Desert](https://fenmoor.example/research/routes)", "Mapping the Smuggling Routes of the Salt Desert")]
    [InlineData("Read [the report](https://x.example/r) here", "Read [the report](https://x.example/r) here")]
    public void A_headline_that_is_a_link_is_its_text(string line, string expected) => Assert.Equal(expected, TitleEvidence.Unlinked(line));

    [Fact]
    public void A_headline_over_two_lines_is_one_title()
    {
        string[] lines =
        [
            "Lakeshore Post",
            "Security",
            "Ferry Operators on Lake Orvan Hire Armed Guards as",
            "Piracy Returns to the Northern Shore",
            "By Kwame Ellingsen and Bettina Moraru",
            "June 18, 2031",
            Prose,
        ];
        var choice = PageTitle.Choose(lines, PageTitleHints.None)!;
        Assert.Equal(2, choice.Index);
        Assert.Equal(2, choice.LineCount);
        Assert.Equal("Ferry Operators on Lake Orvan Hire Armed Guards as Piracy Returns to the Northern Shore", choice.Text);
    }

    [Fact]
    public void A_headline_ending_a_complete_phrase_is_not_joined_to_the_line_under_it()
    {
        string[] lines = ["Lakeshore Post", "Ferry Operators Hire Armed Guards", "Piracy Returns to the Northern Shore", "June 18, 2031", Prose];
        var choice = PageTitle.Choose(lines, PageTitleHints.None)!;
        Assert.Equal(1, choice.LineCount);
    }

    [Fact]
    public void A_headline_the_crawler_titles_alone_is_not_joined_to_its_subtitle()
    {
        string[] lines = ["Harbour Notes", "Subscribe   Sign in", "The ferry fees nobody agreed to", "How two port committees turned the island crossings into a toll road", "Ingrid Soyinka-Brandt", "Mar 3, 2031", Prose];
        var choice = PageTitle.Choose(lines, new PageTitleHints("The ferry fees nobody agreed to", [], null))!;
        Assert.Equal(2, choice.Index);
        Assert.Equal(1, choice.LineCount);
        Assert.Equal("The ferry fees nobody agreed to", choice.Text);
    }

    [Fact]
    public void A_standfirst_over_the_byline_does_not_take_the_title()
    {
        string[] lines = ["The Quarry Letter", "Sign in", "Why the ferries stopped", "Every crossing on the lower river has been shut by one side or the other since the spring", "Ottilie Brennan", "Feb 11, 2027", Prose];
        Assert.Equal(2, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
        string[] particle = ["Ferry news", "Election night in the delta: results as they came in", "The Alliance keeps its majority in the assembly; turnout at a record low", "By Greta Solheim", Prose];
        Assert.Equal(1, PageTitle.Choose(particle, PageTitleHints.None)!.LineCount);
    }

    [Fact]
    public void Buttons_ending_on_a_small_word_are_not_the_headline_s_first_line()
    {
        string[] lines = ["Meridian Review", "Subscribe  Sign in", "The Salt Roads", "A caravan trade older than any border is adapting to checkpoints.", "By Bettina Okonjo-Reyes", Prose];
        var choice = PageTitle.Choose(lines, PageTitleHints.None)!;
        Assert.Equal("The Salt Roads", choice.Text);
    }

    [Fact]
    public void The_slug_outweighs_a_tagline_over_a_date()
    {
        string[] lines =
        [
            "BORDERLINES",
            "A weekly letter on militancy, borders and the people caught between them",
            "Issue #88 · Thursday, 23 November 2028",
            "The week the ferries stopped",
            Prose,
        ];
        var hints = PageTitleHints.None with { Url = "https://borderlines.example/archive/88-the-week-the-ferries-stopped" };
        var choice = PageTitle.Choose(lines, hints)!;
        Assert.Equal(3, choice.Index);
        Assert.Contains("the page's address spells its words", choice.Evidence);
    }

    [Fact]
    public void The_last_heading_over_the_text_wins_over_the_site_name_with_a_name_and_buttons_between()
    {
        string[] lines = ["Skip to content", "Centre for Maritime Studies", "Harbour Pilots and the Night Convoys", "Agnes Thorvald", "Print this page", Prose];
        Assert.Equal(2, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void A_place_and_date_line_or_a_desk_byline_is_never_the_title()
    {
        string[] lines = ["News › Press statements", "Statement on the attack at the harbour market", "Press release No. 14/2027", "Nairobi, 6 May 2027", Prose];
        Assert.Equal(1, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
        string[] obituary = ["OBITUARIES", "Harbour pilot who guided the night convoys dies at 80", "By FATUMA ODHIAMBO, Coast Bureau", Prose];
        Assert.Equal(1, PageTitle.Choose(obituary, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void A_headline_printed_twice_is_the_title()
    {
        string[] lines = ["Wikivale", "Log in", "Southern Reed Cooperative", "From Wikivale, the open encyclopedia", "Southern Reed Cooperative", "Founded\t1994", Prose];
        var choice = PageTitle.Choose(lines, PageTitleHints.None)!;
        Assert.Equal("Southern Reed Cooperative", choice.Text);
    }

    [Fact]
    public void A_crawler_title_with_the_site_name_before_a_colon_names_the_line()
    {
        string[] lines = ["Fenmoor Institute", "Research > Field Notes", "[Mapping the Smuggling Routes of the Salt Desert](https://fenmoor.example/r)", "Posted on 9 October 2031 by Leonie Abara-Quist", Prose];
        var hints = PageTitleHints.None with { CrawlerTitle = "Fenmoor Institute: Mapping the Smuggling Routes of the Salt Desert" };
        var choice = PageTitle.Choose(lines, hints)!;
        Assert.Equal(2, choice.Index);
        Assert.Equal("Mapping the Smuggling Routes of the Salt Desert", choice.Text);
    }

    [Fact]
    public void A_first_line_ending_at_a_colon_joins_the_subtitle_line_under_it()
    {
        string[] lines = ["Portmoor Maritime Agency", "NOTICE TO MARINERS", "Issued 30 June 2032", "Temporary Closure of the Varde Channel:", "Anchorage Areas B and C", Prose];
        var choice = PageTitle.Choose(lines, new PageTitleHints(null, ["Portmoor Maritime Agency"], null))!;
        Assert.Equal("Temporary Closure of the Varde Channel: Anchorage Areas B and C", choice.Text);
        string[] labelled = ["Portmoor Maritime Agency", "Filed under:", "Anchorage Areas Closed to Traffic", "Issued 30 June 2032", Prose];
        Assert.Equal("Anchorage Areas Closed to Traffic", PageTitle.Choose(labelled, PageTitleHints.None)!.Text);
    }

    [Theory]
    [InlineData("Opinion | Why the Mountain Police Should Stop Recruiting", "Why the Mountain Police Should Stop Recruiting", "Opinion")]
    [InlineData("Harbour Pilots | Night Convoys Halted", "Harbour Pilots | Night Convoys Halted", null)]
    public void A_genre_before_a_bar_is_the_headline_s_kicker(string printed, string title, string? kicker) =>
        Assert.Equal((title, kicker), TitleKicker.Strip(printed));

    [Theory]
    [InlineData("WHO GUARDS THE PASSES? A NEW MILITIA LAW", "Who Guards the Passes? A New Militia Law")]
    [InlineData("TOLLS AND RAIDS: THE ECONOMICS OF A FACTION", "Tolls and Raids: The Economics of a Faction")]
    [InlineData("THE ROAD TO THE SEA", "The Road to the Sea")]
    public void Title_case_capitalises_the_word_after_a_colon_or_question_mark(string caps, string expected) =>
        Assert.Equal(expected, PublicationName.TitleCase(caps));

    [Theory]
    [InlineData("KIDNAPPERS TURN TO FISHING CREWS OFF THE NORTHERN COAST", "Kidnappers Turn to Fishing Crews off the Northern Coast")]
    [InlineData("A NEW LEADER FOR JAMA'AT AL-NASR AFTER THE RAID", "A New Leader for Jama'at al-Nasr After the Raid")]
    [InlineData("AL-SHABAAB MOVES INTO THE PORT TOWNS", "Al-Shabaab Moves into the Port Towns")]
    [InlineData("THE SIEGE: AL-NASR REGROUPS", "The Siege: Al-Nasr Regroups")]
    public void Title_case_keeps_prepositions_and_an_inner_arabic_article_in_lower_case(string caps, string expected) =>
        Assert.Equal(expected, PublicationName.TitleCase(caps));

    private const string Issue = """
        UPLAND SECURITY BULLETIN
        Volume 6, Issue 9  |  September 2031

        IN THIS ISSUE
        Cattle Raids Return to the Plateau ...................... 1
        A Ceasefire on Paper Only ............................... 3

        CATTLE RAIDS RETURN TO THE PLATEAU
        Why the herders now travel in armed convoys
        By Ruth Adebayo-Lind

        Herders who cross the upland plateau each season now travel in convoys of several families, with armed
        young men walking beside the herd, after a year in which raiders took more than two thousand head of cattle.

        A Ceasefire on Paper Only
        Why the August truce in the Selm district never took hold
        By Piotr Nakamura-Osei

        The truce signed in the Selm district on 12 August was meant to end two years of fighting between the
        district's two largest clans. It lasted eleven days, and both sides kept their fighters at the roadblocks.
        """;

    [Fact]
    public void A_standfirst_under_an_issue_title_is_the_summary_not_the_title()
    {
        var drafts = new WholeIssueFormat().Read(Issue, new RawSource("seeds/issue.txt")).Drafts;
        Assert.Equal(["Cattle Raids Return to the Plateau", "A Ceasefire on Paper Only"], drafts.Select(d => d.Title));
        Assert.Equal("Why the August truce in the Selm district never took hold", drafts[1].Summary);
        Assert.Contains(drafts[1].InferredFrom, v => v.Field == "summary");
    }
}
