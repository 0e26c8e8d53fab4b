using System.Text.RegularExpressions;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Originals;

/// <summary>
/// The same invented issue as a PDF (printed from <c>Agreement/issue.html</c> by headless Chromium) and as the text file
/// an editor would save of it (<c>Agreement/issue.txt</c>: one paragraph per line, blank lines between) imports to the
/// same articles: titles, authors, dates, volume and issue, kinds, footnotes and body words. Documented differences:
/// the seed line numbers the articles cite (the PDF's text is hard-wrapped). (A "Notes" heading set at the left margin
/// under two short columns was once read with the first column and stayed in the brief's body as a stray word.)
/// </summary>
public partial class PdfTextAgreementTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "Publisher.Tests", "Import", "Originals", "Agreement");

    private static IReadOnlyList<string> ImportArticles(string file)
    {
        using var project = new ImportFixture().WithSampleProject("none-");
        var seed = project.Temp.Combine("seeds", "issue" + Path.GetExtension(file)).EnsureFolder();
        File.Copy(Path.Combine(Folder, file), seed);
        File.WriteAllText(project.Temp.Combine("seeds", "issue.yml"), "publication: Alpine Corridors Monitor\nsite: https://www.alpine-corridors.example/\n");
        project.Import();
        return project.ArticleFiles().Order(StringComparer.Ordinal).Select(project.Read).ToList();
    }

    /// <summary>The fields compared: front matter title, authors, date, volume, issue and kind, then the footnotes.</summary>
    private static string Fields(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        var front = lines.Take(end).ToList();
        var kept = new List<string>();
        for (var i = 0; i < front.Count; i++)
        {
            if (!FieldKey().IsMatch(front[i])) continue;
            kept.Add(front[i]);
            for (var k = i + 1; k < front.Count && front[k].StartsWith("  - ", StringComparison.Ordinal); k++) kept.Add(front[k]);
        }
        kept.AddRange(lines.Skip(end + 1).Where(l => l.StartsWith("[^", StringComparison.Ordinal)));
        return string.Join('\n', kept);
    }

    /// <summary>The body's words, footnotes left out, in order.</summary>
    private static string BodyWords(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        var body = string.Join(' ', lines.Skip(end + 1).Where(l => !l.StartsWith("[^", StringComparison.Ordinal)));
        return string.Join(' ', body.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_pdf_and_the_text_of_one_issue_import_to_the_same_articles()
    {
        // Given / When
        var fromPdf = ImportArticles("issue.pdf");
        var fromText = ImportArticles("issue.txt");

        // Then
        Assert.Equal(2, fromText.Count);
        Assert.Equal(fromText.Count, fromPdf.Count);
        for (var i = 0; i < fromText.Count; i++)
        {
            Assert.Equal(Fields(fromText[i]), Fields(fromPdf[i]));
            Assert.Equal(BodyWords(fromText[i]), BodyWords(fromPdf[i]));
        }
        Assert.Contains("title: Why the Tunnel Towns Are Turning to Private Guards", string.Join('\n', fromText), StringComparison.Ordinal);
        Assert.Equal(4, fromText.Sum(a => Fields(a).Split('\n').Count(l => l.StartsWith("[^", StringComparison.Ordinal))));
    }

    [GeneratedRegex(@"^(?:title|authors|date|volume|issue|kind|publication):")]
    private static partial Regex FieldKey();
}
