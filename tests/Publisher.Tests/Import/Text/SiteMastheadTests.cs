using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class SiteMastheadTests
{
    [Theory]
    [InlineData("Tollbridge Evening Herald", true)]
    [InlineData("The Kelp Road Letter", true)]
    [InlineData("Centre for Upland Water Studies", true)]
    [InlineData("Ministry of Roads of Quellmar", true)]
    [InlineData("Saltings Quarterly", true)]
    [InlineData("Ysolde Brannigan-Tuor", false)]
    [InlineData("Local News", false)]
    [InlineData("Opinion", false)]
    public void A_publisher_noun_marks_a_periodical_or_a_publishing_body(string name, bool expected) =>
        Assert.Equal(expected, SiteMasthead.HasPublisherNoun(name));

    [Theory]
    [InlineData("Home  Programmes  Events  Contact", true)]
    [InlineData("World | Business | Sport", true)]
    [InlineData("Home > Notices > 2027", true)]
    [InlineData("Donate", true)]
    [InlineData("Watch Live", true)]
    [InlineData("Subscribe  Sign in", true)]
    [InlineData("Skip to main content", true)]
    [InlineData("Ferry fares rise again", false)]
    [InlineData("A weekly letter on the fens", false)]
    public void Site_controls_are_menus_trails_and_buttons(string line, bool expected) =>
        Assert.Equal(expected, SiteMasthead.IsSiteControls(line));

    [Fact]
    public void A_name_over_a_tagline_and_a_menu_stands_over_controls()
    {
        string[] page = ["Quellmar Cycling Trust", "Safer lanes for every village since 1998", "About  Campaigns  News  Join", "Lanes reopen"];
        Assert.True(SiteMasthead.OverControls(page, 0));
        Assert.False(SiteMasthead.OverControls(["Quellmar Cycling Trust", "Lanes reopen", "Anna Ree"], 0));
    }
}
