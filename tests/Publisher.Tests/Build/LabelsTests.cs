using Publisher.Core.Build;

namespace Publisher.Tests.Build;

public class LabelsTests
{
    [Theory]
    [InlineData("On November 11, Togo announced an attack.", "On November 11, Togo announced an attack. Later more followed.", true)]
    [InlineData("A loud explosion was heard in the “Green Zone.”", "A loud explosion was heard in the \"Green Zone.\" Then gunfire.", true)]
    [InlineData("A very long lede that was cut…", "A very long lede that was cut short by import at a word.", true)]
    [InlineData("Iraq’s pro-Iran groups accused Al-Kadhimi of fraud.", "IRBIL, Iraqi Kurdistan: In the early hours of Nov. 7, drones struck.", false)]
    [InlineData("", "Anything.", false)]
    public void A_summary_that_is_the_opening_of_the_body_is_recognised(string summary, string firstParagraph, bool expected) =>
        Assert.Equal(expected, Labels.RepeatsOpening(summary, firstParagraph));
}
