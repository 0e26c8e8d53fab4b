using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class BylineTests
{
    [Theory]
    [InlineData("By Hannah Oduya", "Hannah Oduya")]
    [InlineData("By: Lars Pettersen and Mirela Dobre", "Lars Pettersen; Mirela Dobre")]
    [InlineData("by Dr. Tomas Reyes, PhD", "Tomas Reyes")]
    [InlineData("Written by Prof. Adaeze Nwosu", "Adaeze Nwosu")]
    [InlineData("By Ines Calder, Senior Fellow", "Ines Calder")]
    [InlineData("By Ines Calder | Reuters", "Ines Calder")]
    [InlineData("by [Karim Haddad \\(/experts/karim-haddad\\)](/experts/karim-haddad)", "Karim Haddad")]
    [InlineData("By Col. Marta Lindqvist and Amb. Peter Osei OBE", "Marta Lindqvist; Peter Osei")]
    [InlineData("Posted by Jonah Weller", "Jonah Weller")]
    [InlineData("with Tamsin Vellacourt & Obi Rask-Henning", "Tamsin Vellacourt; Obi Rask-Henning")]
    [InlineData("with Idunn Malherbe", "Idunn Malherbe")]
    [InlineData("Posted on 9th March 2031 by Solveig Arkwright-Mensah, Assistant Curator (Maritime Collections)", "Solveig Arkwright-Mensah")]
    [InlineData("By Tobiah Rennard, Archivist", "Tobiah Rennard")]
    [InlineData("By Ottilie Brandt-Nwosu DBE FBA", "Ottilie Brandt-Nwosu")]
    [InlineData("Questions: Ravindra Okello-Maas — 14 June 2031", "Ravindra Okello-Maas")]
    [InlineData("Interviewer: Sunna Breckett", "Sunna Breckett")]
    [InlineData("Por Valeria Ocampo-Lindahl", "Valeria Ocampo-Lindahl")]
    [InlineData("Par Aurore Delacroix-Mbaye | 14/08/2032", "Aurore Delacroix-Mbaye")]
    [InlineData("Door Joost van Arkel", "Joost van Arkel")]
    [InlineData("Sigrun Aasvik (University of Tromsdal), Dr. Kwame Lindahl (Harbour Institute)", "Sigrun Aasvik; Kwame Lindahl")]
    [InlineData("Sigrun Aasvik (Tromsdal University) and Kwame Lindahl (Harbour Institute)", "Sigrun Aasvik; Kwame Lindahl")]
    [InlineData("Delivered by the Rt Hon Sir Idris Pellow-Amadi KC MP, Secretary of State for Justice, at the Bar Council dinner.", "Idris Pellow-Amadi")]
    [InlineData("Delivered by the Hon. Tallis Verhoeven", "Tallis Verhoeven")]
    [InlineData("Profile by Nerys Abernathy-Kole", "Nerys Abernathy-Kole")]
    [InlineData("Obituary by Tiberius Lund", "Tiberius Lund")]
    [InlineData("Brief by Oona Castellane", "Oona Castellane")]
    public void Reads_the_names_of_a_byline(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line)!.Names));

    [Theory]
    [InlineData("Ferry Tolls (Part Two), Harbour Dues (Part Three)")]
    [InlineData("The Council (Northern District) voted against the plan")]
    public void Bracketed_words_after_non_names_are_no_byline(string line) => Assert.Null(Byline.Read(line));

    [Theory]
    [InlineData("Delivered by the end of the month, the report will go to the council.")]
    [InlineData("By the Rt Hon standards of the old chamber, the debate was short.")]
    public void A_sentence_opening_with_delivered_by_or_the_is_no_byline(string line) => Assert.Null(Byline.Read(line));

    [Theory]
    [InlineData("Posted March 3, 2022 by Elena Marsh", "Elena Marsh", "2022-03-03")]
    [InlineData("Posted by Elena Marsh on 3 March 2022", "Elena Marsh", "2022-03-03")]
    [InlineData("By Elena Marsh | March 3, 2022", "Elena Marsh", "2022-03-03")]
    [InlineData("Posted on 2022-03-03 by Elena Marsh", "Elena Marsh", "2022-03-03")]
    public void A_posted_line_gives_the_date_too(string line, string names, string date)
    {
        var byline = Byline.Read(line)!;
        Assert.Equal(names, string.Join("; ", byline.Names));
        Assert.Equal(date, byline.Date!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Ruth Anker, Samir Qasim and Owen Tull", "Ruth Anker; Samir Qasim; Owen Tull")]
    [InlineData("Dr. Bea Morrow", "Bea Morrow")]
    [InlineData("[Lina Farouk](/experts/lina-farouk)", "Lina Farouk")]
    public void A_bare_line_of_names_counts_where_the_caller_allows_it(string line, string names)
    {
        Assert.Equal(names, string.Join("; ", Byline.Read(line, allowBare: true)!.Names));
        if (!line.StartsWith('[')) Assert.Null(Byline.Read(line));
    }

    [Theory]
    [InlineData("Rising Tensions Along the Border")]
    [InlineData("Security Outlook")]
    [InlineData("Drone Attacks Escalate")]
    [InlineData("By contrast, the ministry said nothing.")]
    [InlineData("By 2030 the port will double in size")]
    [InlineData("The Daily Ledger")]
    [InlineData("Middle East Analysis")]
    [InlineData("Home News World")]
    [InlineData("With Friends Like These")]
    [InlineData("with the support of the Harbour Trust")]
    [InlineData("Par for the course at the harbour")]
    [InlineData("Door Closes on Harbour Talks")]
    [InlineData("Door-to-door searches begin in Velling")]
    public void Headings_and_sentences_are_not_bylines(string line) =>
        Assert.Null(Byline.Read(line, allowBare: true));
}
