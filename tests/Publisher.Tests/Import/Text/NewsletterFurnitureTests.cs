using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Sign-up boxes, engagement counters and credited captions, and the prose that looks like them (invented text).</summary>
public class NewsletterFurnitureTests
{
    [Theory]
    [InlineData("Thanks for reading The Quarry Letter! Subscribe for free to receive new posts and support my work.")]
    [InlineData("Thanks for reading. If someone sent this on to you, you can subscribe here.")]
    [InlineData("Thank you for reading! If you liked this, I write about river ports every other Monday.")]
    [InlineData("Get weekly news and analysis on the Andes delivered to your inbox")]
    [InlineData("Get emails about this page")]
    [InlineData("Sign up for our free newsletter on maritime security.")]
    [InlineData("Enjoy this? Subscribe now and you will never miss a post.")]
    [InlineData("Thanks for reading! If it helped, share it with a colleague on the coast.")]
    public void Subscribe_prompts(string line) => Assert.True(SubscribeBox.IsPrompt(line));

    [Theory]
    [InlineData("Several thousand young men subscribe to the militia's channel, according to the analysts.")]
    [InlineData("The ministry's newsletter, printed monthly, listed the names of the officers transferred north.")]
    [InlineData("Thanks for reading the statement aloud, the judge told the clerk before adjourning.")]
    [InlineData("Get out, the soldiers told the villagers, and do not come back before the rains.")]
    [InlineData("If you ask the traders, they will tell you that subscription fees to the cartel doubled.")]
    public void Sentences_about_subscribing_are_not_prompts(string line) => Assert.False(SubscribeBox.IsPrompt(line));

    [Theory]
    [InlineData("Type your email...")]
    [InlineData("Type your email…   Subscribe")]
    [InlineData("Enter your email address")]
    [InlineData("Email address")]
    [InlineData("name@example.org")]
    [InlineData("[ Enter your email ]  [ Sign me up ]")]
    [InlineData("[Your email address] [Subscribe]")]
    [InlineData("[ name@example.org ]   [ Join ]")]
    public void Email_fields(string line) => Assert.True(SubscribeBox.IsEmailField(line));

    [Theory]
    [InlineData("[1] [2]")]
    [InlineData("[Photo] [Map]")]
    public void Bracketed_marks_are_not_form_controls(string line) => Assert.False(SubscribeBox.IsEmailField(line));

    [Theory]
    [InlineData("Get the Gazette's evening briefing")]
    [InlineData("Never miss a dispatch")]
    [InlineData("The week's shipping news, in your inbox every Monday.")]
    [InlineData("By signing up you agree to our privacy notice.")]
    [InlineData("By subscribing, you consent to receive emails from us.")]
    [InlineData("Subscribe")]
    public void Lines_around_an_email_field(string line) => Assert.True(SubscribeBox.IsBoxNeighbour(line));

    [Theory]
    [InlineData("The district council is due to discuss the request at its meeting next month.")]
    [InlineData("Officials said the alerts had been sent to every phone in the district on Tuesday, hours before the flood arrived.")]
    public void Text_around_an_email_field_is_not_its_box(string line) => Assert.False(SubscribeBox.IsBoxNeighbour(line));

    [Theory]
    [InlineData("Your email was never answered.")]
    [InlineData("Type your reply below the line and send it to the editor.")]
    public void Sentences_about_email_are_not_fields(string line) => Assert.False(SubscribeBox.IsEmailField(line));

    [Theory]
    [InlineData("Subscribe")]
    [InlineData("Subscribe to The Quarry Letter")]
    [InlineData("Sign up")]
    [InlineData("Join 1,300 other subscribers")]
    public void Lines_of_a_subscribe_box(string line) => Assert.True(SubscribeBox.IsBoxLine(line));

    [Theory]
    [InlineData("What the prices show")]
    [InlineData("Subscribers to the channel grew.")]
    public void Headings_and_sentences_are_not_box_lines(string line) => Assert.False(SubscribeBox.IsBoxLine(line));

