using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Invented lines of unusual single web pages (court summaries, sanctions notices, written questions, obituaries, press reviews; issue 6, pages20).</summary>
public class UnusualPageShapes20Tests
{
    private const string Prose =
        "The claimants are a trade union and four of its members who work at the container terminals of the port, where a new vetting order was made in March.";

    [Theory]
    [InlineData("The government daily praised them as patriots who fill a gap the army cannot.[i]", "Closed")]
    [InlineData("Two of their commanders had criminal records for smuggling.[iv] [v]", "Closed")]
    [InlineData("A letter from a farmer who said the militias had stopped the thefts from his[iii]", "Open")]
    [InlineData("The list of items ends with [x]", "Open")]
    public void A_roman_endnote_marker_after_a_full_stop_ends_the_paragraph(string text, string end) =>
        Assert.Equal(end, ParagraphShape.EndOf(text).ToString());

    [Fact]
    public void Page_fields_between_a_headline_and_its_date_do_not_make_a_field_the_title()
    {
        string[] lines =
        [
            "High Court of Justice of Ostravia",
            "Press summary",
            "Harbour Workers Union and others v Minister for Port Security",
            "Neutral citation: [2032] OHC 211",
            "Judges: Mrs Justice Varga-Lindholm, Mr Justice Oduya, Mr Justice Pellcroft",
            "Date of judgment: 14 October 2032",
            Prose,
        ];
        Assert.Equal(2, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Theory]
    [InlineData("Is this page useful?  Yes  No  Report a problem with this page", true)]
    [InlineData("Was this article helpful? Yes / No  Send us your feedback", true)]
    [InlineData("Is this policy useful? Critics say no, and report a problem with its design.", false)]
    public void A_feedback_question_with_its_report_link_on_one_line(string line, bool expected) => Assert.Equal(expected, FeedbackWidget.Is(line));

    [Theory]
    [InlineData("— JOHAN ALVESTAD-KIRUI", "Johan Alvestad-Kirui")]
    [InlineData("– ANA RUIZ AND TOMAS BERG", "Ana Ruiz; Tomas Berg")]
    [InlineData("— END", "-")]
    [InlineData("— REUTERS", "-")]
    public void A_closing_signature_in_capitals_names_its_author(string line, string names) =>
        Assert.Equal(names, EndByline.Read(line) is { } found ? string.Join("; ", found) : "-");
}

public class WrittenAnswerTests
{
    [Theory]
    [InlineData("Answered by Pieter Mwangi-Holt, Minister of State (Ministry of Justice)", "Pieter Mwangi-Holt")]
    [InlineData("Answered by Rufus Aldana-Kerr, Minister for Justice, 10 March 2031", "Rufus Aldana-Kerr")]
    [InlineData("Answered on 16 June 2032", "-")]
    [InlineData("Answered by the Minister in due course, the member said.", "-")]
    public void The_answering_member(string line, string names) =>
        Assert.Equal(names, WrittenAnswer.AnsweredBy(line) is { } found ? string.Join("; ", found) : "-");

    [Theory]
    [InlineData("Answered on 16 June 2032", "2032-06-16")]
    [InlineData("Answered by Rufus Aldana-Kerr, Minister for Justice, 10 March 2031", "2031-03-10")]
    [InlineData("Answered in June 2032", "-")]
    [InlineData("Asked on 2 June 2032", "-")]
    public void The_answer_date(string line, string date) =>
        Assert.Equal(date, WrittenAnswer.AnswerDate(line)?.Date.ToString("yyyy-MM-dd") ?? "-");

    [Theory]
    [InlineData("Asked on 2 June 2032", true)]
    [InlineData("Tabled on 12 November 2026", true)]
    [InlineData("Asked on several occasions since 2 June 2032 whether the ferry would run, officials said nothing.", false)]
    [InlineData("Answered on 16 June 2032", false)]
    public void The_question_date_line(string line, bool expected) => Assert.Equal(expected, WrittenAnswer.IsAskedOn(line));
}

public class PresentersBlockTests
{
    [Theory]
    [InlineData("Presenters", true)]
    [InlineData("Presenting authors:", true)]
    [InlineData("Authors", false)]
    [InlineData("Speakers", false)]
    public void The_presenters_label(string line, bool expected) => Assert.Equal(expected, AuthorsBlock.IsPresentersLabel(line));

    [Theory]
    [InlineData("Marit Solheim-Okoro, Norland Police University College", "Marit Solheim-Okoro")]
    [InlineData("Anselm Vukovic, Institute for Coastal Studies, Rostrup", "Anselm Vukovic")]
    [InlineData("Ottilie Farrugia", "Ottilie Farrugia")]
    [InlineData("Maritime security, policing and informants in the Baltic", "-")]
    [InlineData("Thursday 9 September 2032, 11:00-12:45, Room Seeblick 3", "-")]
    public void An_entry_names_one_person(string line, string name) => Assert.Equal(name, AuthorsBlock.Entry(line) ?? "-");
}
