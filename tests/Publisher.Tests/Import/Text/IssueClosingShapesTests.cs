using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>The shapes of an issue's closing lines (the publisher's notice). Invented text.</summary>
public class IssueClosingShapesTests
{
    [Theory]
    [InlineData("Harbour Watch is published twice a month by the Lindqvist Institute for Maritime Studies. The opinions expressed are those of the authors alone.", null)]
    [InlineData("The Upland Review is an independent quarterly publication of the Fenmoor Research Trust. Editor: Ana Ruiz. Contact: desk@upland.example", null)]
    [InlineData("Delta Security Notes is a monthly publication of the Orrin Foundation.", "DELTA SECURITY NOTES")]
    [InlineData("Steppe Letter is a bi-weekly journal of the Karsk Centre. Subscriptions and permissions: office@karsk.example", null)]
    [InlineData("The views expressed are the authors' own. Reproduction without written permission is prohibited. © 2029 Orrin Foundation.", null)]
    public void A_publishers_notice_is_recognised(string paragraph, string? publication) =>
        Assert.True(PublisherNotice.Is(paragraph, publication));

    [Theory]
    // An article's sentence about another outlet: no cue, not the issue's own name.
    [InlineData("Al-Sahm is published weekly by the group's media office and circulates on encrypted channels.", "Harbour Watch")]
    [InlineData("The Coastal Gazette is a daily newspaper of the port city, and its editor was arrested in May.", null)]
    // A bio, not a notice.
    [InlineData("Ana Ruiz is a journalist who has reported from the border since 2019.", null)]
    // Prose that mentions subscriptions once.
    [InlineData("The militia sold subscriptions to its radio service and asked for permission to broadcast from the market.", null)]
    public void Other_paragraphs_are_not(string paragraph, string? publication) =>
        Assert.False(PublisherNotice.Is(paragraph, publication));

    [Theory]
    // The second paragraph of a notice printed in two: reproduction and where to write.
    [InlineData("Reproduction of this or any Trust publication without written permission is prohibited. For questions, write to desk@vellane-trust.example.")]
    [InlineData("All rights reserved. Subscriptions: office@karsk.example")]
    public void A_notices_second_paragraph_continues_it(string paragraph) =>
        Assert.True(PublisherNotice.Continues(paragraph));

    [Theory]
    // One cue is not enough: prose that mentions a reprint, or an email address.
    [InlineData("The ministry reprinted the decree in May, and the governor read it aloud at the port.")]
    [InlineData("Readers may write to the author at lena@harbour.example.")]
    public void Prose_with_one_cue_does_not(string paragraph) =>
        Assert.False(PublisherNotice.Continues(paragraph));
}
