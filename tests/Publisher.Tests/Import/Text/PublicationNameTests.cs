using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A publication's name without the tagline, fields or legal form printed after it. Invented names.</summary>
public class PublicationNameTests
{
    [Theory]
    [InlineData("THE VELMAR GAZETTE — Published by Authority", "THE VELMAR GAZETTE")]
    [InlineData("Harbour Monitor · Volume: 25 · Issue: 14 · July 9, 2029 11:40 AM", "Harbour Monitor")]
    [InlineData("Coast Post | News for the whole coast", "Coast Post")]
    [InlineData("Velmar Quarry Holdings Ltd", "Velmar Quarry Holdings")]
    [InlineData("Saltline Media, Inc.", "Saltline Media")]
    [InlineData("HARBOUR FREIGHT PLC", "HARBOUR FREIGHT")]
    public void Cuts_what_follows_the_name(string printed, string expected) =>
        Assert.Equal(expected, PublicationName.WithoutTail(printed));

    [Theory]
    [InlineData("Foreign Desk — Harbour Post")]
    [InlineData("Harbour Monitor")]
    [InlineData("Limited")]
    [InlineData("WKVR 7 News")]
    public void Keeps_a_name_with_nothing_after_it(string printed) => Assert.Null(PublicationName.WithoutTail(printed));
}
