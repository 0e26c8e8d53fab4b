using System.Globalization;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Invented lines of scraped pages: datelines with the place after the date, the furniture a page leaves around its
/// text (audio players, feedback widgets, delivery notes, session materials, citation lines, arrow link lists) and the
/// genre labels a page prints over its title.
/// </summary>
public class WebPageMetaShapesTests
{
    [Theory]
    [InlineData("March 4, 2027 – Port Halvard, Eastmarch", "2027-03-04")]
    [InlineData("4 March 2027 — Nova Castra", "2027-03-04")]
    [InlineData("12 October 2027 | Lindqvarn", "2027-10-12")]
    [InlineData("Port Halvard, 4 March 2027", "2027-03-04")]
    public void Reads_a_date_and_place_line_either_way_round(string line, string date) =>
        Assert.Equal(date, PlaceDateLine.Read(line)!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("March 4, 2027 – the day the harbour closed")]
    [InlineData("4 March 2027 — Council meets to discuss the budget for the coming year")]
    [InlineData("March 4, 2027 – Updated")]
    public void A_date_before_a_clause_is_no_date_and_place_line(string line) => Assert.Null(PlaceDateLine.Read(line));

    [Theory]
    [InlineData("Dated the 8th June, 2027.", "2027-06-08")]
    [InlineData("Dated this 21st day of March, 2027", "2027-03-21")]
    [InlineData("Dated 3 February 2027", "2027-02-03")]
    public void Reads_a_notice_s_dated_line(string line, string date) =>
        Assert.Equal(date, DatedLine.Read(line)!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("Dated documents were found in the house on 8 June 2027.")]
    [InlineData("Dated the 8th June")]
    public void Near_misses_are_no_dated_line(string line) => Assert.Null(DatedLine.Read(line));

    [Theory]
    [InlineData("Listen to this post  ▶  00:00 / 06:31")]
    [InlineData("▶ Play audio   0:00 / 12:04")]
    [InlineData("Listen to this briefing 00:00 / 1:02:10")]
    [InlineData("Audio version  ▶  0:00")]
    public void Audio_players(string line) => Assert.True(AudioPlayer.Is(line));

    [Theory]
    [InlineData("Listen to the tape: at 12:04 the dispatcher can be heard telling the crew to stop.")]
    [InlineData("The audio recording, 14 minutes long, was played to the court.")]
    public void Sentences_about_audio_are_no_player(string line) => Assert.False(AudioPlayer.Is(line));

    [Theory]
    [InlineData("Was this post helpful?  👍 Yes   👎 No")]
    [InlineData("Was this briefing useful? 👍 👎")]
    [InlineData("Is this explainer helpful?  Yes · No")]
    public void Feedback_widgets_with_icons_and_any_noun(string line) => Assert.True(FeedbackWidget.Is(line));

    [Theory]
    [InlineData("Was this ruling helpful to the defence? Lawyers disagreed.")]
    [InlineData("Was this the right decision?")]
    public void Questions_about_the_subject_are_no_widget(string line) => Assert.False(FeedbackWidget.Is(line));

    [Theory]
    [InlineData("Check against delivery")]
    [InlineData("Check against delivery. Edited for readability.")]
    [InlineData("As prepared for delivery")]
    [InlineData("Text as delivered · Edited for length")]
    [InlineData("(Original script, may differ from delivered version)")]
    [InlineData("A transcript of the address, as delivered")]
    [InlineData("Speaker's notes, which may differ from the delivered version")]
    public void Delivery_notes(string line) => Assert.True(DeliveryNote.Is(line));

    [Theory]
    [InlineData("The minister asked officials to check against delivery records whether the grain had arrived.")]
    [InlineData("Edited by Marta Kowal")]
    [InlineData("This transcript has been edited for length and clarity.")]
    [InlineData("The original script was delivered to the printers late.")]
    public void Near_misses_are_no_delivery_note(string line) => Assert.False(DeliveryNote.Is(line));

    [Theory]
    [InlineData("Slides from this session are available to registered delegates in the summit app.")]
    [InlineData("The recording of this webinar is now available on demand.")]
    [InlineData("Presentation slides and the full video of this panel are available to members.")]
    public void Session_materials_notices(string line) => Assert.True(SessionMaterials.Is(line));

