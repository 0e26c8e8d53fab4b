using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import.Fixups;

/// <summary>Properties of the rules on the real sample seeds.</summary>
public class SeedPropertyTests
{
    [Fact]
    public void Rejoined_PDF_article_has_the_paragraphs_of_its_web_version()
    {
        // Given: the last article of the PDF issue (000) after the text rules, and its web version (001)
        var pipeline = DefaultFixups.Create();
        var pdfText = SeedText.AfterTextRules("000", pipeline);
        var pdf = SeedText.Draft("000", pdfText, "A loud explosion was heard", "Rami Jameel is a researcher");
        var webText = SeedText.AfterTextRules("001", pipeline);
        var web = SeedText.Draft("001", webText, "A loud explosion was heard", "Notes");

        // When
        var rejoined = new RejoinPageBreaksFixup().Apply(pdf, new FixupContext { SourcePath = pdf.Origin.Path }).Draft.Body;

        // Then: same paragraphs, same boundaries; the wording may differ by an edit or two
        var actual = SeedText.Paragraphs(rejoined).Select(SeedText.Comparable).ToList();
        var expected = SeedText.Paragraphs(web.Body).Select(SeedText.Comparable).ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i].Split(' ');
            var a = actual[i].Split(' ');
            Assert.True(e[..Math.Min(3, e.Length)].SequenceEqual(a[..Math.Min(3, a.Length)]), $"paragraph {i + 1} starts differently:\n{actual[i]}\n{expected[i]}");
            Assert.True(e[^Math.Min(3, e.Length)..].SequenceEqual(a[^Math.Min(3, a.Length)..]), $"paragraph {i + 1} ends differently:\n{actual[i]}\n{expected[i]}");
            Assert.True(Similarity(e, a) >= 0.95, $"paragraph {i + 1} differs:\n{actual[i]}\n{expected[i]}");
        }
    }

    [Fact]
    public void Rejoined_PDF_article_marks_its_headings()
    {
        var pipeline = DefaultFixups.Create();
        var pdfText = SeedText.AfterTextRules("000", pipeline);
        var pdf = SeedText.Draft("000", pdfText, "A loud explosion was heard", "Rami Jameel is a researcher");

        var body = new RejoinPageBreaksFixup().Apply(pdf, new FixupContext { SourcePath = pdf.Origin.Path }).Draft.Body;

        var headings = body.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();
        Assert.Equal(
        [
            "Elections, Power, Money, and Militias", "Al-Kadhimi and the Militias", "Al-Kadhimi's Strong Allies",
            "The Potential Anti-PMF Alliance", "What Does Not Kill Al-Khadimi Makes Him Stronger",
            "The Iran-Backed Shia Militias' Strategic Next Steps", "Conclusion",
        ], headings);
    }

    /// <summary>Share of words in the longest common subsequence.</summary>
    private static double Similarity(string[] a, string[] b)
    {
        var dp = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                dp[i, j] = a[i - 1] == b[j - 1] ? dp[i - 1, j - 1] + 1 : Math.Max(dp[i - 1, j], dp[i, j - 1]);
        return (double)dp[a.Length, b.Length] / Math.Max(a.Length, b.Length);
    }
}
