using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>The shapes a site prints around an article but never inside it, and their prose lookalikes (invented text).</summary>
public class ClosingFurnitureTests
{
    [Theory]
    [InlineData("(Reporting by Ana Velde in Tarsk and Omar Quint in Lisle; Editing by Jo Brandt)")]
    [InlineData("Writing by Ana Velde; Editing by Jo Brandt and Lee Han")]
    [InlineData("Additional reporting by Greta Moss")]
    [InlineData("Illustrations by Pavel Ostrowski")]
    [InlineData("Photographs: Lena Duarte for the Review")]
    [InlineData("Fact-checking by Amir Lowe")]
    public void Credit_lines(string line) => Assert.True(CreditLine.Is(line));

    [Theory]
    [InlineData("Reporting by local journalists has been curtailed since the coup, and several have left the country for good.")]
    [InlineData("Photographs by residents showed the bridge under water on Monday morning, hours before the warning went out.")]
    [InlineData("Editing the law would take months.")]
    public void Sentences_about_reporting_are_not_credits(string line) => Assert.False(CreditLine.Is(line));

    [Theory]
    [InlineData("Sign the petition")]
    [InlineData("Forward to a friend")]
    [InlineData("Download (MP3, 38 MB)")]
    [InlineData("Tell the regional governor: release the detained reporters")]
    [InlineData("Join the alliance — membership is free for students.")]
    [InlineData("Back to all sessions")]
    [InlineData("Protect the right to a fair trial in Orlenko")]
    [InlineData("Get our weekly briefing and find out how you can help.")]
    [InlineData("Heard a rumour you want us to verify? Send it to us through our tip form.")]
    [InlineData("Got a story idea you'd like to pitch to us? Write to the desk editor.")]
    [InlineData("Not a volunteer yet? Join the rota today — it takes two minutes.")]
    [InlineData("Spotted an otter this week? Tell us where through the sightings page.")]
    public void Reader_prompts(string line) => Assert.True(CallToAction.IsReaderPrompt(line));

    [Theory]
    [InlineData("Follow the money.")]
    [InlineData("Read the judgment and the picture changes: the court found no evidence of a plot.")]
    [InlineData("sign that the state can protect them.")]
    [InlineData("Why did the talks fail? Ask the farmers, and they will tell you about the water.")]
    [InlineData("The ministry told families to register their sons with the police, and many did so the same week.")]
    [InlineData("Support for the ceasefire has fallen in every district since March, the survey found, and it is lowest where the fighting was. Few expect the truce to last. Fewer still expect elections.")]
    public void Statements_and_prose_are_not_reader_prompts(string line) => Assert.False(CallToAction.IsReaderPrompt(line));

    [Theory]
    [InlineData("Is this page useful?")]
    [InlineData("Was this fact check useful? 👍 👎")]
    [InlineData("Was this article helpful? Yes / No")]
    [InlineData("Did you find this page useful? Yes No")]
    [InlineData("Yes this page is useful")]
    [InlineData("Report a problem with this page")]
    [InlineData("Thank you for your feedback")]
    [InlineData("Tell us how we can improve this page")]
    public void Feedback_widgets(string line) => Assert.True(FeedbackWidget.Is(line));

    [Theory]
    [InlineData("Was this the right decision? Officials are divided.")]
    [InlineData("Report a problem to the police, the leaflet says, and you will be ignored for a week at least.")]
    public void Questions_in_prose_are_not_feedback(string line) => Assert.False(FeedbackWidget.Is(line));

    [Theory]
    [InlineData("Last updated 5 September 2024")]
    [InlineData("Last reviewed: 14 February 2024")]
    [InlineData("Page history")]
    [InlineData("Show all updates")]
    [InlineData("2 September 2024 First published.")]
    [InlineData("Published: 11:20, 8 Nov 2024 | Updated: 14:05, 8 Nov 2024")]
    public void Page_history(string line) => Assert.True(PageHistory.Is(line));

    [Theory]
    [InlineData("Published reports suggest the figure is higher.")]
    [InlineData("Last year the ministry updated its guidance twice, and both times the changes went unnoticed by retailers.")]
    public void Prose_about_publishing_is_not_page_history(string line) => Assert.False(PageHistory.Is(line));

    [Theory]
    [InlineData("Tags: Flooding, Ashcombe, River Wend, Council")]
    [InlineData("Filed under: Prisons · Radicalisation · Probation · Policy")]
    [InlineData("Crime and policing | Business and trade | Health | Transport | Environment")]
    [InlineData("Topics")]
    [InlineData("Categories: Borders, Trade, Smuggling")]
    [InlineData("#PortSecurity #Customs #Smuggling #NorthSea")]
    public void Tag_lists(string line) => Assert.True(TermList.Is(line));

    [Theory]
    [InlineData("Topics discussed at the summit included fuel, grain and the border.")]
    [InlineData("Kenya, Uganda, Tanzania and Rwanda signed the accord.")]
    [InlineData("Home | About")]
    [InlineData("The channel tagged its posts #victory and #border before the account was closed.")]
    [InlineData("#1 #2")]
    public void Lists_in_prose_are_not_tag_lists(string line) => Assert.False(TermList.Is(line));

    [Theory]
    [InlineData("About the authors")]
    [InlineData("More articles by Ilse Marwood")]
    [InlineData("View all posts by Agnes Thorvald")]
    [InlineData("Follow @ilsemarwood")]
    [InlineData("How to cite: Fenwick, R. and Adomako, S. (2023) Tracking Weapons Flows. Observatory Blog.")]
    [InlineData("Suggested citation: Diallo-Frost, M. (2024), Small Airlines, Eastgate Policy Centre.")]
    public void Author_boxes(string line) => Assert.True(AuthorBox.Is(line));

    [Theory]
    [InlineData("Follow the money, investigators were told.")]
    [InlineData("More articles by local writers appeared after the ban was lifted, most of them in the regional press.")]
    public void Prose_is_not_an_author_box(string line) => Assert.False(AuthorBox.Is(line));

    [Theory]
    [InlineData("14 Comments")]
    [InlineData("Comments (23)")]
    [InlineData("Leave a Reply")]
    [InlineData("Discussion about this post")]
    [InlineData("Sign in to comment")]
    [InlineData("5 Responses to \"Why the market matters\"")]
    [InlineData("Newest comments first")]
    [InlineData("Top comments ▼")]
    [InlineData("Sort by: Oldest")]
    public void Comment_headings(string line) => Assert.True(CommentSection.IsHeading(line));

    [Theory]
    [InlineData("Comments from residents at the meeting were angry.")]
    [InlineData("Comments")]
    [InlineData("Top comments from the minister were cut from the broadcast.")]
    [InlineData("Newest replies to the consultation came from the ports.")]
    public void Prose_and_bare_labels_are_not_comment_headings(string line) => Assert.False(CommentSection.IsHeading(line));

    [Theory]
    [InlineData("Rob_from_Quay · 4 hours ago")]
    [InlineData("March 4, 2025 at 10:41 am")]
    [InlineData("Reply · 14 likes")]
    [InlineData("Report this comment")]
    [InlineData("Abena O. says:")]
    public void Thread_lines(string line) => Assert.True(CommentSection.IsThreadLine(line));
}