    [Theory]
    [InlineData("14 Likes · 3 Restacks")]
    [InlineData("♡ 214   💬 37   ↻ Share")]
    [InlineData("Views: 1 482")]
    [InlineData("1.2K Followers")]
    [InlineData("👏 530 | 12 responses")]
    [InlineData("38 comments")]
    public void Engagement_counts(string line) => Assert.True(EngagementCounts.Is(line));

    [Theory]
    [InlineData("2026")]
    [InlineData("The account had 1.2K followers by March.")]
    [InlineData("14 killed, 3 wounded")]
    [InlineData("Share")]
    public void Numbers_in_text_are_not_counts(string line) => Assert.False(EngagementCounts.Is(line));

    [Theory]
    [InlineData("Ferry crews wait at the quay in Lorsk. Photograph: Ines Dahl for The Harbour Review")]
    [InlineData("A guard post above the valley. Photograph by Tomas Ueda for Northline Magazine")]
    [InlineData("Dr Amara Feld during fieldwork in 2025. Photo courtesy of Amara Feld.")]
    [InlineData("Smoke over the depot at dusk. Image credit: Velta Press")]
    [InlineData("Nets drying on the jetty. Picture courtesy of the Orla Fishers' Union.")]
    public void Captions_closed_by_a_labelled_credit(string line) => Assert.True(PhotoCaption.IsCreditedCaption(line));

    [Theory]
    [InlineData("The picture was widely shared. Photographs by residents showed the bridge under water.")]
    [InlineData("Officials released a photo of the suspect on Monday.")]
    public void Sentences_about_pictures_are_not_credited_captions(string line) => Assert.False(PhotoCaption.IsCreditedCaption(line));

    // Issue 13: figure captions in printed issues, closed by a photographer and agency or a bracketed credit.
    [Theory]
    [InlineData("Drums of fuel stacked on a jetty near Orvel in January. Photo: Tove Lindqvist/Harbour Images")]
    [InlineData("The mast on the ridge above Vell. Credit: Tessin Valley Archive")]
    public void Captions_closed_by_a_photographer_and_agency(string line) => Assert.True(PhotoCaption.IsCreditedCaption(line));

    [Theory]
    [InlineData("A repair crew seals an illegal valve east of the port. (Credit: Senna Pipeline Company)")]
    [InlineData("Dockworkers at the north quay in March (Photo: Ines Dahl/Harbour Images)")]
    [InlineData("The customs post at the pass. (Image courtesy of the Border Service)")]
    public void Captions_closed_by_a_bracketed_picture_credit(string line) => Assert.True(PhotoCaption.IsPictureCreditedCaption(line));

    [Theory]
    [InlineData("Seizures doubled in the second half of the year (Source: Customs Agency).")]
    [InlineData("The agency published its figures in March, and they show a steady fall in seizures at the northern crossings since the new lanes opened (see the chart).")]
    [InlineData("Officials said the photo (taken in May) showed the depot.")]
    public void Prose_citing_a_source_is_not_a_picture_credited_caption(string line) => Assert.False(PhotoCaption.IsPictureCreditedCaption(line));

    [Theory]
    [InlineData("I will keep calling. If you trade in these markets and want to compare notes, reply to this email.", true)]
    [InlineData("We use cookies. By continuing you accept our cookie policy.", false)]
    public void First_person_sentence_free_of_interface_words(string text, bool expected) =>
        Assert.Equal(expected, FirstPersonSentence.HasUiFreeOne(text));

    [Theory]
    [InlineData("← Letter #12: River crossings     Letter #14 →", true)]
    [InlineData("« Older posts    Newer posts »", true)]
    [InlineData("← The road north was closed again → and nobody knew why.", false)]
    public void Previous_and_next_between_arrows(string line, bool expected) => Assert.Equal(expected, SequenceLink.Is(line));
}
