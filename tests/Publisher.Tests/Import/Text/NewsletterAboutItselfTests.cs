using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A newsletter speaking to its reader about itself, and stories that mention subscribers, sponsors or membership (invented text).</summary>
public class NewsletterAboutItselfTests
{
    [Theory]
    [InlineData("This issue is supported by Quayside Data, shipping records for researchers. Find out more →", "newsletter sponsor line")]
    [InlineData("Today's newsletter is brought to you by Harbourline Analytics.", "newsletter sponsor line")]
    [InlineData("Good morning, and welcome to the 2,100 of you who joined since March.", "newsletter welcome")]
    [InlineData("A warm welcome to our new subscribers.", "newsletter welcome")]
    [InlineData("That's it for this week. See you next Thursday.", "newsletter sign-off")]
    [InlineData("That's all for today", "newsletter sign-off")]
    [InlineData("That's it for this week. If this was useful, forward it to a colleague.", "newsletter sign-off")]
    [InlineData("Paid subscribers also get our Friday map and the full archive.", "paid-tier upsell")]
    [InlineData("Upgrade: https://harbour.example/upgrade", "paid-tier upsell")]
    [InlineData("Members get the full archive and a monthly call with me. Join for £5 a month.", "paid-tier upsell")]
    [InlineData("Become a supporting member from £4 a month: https://example.org/support", "paid-tier upsell")]
    [InlineData("Over 4,000 subscribers", "newsletter reader count")]
    [InlineData("This digest summarises posts from public channels in the delta. Translations are ours.", "newsletter's description of itself")]
    [InlineData("Annual membership is £10 and is due in January. You can pay at any session.", "membership notice")]
    [InlineData("The Harbour Letter is written by Ines Varga and Bo Lind and edited in Kestwick.", "newsletter's description of itself")]
    [InlineData("Delta Notes is produced by the Riverside Desk.", "newsletter's description of itself")]
    public void The_newsletter_about_itself(string unit, string what) => Assert.Equal(what, NewsletterAboutItself.What(unit));

    [Theory]
    [InlineData("Good morning, and welcome to the new readers. Today we look at a ferry that stopped running.")]
    [InlineData("That's it for this week. If you worked on the ferries, my inbox is open.")]
    [InlineData("That's all for now, the harbour master said, and closed the office.")]
    [InlineData("The harbour festival, sponsored by the port authority, went ahead on Saturday.")]
    [InlineData("Paid subscribers to the state paper's app get the ministry's statements an hour early.")]
    [InlineData("Members get a vote at the party congress, which meets every two years.")]
    [InlineData("The group demanded a membership fee of $50 a month from each crew member.")]
    [InlineData("The channel had about 18,000 subscribers, most of them people who wanted to cross.")]
    [InlineData("This briefing summarises the current law and the proposals for reform.")]
    [InlineData("The indictment is written by prosecutors in Kestwick and runs to 400 pages.")]
    [InlineData("Most of the channel's posts are written by Ines Varga, who left the group in May.")]
    public void Stories_that_mention_subscribers_sponsors_or_membership(string unit) => Assert.Null(NewsletterAboutItself.What(unit));

    [Theory]
    [InlineData("IN THIS ISSUE", "the issue's contents")]
    [InlineData("In today's edition:", "the issue's contents")]
    [InlineData("ALSO WORTH YOUR TIME", "links to elsewhere")]
    [InlineData("What we're reading", "links to elsewhere")]
    [InlineData("DATES FOR YOUR DIARY", "the newsletter's notices")]
    public void Labels_of_the_newsletters_own_lists(string line, string what) => Assert.Equal(what, NewsletterAboutItself.ListLabel(line));

    [Theory]
    [InlineData("What the charge sheet shows")]
    [InlineData("Key findings")]
    [InlineData("In this issue, the court said, the facts are not disputed.")]
    public void Headings_of_the_text_are_not_list_labels(string line) => Assert.Null(NewsletterAboutItself.ListLabel(line));

    [Theory]
    [InlineData("Enjoying The Fault Line Letter? Forward it to a friend, or subscribe at https://example.org/join - it's free.")]
    [InlineData("Like Tidewatch? Forward it to a colleague.")]
    public void A_question_about_the_newsletter_by_name_then_what_to_do_with_it(string unit) => Assert.Equal("forwarding appeal", ReaderTool.What(unit));

    [Theory]
    [InlineData("Know someone who would like the Bulletin? Forward it on.")]
    [InlineData("Do you know a colleague who might find this useful? Share it with them.")]
    [InlineData("Pass it on.")]
    [InlineData("Forward this email along to anyone on the committee.")]
    public void An_appeal_to_pass_the_letter_on_to_someone_who_would_like_it(string unit) => Assert.Equal("forwarding appeal", ReaderTool.What(unit));

    [Theory]
    [InlineData("Pass it on to the harbour office, the skipper told his mate, and do not stop for the customs launch.")]
    [InlineData("Know someone who would lend a boat? The smugglers always did, and the harbour office never asked.")]
    public void A_story_that_passes_something_on_is_not_an_appeal(string line) => Assert.Null(ReaderTool.What(line));

    [Fact]
    public void A_question_to_a_person_in_a_story_is_not_an_appeal() =>
        Assert.Null(ReaderTool.What("Like Marta? She forwarded the letter to the council herself, without telling anyone at the office."));
}
