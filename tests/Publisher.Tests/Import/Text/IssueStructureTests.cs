using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Whole issues read from their structure when no masthead is recognised, and the masthead shapes around them.</summary>
public class IssueStructureTests
{
    [Theory]
    [InlineData("12.03.2029 ........ Volume XIV ........ Issue Twenty-Three", 14, 23, "2029-03-12")]
    [InlineData("Volume Seven … Number Forty-One … May 2029", 7, 41, "2029-05-01")]
    [InlineData("No. 8 (Vol. 2)   ·   Quito, 3 May 2029", 2, 8, "2029-05-03")]
    public void Volume_lines_with_dot_leaders_and_a_place_before_the_date(string line, int volume, int issue, string date)
    {
        var read = VolumeIssueLine.Parse(line);
        Assert.NotNull(read);
        Assert.Equal((volume, issue, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
            (read!.Volume!.Value, read.Issue, VolumeIssueLine.DateIn(read.Rest)?.Date));
    }

    [Fact]
    public void A_place_before_the_masthead_date_still_dates_the_issue() =>
        Assert.Equal(new DateOnly(2029, 5, 3), VolumeIssueLine.DateIn("Quito, 3 May 2029")?.Date);

    [Theory]
    [InlineData("— Text: Ana Ruiz-Petrov, Quito", "Ana Ruiz-Petrov")]
    [InlineData("— Words and photos: Ana Ruiz-Petrov", "Ana Ruiz-Petrov")]
    public void A_credit_label_after_the_dash_is_no_part_of_the_signers_names(string line, string name) =>
        Assert.Equal([name], ClosingSignature.Names(line));

    [Fact]
    public void A_credit_label_without_a_dash_is_no_signature() =>
        Assert.Null(ClosingSignature.Names("Text: Ana Ruiz-Petrov, Quito"));

    private const string Mastheadless = """
        THE QUARRY LETTER
        A bulletin on mining and armed groups

        Contents
        Dust and Diesel on the Upper Ridge ........ 1
        The Cooperative That Paid Twice ........... 3

        Dust and Diesel on the Upper Ridge

        By Oskar Vell-Amadi

        The ridge above the valley has been mined by hand for a century. What is new is the diesel
        pump, and the men who decide who may run one, and what they charge for the privilege [1].

        Notes
        [1] Interview with a pump owner, March 2029.

        Oskar Vell-Amadi is a researcher on artisanal mining in the Andes.
        QL · bulletin 12                                            1
        QL · bulletin 12                                            2

        The Cooperative That Paid Twice

        By Renata Solberg-Quispe

        The cooperative's accounts show two payments each month, one to the regional office and
        one to men who never signed a receipt. Members say the second is the one that matters.

        Renata Solberg-Quispe is a journalist who covers cooperatives and labour.
        QL · bulletin 12                                            3
        """;

    [Fact]
    public void Page_furniture_contents_and_several_starts_make_a_whole_issue_without_a_masthead()
    {
        var reading = IssueStructure.Read(Mastheadless);
        Assert.True(reading.IsWholeIssue, reading.Evidence);
        Assert.True(new WholeIssueFormat().Detect(Mastheadless) >= 0.9);
    }

    [Fact]
    public void A_web_page_with_bylines_notes_and_bios_but_no_page_furniture_is_no_whole_issue()
    {
        const string page = """
            Dust and Diesel on the Upper Ridge

            By Oskar Vell-Amadi

            The ridge above the valley has been mined by hand for a century. What is new is the diesel pump, and the men who decide who may run one [1].

            Related: By Renata Solberg-Quispe

            Notes
            [1] Interview with a pump owner, March 2029.

            Oskar Vell-Amadi is a researcher on artisanal mining in the Andes.
            Renata Solberg-Quispe is a journalist who covers cooperatives and labour.
            """;
        Assert.False(IssueStructure.Read(page).IsWholeIssue);
    }

    [Fact]
    public void An_issue_read_from_its_structure_says_so_and_takes_its_date_from_a_running_line()
    {
        var text = Mastheadless.Replace("QL · bulletin 12", "QL · 14.04.2029", StringComparison.Ordinal);
        var read = new WholeIssueFormat().Read(text, new RawSource("seeds/ql.txt"));
        Assert.Equal(["Dust and Diesel on the Upper Ridge", "The Cooperative That Paid Twice"], read.Drafts.Select(d => d.Title));
        Assert.Contains(read.Diagnostics, d => d.Code == DiagnosticCodes.ImportIssueFromStructure);
        Assert.Contains(read.Diagnostics, d => d.Code == DiagnosticCodes.ImportIssueFieldsFromRunningLine);
        Assert.All(read.Drafts, d => Assert.Equal(new DateOnly(2029, 4, 14), d.Date));
        Assert.All(read.Drafts, d => Assert.Null(d.Volume));
    }

    [Fact]
    public void A_footer_prints_the_date_the_masthead_leaves_out()
    {
        const string text = """
            HARBOUR LEDGER
            VOLUME XI  ◆  ISSUE 4

            Dust and Diesel on the Upper Ridge

            By Oskar Vell-Amadi

            The ridge above the valley has been mined by hand for a century. What is new is the diesel
            pump, and the men who decide who may run one, and what they charge for the privilege.
            Harbour Ledger  |  Volume XI, Issue 4  |  March 9, 2029  |  1
            The pump owners pay in fuel when they cannot pay in cash, and the men who collect
            keep a ledger of their own.
            """;
        var read = new WholeIssueFormat().Read(text, new RawSource("seeds/hl.txt"));
        var draft = Assert.Single(read.Drafts);
        Assert.Equal(new DateOnly(2029, 3, 9), draft.Date);
        Assert.Equal(11, draft.Volume);
        Assert.Contains(read.Diagnostics, d => d.Code == DiagnosticCodes.ImportIssueFieldsFromRunningLine);
    }

    [Fact]
    public void Contents_names_wrapped_after_a_dash_are_the_entrys_authors()
    {
        const string text = """
            HARBOUR LEDGER
            Volume 11, Issue 4 | March 2029

            CONTENTS
               p. 1   Dust and Diesel on the Upper Ridge — Oskar Vell-Amadi
               p. 3   The Cooperative That Paid Twice: Ledgers and
                      Receipts in the Hill Towns — Renata Solberg-Quispe and
                      Ilse Marrow-Tan

            DUST AND DIESEL ON THE UPPER RIDGE

            Oskar Vell-Amadi

            The ridge above the valley has been mined by hand for a century. What is new is the diesel
            pump, and the men who decide who may run one, and what they charge for the privilege.

            THE COOPERATIVE THAT PAID TWICE: LEDGERS AND RECEIPTS IN THE HILL TOWNS

            Renata Solberg-Quispe and Ilse Marrow-Tan

            The cooperative's accounts show two payments each month, one to the regional office and
            one to men who never signed a receipt. Members say the second is the one that matters.
            """;
        var read = new WholeIssueFormat().Read(text, new RawSource("seeds/hl.txt"));
        Assert.Equal(2, read.Drafts.Count);
        Assert.Equal(["Renata Solberg-Quispe", "Ilse Marrow-Tan"], read.Drafts[1].Authors);
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == DiagnosticCodes.ImportTocMismatch);
    }
}
