using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Furniture a scraped page leaves inside and around the article's text, and prose lookalikes (invented text).</summary>
public class PageFurnitureShapesTests
{
    [Theory]
    [InlineData("22.05 GMT")]
    [InlineData("9:41am")]
    [InlineData("14:30 CET")]
    [InlineData("3h ago")]
    [InlineData("45 min ago")]
    [InlineData("Updated at 14.02 GMT")]
    public void Live_blog_stamps(string line) => Assert.True(LiveBlogChrome.IsStamp(line));

    [Theory]
    [InlineData("At 22.05 GMT the last group walked out.")]
    [InlineData("2026")]
    [InlineData("3 hours ago the bridge was still open, officials said.")]
    public void Sentences_with_times_are_not_stamps(string line) => Assert.False(LiveBlogChrome.IsStamp(line));

    [Theory]
    [InlineData("2h ago Summary of the day", true)]
    [InlineData("15 min ago Ferry services suspended", true)]
    [InlineData("2h ago the ferry left without its passengers.", false)]
    [InlineData("Two hours ago Summary", false)]
    public void Key_event_entries(string line, bool expected) => Assert.Equal(expected, LiveBlogChrome.IsKeyEventEntry(line));

    [Theory]
    [InlineData("Show key events only", true)]
    [InlineData("Key events", false)]
    [InlineData("Show all the events that led to the strike", false)]
    public void Key_event_toggles(string line, bool expected) => Assert.Equal(expected, LiveBlogChrome.IsToggle(line));

    [Theory]
    [InlineData("Please turn on JavaScript to use this feature", true)]
    [InlineData("Enable JavaScript to see the live timeline", true)]
    [InlineData("Your browser does not support the video tag.", true)]
    [InlineData("The hackers hid their code in JavaScript files served by a hijacked advertising network.", false)]
    public void Script_notices(string line, bool expected) => Assert.Equal(expected, ScriptNotice.Is(line));

    [Theory]
    [InlineData("Founded\t1994", true)]
    [InlineData("Leaders\tAnna Brek (2011–2019); unknown (2019–present)", true)]
    [InlineData("Founded 1994", false)]
    [InlineData("The cooperative was founded in 1994.\tIt grew quickly after the licence law was passed. Then it stalled.", false)]
    public void Facts_box_rows(string line, bool expected) => Assert.Equal(expected, InfoboxRow.Is(line));

    [Theory]
    [InlineData("1 History", "History")]
    [InlineData("2.1 Reed cutting", "Reed cutting")]
    [InlineData("4 See also", "See also")]
    [InlineData("3 people were injured.", null)]
    [InlineData("12 Angry Men is a film about a jury that argues for a whole afternoon in a hot room.", null)]
    public void Numbered_contents_entries(string line, string? title) => Assert.Equal(title, NumberedContents.Title(line));

    [Fact]
    public void Heading_key_ignores_edit_links() => Assert.Equal("reed cutting", NumberedContents.HeadingKey("Reed cutting[edit]"));

    [Theory]
    [InlineData("From Wikivale, the open encyclopedia", true)]
    [InlineData("From Openpedia, the free encyclopaedia", true)]
    [InlineData("From Lisbon, the delegation travelled north by train.", false)]
    public void Encyclopedia_taglines(string line, bool expected) => Assert.Equal(expected, EncyclopediaChrome.IsTagline(line));

    [Theory]
    [InlineData("For the 19th-century religious order, see Red Valley Brethren.", true)]
    [InlineData("Not to be confused with the Southern Reed Company.", true)]
    [InlineData("\"Red Valley\" redirects here. For the river, see Red Valley River.", true)]
    [InlineData("For the miners, the new road meant a day's walk less, and the price of diesel fell by half within a year.", false)]
    public void Hatnotes(string line, bool expected) => Assert.Equal(expected, EncyclopediaChrome.IsHatnote(line));

