using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes found in the thirtieth session's new cases (cases32-new): a reference work's tagline whose noun repeats the end of
/// the site's name, an entry opening with its name-shaped term, speakers listed with a dash or in brackets, the words of a
/// copyright notice inside prose, a year before a stop, a question to the reader without "you". Invented lines.
/// </summary>
public class PageShapes32Tests
{
    [Theory]
    [InlineData("From Tarnby Ship Roll, the illustrated roll of the boats of Tarnby, Esk Mouth and Holm", "Tarnby Ship Roll")]
    [InlineData("From Corrow Rail Digest, the digest of the lines of Corrow", "Corrow Rail Digest")]
    [InlineData("From the Vell Mill Index, the open index of mills", "Vell Mill Index")]
    [InlineData("From Ostra Rail, the illustrated digest of the lines of Ostra, Bly and Hame", "Ostra Rail")]
    public void A_tagline_names_its_site_when_its_noun_is_a_reference_works_or_repeats_the_sites_name(string line, string site) =>
        Assert.Equal(site, EncyclopediaTagline.SiteName(line));

    [Theory]
    [InlineData("From Paris, the delegation went on by train to the border.")]
    [InlineData("From Harbour Street, the crowd walked to the square")]
    public void A_sentence_opening_with_from_and_a_place_is_no_tagline(string line) => Assert.Null(EncyclopediaTagline.SiteName(line));

    [Fact]
    public void An_entry_opening_with_its_name_shaped_term_is_the_text_not_a_bio()
    {
        string[] lines =
        [
            "Vell Mill Index", "Mills   Millers   Rivers   About", "Oswin Hardcastle",
            "From Vell Mill Index, the open index of the water mills of Vell, Ambry and Coll",
            "Oswin Hardcastle is a three-storey water mill on the river Coll, built in 1794 by a miller of that name. It ground corn until 1951.[1]",
            "History",
        ];
        Assert.Equal("Oswin Hardcastle", PageTitle.Choose(lines, PageTitleHints.None)?.Text);
        Assert.Equal(4, PageTitle.BodyProseStart(lines));
    }

    [Theory]
    [InlineData("Dr Maren Okafor-Lind (Department of History, University of Tarn)", true)]
    [InlineData("Ewa Hollis (harbourmaster, Esk Mouth)", true)]
    [InlineData("• Pell Amundsen — Fell Growers Co-operative, Hame", true)]
    [InlineData("- Tobin Marsh – County Trading Standards", true)]
    [InlineData("The new harbour (opened in 2031) is busy.", false)]
    [InlineData("Ferries resume — but not on Sundays", false)]
    public void Speakers_with_their_places_after_a_dash_or_in_brackets(string line, bool expected) =>
        Assert.Equal(expected, SpeakerList.IsEntry(line));

    [Theory]
    [InlineData("Keynote speakers", true)]
    [InlineData("On the panel", true)]
    [InlineData("Our speakers include:", true)]
    [InlineData("Presenters", true)]
    [InlineData("On the road", false)]
    public void Labels_of_a_list_of_speakers(string line, bool expected) => Assert.Equal(expected, SpeakerList.IsLabel(line));

    [Theory]
    [InlineData("© Vale Courier 2036. All rights reserved · Privacy · Terms", true)]
    [InlineData("Copyright 2036 Harbour Press Ltd. Registered in Tarn, company number 01234567, registered office 4 Quay Street.", true)]
    [InlineData("Harbour Press Ltd. All rights reserved.", true)]
    [InlineData("All rights reserved", true)]
    [InlineData("All rights reserved, the old notice on the gate still says, though nobody in the village remembers anyone turned away.", false)]
    [InlineData("The photographs passed to the museum, which now holds the copyright, after the family gave up the shop in 1988.", false)]
    public void A_copyright_notice_is_the_notice_not_its_words_in_prose(string line, bool expected)
    {
        Assert.Equal(expected, UiVocabulary.IsCopyright(line));
        Assert.Equal(expected, UiVocabulary.Find(line).Any(h => h.Phrase is "copyright" or "all rights reserved"));
    }

    [Theory]
    [InlineData("The mill was built in 1794. It ground corn for the valley and later for the army.", true)]
    [InlineData("The lifeboat was lost with all hands within sight of the village in 1889.[1]", true)]
    [InlineData("Ana Lisle is a journalist who has reported on the coast since 2019.", false)]
    public void A_year_before_a_stop_ends_a_sentence_when_a_marker_or_another_sentence_follows(string paragraph, bool prose) =>
        Assert.Equal(prose, ProseParagraph.Is(paragraph));

    [Theory]
    [InlineData("Want to hear about our next event? Join the mailing list.", true)]
    [InlineData("Need to know more? Read the full report.", true)]
    [InlineData("Want to understand the harbour? The answer lies in its tides.", false)]
    public void A_question_to_the_reader_without_you_then_a_command_is_a_prompt(string line, bool expected) =>
        Assert.Equal(expected, CallToAction.IsReaderPrompt(line));
}
