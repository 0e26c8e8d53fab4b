using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>The line shapes that open (or close) an article in a printed issue: bylines, their marks, signatures, wrapped titles.</summary>
public class IssueStartShapesTests
{
    [Theory]
    [InlineData("Petra Onsvik*", "Petra Onsvik")]
    [InlineData("Petra Onsvik† and Arno Meled‡", "Petra Onsvik and Arno Meled")]
    [InlineData("Petra Onsvik¹, Arno Meled²", "Petra Onsvik, Arno Meled")]
    [InlineData("* Petra Onsvik is a researcher.", "* Petra Onsvik is a researcher.")]
    [InlineData("Petra Onsvik", "Petra Onsvik")]
    public void Strips_bio_marks_after_names(string line, string expected) => Assert.Equal(expected, BylineMarker.Strip(line));

    [Theory]
    [InlineData("ILONA VESTRAND-OKAFOR", "Ilona Vestrand-Okafor")]
    [InlineData("OYELARAN FADIPE AND METTE SKOVGAARD", "Oyelaran Fadipe|Mette Skovgaard")]
    [InlineData("RUTA KELMANE & JOOST VERHAGEN*", "Ruta Kelmane|Joost Verhagen")]
    [InlineData("HALLDORA VIKSTEN-OBI and MARCO TELLIER", "Halldora Viksten-Obi|Marco Tellier")]
    [InlineData("BRIEFS", null)]
    [InlineData("WHO SETS THE PRICE", null)]
    [InlineData("Ilona Vestrand-Okafor", null)]
    public void Reads_names_in_capitals_without_by(string line, string? expected) =>
        Assert.Equal(expected, CapitalsByline.Names(line) is { } names ? string.Join('|', names) : null);

    [Theory]
    [InlineData("— Dragomir Pelc, Severna Luka", "Dragomir Pelc")]
    [InlineData("– Lejla Marovac and Ivo Stenberg-Alić", "Lejla Marovac|Ivo Stenberg-Alić")]
    [InlineData("—  Lejla  Marovac", "Lejla Marovac")]
    [InlineData("Mirela Kostanjević-Hart, Editor", "Mirela Kostanjević-Hart")]
    [InlineData("— DRAGOMIR PELC", "Dragomir Pelc")]
    [InlineData("— R.T. Okonjo-Lind", "R.T. Okonjo-Lind")]
    [InlineData("— J.R.K. Amadi, Port Sella", "J.R.K. Amadi")]
    [InlineData("— NOTE: Lind", null)]
    [InlineData("Mirela Kostanjević-Hart", null)]
    [InlineData("— as the minister said, 2026", null)]
    [InlineData("— The Ministry of Transport, Annual Report", null)]
    [InlineData("The police arrived at dawn, Tuesday.", null)]
    public void Reads_a_signature_closing_an_article(string line, string? expected) =>
        Assert.Equal(expected, ClosingSignature.Names(line) is { } names ? string.Join('|', names) : null);

    [Theory]
    [InlineData("The Drone Workshops of the Ridge Front: Supply,", true)]
    [InlineData("BOATMEN, BANDITS AND THE TOLL ECONOMY OF THE UPPER", true)]
    [InlineData("Tolls and Raids:", true)]
    [InlineData("the officers said on Tuesday,", false)]
    [InlineData("The war ended.", false)]
    public void Tells_a_title_line_the_next_line_may_continue(string line, bool expected) =>
        Assert.Equal(expected, WrappedTitleLine.MayContinue(line));
}

public class CollectiveCreditTests
{
    [Theory]
    [InlineData("Northlight Foundation staff", true)]
    [InlineData("Harbour Review research team", true)]
    [InlineData("By the Editorial Board", true)]
    [InlineData("Our team", false)]
    [InlineData("Anna Berg", false)]
    [InlineData("The ministry's staff", false)]
    [InlineData("Cuts to Border Staff", false)]
    public void Reads_a_credit_that_names_no_person(string line, bool expected) => Assert.Equal(expected, CollectiveByline.IsCredit(line));
}

public class InterviewIntroTests
{
    [Theory]
    [InlineData("Admiral Lind commanded the district until 2028. She spoke with Mattias Oyel-Strand.", "Mattias Oyel-Strand")]
    [InlineData("Since then he has advised the government. He talked to Ana Ruiz about the river.", "Ana Ruiz")]
    [InlineData("The interview was conducted in May. Interviewed by Bo Lindqvist-Ade, edited for length.", "Bo Lindqvist-Ade")]
    [InlineData("She spoke with reporters in Lagos on Monday.", null)]
    [InlineData("The minister spoke with The Harbour Times.", null)]
    public void Reads_the_interviewer_an_introduction_names(string introduction, string? expected) =>
        Assert.Equal(expected, InterviewIntro.Interviewer(introduction));
}

public class AuthorNamesHonorificTests
{
    [Theory]
    [InlineData("Dr. Selin Arkadova", "Selin Arkadova")]
    [InlineData("Prof. Tomas Verel and Dr Ana Ruiz-Obeng", "Tomas Verel|Ana Ruiz-Obeng")]
    [InlineData("Ana Ruiz-Obeng", "Ana Ruiz-Obeng")]
    public void Keeps_honorifics_out_of_names(string line, string expected) =>
        Assert.Equal(expected, string.Join('|', TextShapes.AuthorNames(line)!));
}