    [Theory]
    [InlineData("Text is available under a free licence; additional terms may apply.", true)]
    [InlineData("Content is available under CC BY-SA 4.0 unless otherwise noted.", true)]
    [InlineData("This work is licensed under a Creative Commons Attribution licence.", true)]
    [InlineData("The mine is licensed under a 1998 concession that the new government wants to revisit.", false)]
    public void Licence_notices(string line, bool expected) => Assert.Equal(expected, LicenceLine.Is(line));

    [Theory]
    [InlineData("This transcript has been edited for clarity and length. The views expressed are those of the speakers.", true)]
    [InlineData("This conversation has been condensed and edited for clarity.", true)]
    [InlineData("Interview edited for length.", true)]
    [InlineData("This interview has been condensed and lightly edited.", true)]
    [InlineData("The interview was edited and condensed.", true)]
    [InlineData("The interview was edited and condensed by the ministry before it aired.", false)]
    [InlineData("Translated from the Portuguese by Daniel Whitby", true)]
    [InlineData("Translated by Mira Ostrand", true)]
    [InlineData("Read the original in Portuguese", true)]
    [InlineData("The transcript of the hearing, which was edited before it was published, omits the minister's answer.", false)]
    [InlineData("Translated into six languages, the pamphlet reached villages the radio did not.", false)]
    public void Editorial_notes(string line, bool expected) => Assert.Equal(expected, EditorialNote.Is(line));

    [Theory]
    [InlineData("Issued by: Press Office of the Ministry of Justice", true)]
    [InlineData("Released by: Communications Department, Ministry of the Interior", true)]
    [InlineData("Notes to editors: The posts were financed in part by a regional fund.", true)]
    [InlineData("Note for editors", true)]
    [InlineData("The warrant was issued by a judge in the capital on Tuesday.", false)]
    public void Press_office_lines(string line, bool expected) => Assert.Equal(expected, PressOfficeLine.Is(line));

    [Theory]
    [InlineData("This note is provided for information only and does not constitute legal or security advice. We accept no liability for decisions taken on the basis of it.", true)]
    [InlineData("The views expressed are those of the speakers and do not necessarily reflect the views of the Institute. This transcript is provided for information only.", true)]
    [InlineData("The insurer said its guidance does not constitute legal advice, but shipowners have followed it closely since March.", false)]
    [InlineData("The company accepts no liability for the spill, its lawyers told the court.", false)]
    [InlineData("This digest is provided to assist readers and does not replace the published decision.", true)]
    [InlineData("The following notes are issued for the press and do not constitute an official record of the meeting.", true)]
    [InlineData("This is an uncorrected transcript. Speakers may still correct their remarks.", true)]
    [InlineData("For use by the media. Not an official record.", true)]
    [InlineData("The French version of this communiqué is the only authentic text.", true)]
    [InlineData("The tribunal said its minutes are not an official record and could not be used in court.", false)]
    [InlineData("Lawyers for the families argued that the uncorrected version of the report had been leaked.", false)]
    [InlineData("This bulletin is compiled by the Liaison Unit with partner agencies. The next edition will appear on 3 March.", true)]
    [InlineData("This note has been prepared to support the work of the committee's members.", true)]
    [InlineData("This report is produced by the Relief Office in collaboration with", false)]
    [InlineData("The report was prepared by researchers at the university and found that most seizures went unrecorded.", false)]
    [InlineData("This summary is provided to help in understanding the Board's ruling. It forms no part of the ruling itself.", true)]
    [InlineData("It is not a verbatim record; the transcript is the authoritative account of the sitting.", true)]
    [InlineData("The judge said the full judgment would be published on Friday.", false)]
    [InlineData("Disclaimer: The boundaries shown on this map do not imply official endorsement or acceptance.", true)]
    [InlineData("DISCLAIMER. Nothing on this page is an offer of services.", true)]
    [InlineData("Disclaimer: The boundaries shown on this map do not imply", false)]
    [InlineData("He added a disclaimer: the figures were provisional.", false)]
    [InlineData("The opinions expressed by readers in comments do not reflect the position of the newsroom.", true)]
    [InlineData("The views expressed in this brief are the author's, and not those of the Centre.", true)]
    [InlineData("The views expressed are those of the panellists.", true)]
    [InlineData("FieldNet is a service of the Relief Network. The views expressed in posts published here are those of their authors.", true)]
    [InlineData("The views expressed by the minister do not reflect government policy, his deputy said on Monday.", false)]
    public void Disclaimers(string text, bool expected) => Assert.Equal(expected, Disclaimer.Is(text));

