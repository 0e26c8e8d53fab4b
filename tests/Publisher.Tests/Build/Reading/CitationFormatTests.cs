using Publisher.Core.Build.Reading;

namespace Publisher.Tests.Build.Reading;

public class CitationFormatTests
{
    private static Citation Sample(params string[] authors) => new(
        "harbour-strike", authors, "The Harbour Strike and Its Limits", "Harbour Monitor", 12, 4, new DateOnly(2022, 3, 9),
        "https://archive.example.org/articles/harbour-strike/");

    [Fact]
    public void Chicago_note_names_authors_quotes_the_title_and_gives_volume_issue_date_and_url()
    {
        var chicago = ChicagoCitation.Of(Sample("Mira Okonjo", "Tomas Vell"));

        Assert.Equal("Mira Okonjo and Tomas Vell, “The Harbour Strike and Its Limits,” ", chicago.Lead);
        Assert.Equal("Harbour Monitor", chicago.Container);
        Assert.Equal(" 12, no. 4 (March 9, 2022), ", chicago.Tail);
        Assert.Equal("Mira Okonjo and Tomas Vell, “The Harbour Strike and Its Limits,” Harbour Monitor 12, no. 4 (March 9, 2022), https://archive.example.org/articles/harbour-strike/.",
            chicago.Text);
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "A Bee" }, "A Bee")]
    [InlineData(new[] { "A Bee", "C Dee", "E Eff" }, "A Bee, C Dee, and E Eff")]
    [InlineData(new[] { "A Bee", "C Dee", "E Eff", "G Aitch" }, "A Bee et al.")]
    public void Chicago_lists_up_to_three_authors(string[] authors, string expected) =>
        Assert.Equal(expected, ChicagoCitation.Authors(authors));

    [Fact]
    public void Chicago_keeps_a_title_question_mark_and_drops_what_is_missing()
    {
        var chicago = ChicagoCitation.Of(Sample() with { Title = "Who \"Runs\" the Port?", Volume = null, Issue = null });

        Assert.Equal("“Who ‘Runs’ the Port?” Harbour Monitor (March 9, 2022), https://archive.example.org/articles/harbour-strike/.", chicago.Text);
    }

    [Fact]
    public void BibTeX_entry_is_pinned()
    {
        Assert.Equal("""
            @article{harbour-strike,
              author = {{Okonjo}, Mira and {Vell}, Tomas},
              title = {{The Harbour Strike and Its Limits}},
              journal = {Harbour Monitor},
              volume = {12},
              number = {4},
              year = {2022},
              month = mar,
              date = {2022-03-09},
              url = {https://archive.example.org/articles/harbour-strike/},
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), BibTeX.Write(Sample("Mira Okonjo", "Tomas Vell")));
    }

    [Theory]
    [InlineData("Profits & Losses: 50% of #1_Port", @"Profits \& Losses: 50\% of \#1\_Port")]
    [InlineData(@"Braces {x} $5 a^b ~c \d", @"Braces \{x\} \$5 a\textasciicircum{}b \textasciitilde{}c \textbackslash{}d")]
    [InlineData("Line\nbreak   and   Ünïcode", "Line break and Ünïcode")]
    public void BibTeX_escapes_LaTeX_special_characters(string text, string escaped) =>
        Assert.Equal(escaped, BibTeX.Escape(text));

    [Fact]
    public void BibTeX_braces_one_word_authors_and_keeps_urls_verbatim()
    {
        var bib = BibTeX.Write(Sample("Harbourwatch") with { Url = "https://example.org/a_b%20c?x={1}#frag", Title = "A & B" });

        Assert.Contains("  author = {{Harbourwatch}},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  title = {{A \\& B}},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  url = {https://example.org/a_b%20c?x=%7B1%7D#frag},\n", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void RIS_record_is_pinned()
    {
        Assert.Equal(
            "TY  - JOUR\r\nAU  - Okonjo, Mira\r\nAU  - Vell, Tomas\r\nTI  - The Harbour Strike and Its Limits\r\nT2  - Harbour Monitor\r\nJO  - Harbour Monitor\r\n"
            + "VL  - 12\r\nIS  - 4\r\nPY  - 2022\r\nDA  - 2022/03/09\r\nUR  - https://archive.example.org/articles/harbour-strike/\r\nID  - harbour-strike\r\nER  - \r\n",
            Ris.Write(Sample("Mira Okonjo", "Tomas Vell")));
    }

    [Fact]
    public void RIS_values_stay_on_one_line()
    {
        var ris = Ris.Write(Sample("Mira\nOkonjo") with { Title = "Two\r\nlines" });

        Assert.Contains("TI  - Two lines\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("AU  - Okonjo, Mira\r\n", ris, StringComparison.Ordinal);
        Assert.All(ris.Split("\r\n")[..^1], line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
    }
}