    [Theory]
    [InlineData("The slides shown by the prosecution were not available to the defence until the second day of the trial.")]
    [InlineData("A recording of the call is available, the ministry said.")]
    public void Prose_about_recordings_is_no_materials_notice(string line) => Assert.False(SessionMaterials.Is(line));

    [Theory]
    [InlineData("Cite as: Okoro, B. (2027). Harbour Violence Review: May 2027. Delta Data Project.")]
    [InlineData("Suggested citation: Marsh, T. and Oduya, L. (2027), 'Port crime in the north', Working Paper 4.")]
    [InlineData("How to cite this article: Pell, R. (2027) Coastal Monitor.")]
    public void Citation_lines(string line) => Assert.True(CitationLine.Is(line));

    [Theory]
    [InlineData("Cite as many examples as you can, the judge told the lawyers, before she adjourned.")]
    [InlineData("Citation needed")]
    public void Near_misses_are_no_citation_line(string line) => Assert.False(CitationLine.Is(line));

    [Theory]
    [InlineData("More talks from the morning\n→ Ports and the grey zone\n→ What drones changed in 2027\n→ Panel: Insurers and risk")]
    [InlineData("→ Ports and the grey zone\n→ What drones changed in 2027")]
    [InlineData("Other briefings in this series\n» Coastal policing after the strike\n» Ferry security: a primer")]
    public void Arrow_link_lists(string paragraph) => Assert.True(ArrowLinkList.Is(paragraph));

    [Theory]
    [InlineData("→ The council voted to close the harbour.")]
    [InlineData("Steps taken:\n→ The council closed the harbour on Monday, citing a risk to the fishing fleet and to ferry passengers.\n→ The navy patrolled the approaches for a week, turning back eleven boats and arresting two of their crews.")]
    public void Arrows_in_prose_are_no_link_list(string paragraph) => Assert.False(ArrowLinkList.Is(paragraph));

    [Theory]
    [InlineData("With reports from Tomasz Greer-Adeyemi")]
    [InlineData("With additional reporting by Lina Ostrova")]
    public void Reporting_credits(string line) => Assert.True(CreditLine.Is(line));

    [Theory]
    [InlineData("MONTHLY OVERVIEW", "overview")]
    [InlineData("Weekly Recap", "recap")]
    [InlineData("QUARTERLY OUTLOOK", "outlook")]
    public void Reads_more_page_labels(string label, string kind) => Assert.Equal(kind, Genres.OwnLabel(label));

    [Theory]
    [InlineData("Court report", "court report")]
    [InlineData("COURT REPORTS", "court report")]
    [InlineData("From the courts", "court report")]
    public void A_court_report_is_a_kind_of_its_own(string label, string kind) => Assert.Equal(kind, Genres.Of(label));

    [Theory]
    [InlineData("Oceania | Explainer", "explainer")]
    [InlineData("MARITIME & PORTS · RISK BULLETIN", "risk bulletin")]
    [InlineData("Opinion / Guest Essay", "op-ed")]
    public void Reads_the_genre_of_a_section_kicker(string line, string kind) => Assert.Equal(kind, SectionKicker.Genre(line));

    [Theory]
    [InlineData("Oceania | Pacific")]
    [InlineData("Home · News · World · Africa · Explainer")]
    [InlineData("Ports, harbours and the navy | What changed in 2027")]
    public void Kickers_without_a_genre_name_none(string line) => Assert.Null(SectionKicker.Genre(line));

    [Theory]
    [InlineData("Quillmark Newsroom", "https://about.quillmark.example/newsroom/2027/01/a-post/", "Quillmark")]
    [InlineData("Tallow Insights", "https://www.tallow.example/insights/a-note/", "Tallow")]
    [InlineData("Harbour News", "https://www.harbour.example/2027/01/story/", "Harbour News")]
    [InlineData("Quillmark Newsroom", "https://www.quillmarknewsroom.example/a-post/", "Quillmark Newsroom")]
    public void A_site_name_loses_a_section_word_the_address_leaves_out(string nameLine, string url, string expected) =>
        Assert.Equal(expected, SiteName.Find([nameLine, "Menu", "A headline about the port strike"], null, url, [])!.Name);

    [Fact]
    public void A_from_line_under_a_title_is_a_page_field() =>
        Assert.Equal(new PageFieldReading("from", "Eastmarch Coastguard Agency"), PageField.Read("From: Eastmarch Coastguard Agency"));
}