    [Theory]
    [InlineData("Previous note: 26/40 — Sanctions update: designated vessels", true)]
    [InlineData("Next event: Water Disputes on the Upper Sava", true)]
    [InlineData("Older post: A winter on the ice road", true)]
    [InlineData("Next: the ministry will publish its review in March.", false)]
    [InlineData("Previous governments: all of them promised the road and none of them built it.", false)]
    public void Previous_and_next_links(string line, bool expected) => Assert.Equal(expected, SequenceLink.Is(line));

    [Theory]
    [InlineData("Classification: PUBLIC  ·  Region: West Africa  ·  Issued 16-Nov-2026", true)]
    [InlineData("Thursday 12 February 2026 | 14:00–15:30 EET | Online", true)]
    [InlineData("Classification: Public | Department: Communications | Reference: MI-2026-058", true)]
    [InlineData("Crime | Health | Transport | Environment", false)]
    [InlineData("The meeting ran from 14:00 on 12 February 2026 · then stopped.", false)]
    public void Facts_lines(string line, bool expected) => Assert.Equal(expected, FactsLine.Is(line));

    [Theory]
    [InlineData("Dr Sunniva Aabel, Senior Fellow, Maritime Programme (chair)", true)]
    [InlineData("Nadia El-Fassi, Director, Horn Shipping Association", true)]
    [InlineData("Captain Rui Bettenfeld, former commander, regional naval task force", true)]
    [InlineData("Maria Lund, the ministry's spokeswoman, declined to comment.", false)]
    [InlineData("In the capital, the mood was calmer", false)]
    public void Speaker_entries(string line, bool expected) => Assert.Equal(expected, SpeakerList.IsEntry(line));

    [Theory]
    [InlineData("[END OF TRANSCRIPT]")]
    [InlineData("(END OF TRANSCRIPT)")]
    [InlineData("[End]")]
    public void Bracketed_end_marks(string line) => Assert.True(EndMarks.IsEndMarkLine(line));

    [Theory]
    [InlineData("Trucks loaded with salt bars wait to leave a depot, 2024. (Source: Sahel Photo Collective)", true)]
    [InlineData("Border police at the new crossing point near Drenova. (Photo: Ministry of the Interior)", true)]
    [InlineData("The figures come from the ministry (see the table below).", false)]
    public void Sourced_captions(string line, bool expected) => Assert.Equal(expected, PhotoCaption.IsSourced(line));

    [Theory]
    [InlineData("Categories: Cooperatives in Norvania | Fishing organizations founded in the 1990s | Lake Amsel", true)]
    [InlineData("Explore more on these topics", true)]
    public void Term_lists_with_long_names_and_topic_labels(string line, bool expected) => Assert.Equal(expected, TermList.Is(line));

    [Theory]
    [InlineData("Support our teams in the field: €30 can provide oral rehydration salts for 100 children. DONATE", true)]
    [InlineData("The charity said €30 can provide a week of meals for a family, but donations fell by a third this year as prices rose across the region and fewer people gave.", false)]
    public void Donation_appeals_with_a_sum(string text, bool expected) => Assert.Equal(expected, DonationAppeal.Is(text));

    [Theory]
    [InlineData("This page was last edited on 3 November 2026, at 14:12 (UTC).")]
    public void Page_history_of_a_wiki(string line) => Assert.True(PageHistory.Is(line));
}
