using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Golden cases for <see cref="TitleThenBy"/>: a contents title run on into its byline. Invented titles and names.</summary>
public class TitleThenByTests
{
    [Theory]
    [InlineData("Grain Brokers on the Delta Finance a New Militia by Petra Lindgren", "Grain Brokers on the Delta Finance a New Militia", "Petra Lindgren")]
    [InlineData("Salt Caravans Return to the Northern Track By Idrissa Vollmer-Tall", "Salt Caravans Return to the Northern Track", "Idrissa Vollmer-Tall")]
    [InlineData("Why the Upland Cooperatives Stopped Paying, by Amadou Keita-Brandt and Lise Moreau", "Why the Upland Cooperatives Stopped Paying", "Amadou Keita-Brandt|Lise Moreau")]
    [InlineData("Stand Aside: Militias Guarded by Soldiers Sell Fuel BY Noor Vasquez-Ilg", "Stand Aside: Militias Guarded by Soldiers Sell Fuel", "Noor Vasquez-Ilg")]
    public void A_title_ending_in_by_and_names_gives_the_title_and_its_authors(string text, string title, string authors)
    {
        var (head, names) = TitleThenBy.Split(text, []);

        Assert.Equal(title, head);
        Assert.Equal(authors.Split('|'), names);
    }

    [Theory]
    [InlineData("Killed by Friendly Fire on the Western Ridge")]
    [InlineData("Stand by Ana Ruiz")]
    [InlineData("Ports Seized by the Navy in the Dry Season")]
    [InlineData("A Market Run by Smugglers")]
    [InlineData("Salt Caravans Return to the Northern Track")]
    public void A_title_whose_own_words_hold_by_stays_whole(string text)
    {
        var (head, names) = TitleThenBy.Split(text, []);

        Assert.Equal(text, head);
        Assert.Empty(names);
    }

    [Fact]
    public void Authors_the_entry_already_names_are_kept_and_the_title_is_untouched()
    {
        var (head, names) = TitleThenBy.Split("Rivers Crossed by Night Convoys", ["Odile Brannigan-Tey"]);

        Assert.Equal("Rivers Crossed by Night Convoys", head);
        Assert.Equal(["Odile Brannigan-Tey"], names);
    }
}
