using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import;

/// <summary>
/// The small PDF shapes of the issue, through the whole importer (reader, sidecar, every rule, planner, writer)
/// on a synthetic seed with a sidecar: a UTF-8 BOM and CRLF line ends, mojibake, running headers/footers with page
/// numbers, a title wrapped over four lines, a paragraph split at a page break after a hyphen, and a note split
/// across a page.
/// </summary>
public class SmallSeedImportTests
{
    private const string Issue = """
        Sahel Security Review

        VOLUME IV | ISSUE 7

        p.1

        Why Al-Shabaab-
        Linked Cells Are
        Moving Toward
        the Coast

        Kofi Mensah

        Why Al-Shabaab-
        Linked Cells Are
        Moving Toward
        the Coast

        Kofi Mensah

        Cells linked to the group have appeared in three coastal states this year, and the group’s recruiters say so openly. The wave of anti-

        Sahel Security Review Volume IV • Issue 7 | March 3, 2022    2

        Institute for Conflict Studies

        American sermons in the port towns has grown since the spring, officials said. [1]

        Recruiters now use the river trade to move fighters south, the police say. [2]

        Sahel Security Review Volume IV • Issue 7 | March 3, 2022    3

        Institute for Conflict Studies

        The coastal governments have answered with new border posts and joint patrols along the river.

        Kofi Mensah is a researcher at the Institute for Conflict Studies.

        Notes

        [1] Interview with a police officer in the port of Lomé, who asked not to be named because he was not

        Sahel Security Review Volume IV • Issue 7 | March 3, 2022    4

        Institute for Conflict Studies

        authorised to speak to the press, March 2022.

        [2] Ibid.

        """;

    private const string ArticlePath = "input/articles/2022/why-al-shabaab-linked-cells-are-moving-toward-the-coast.md";

    private static ImportFixture Project(string issue)
    {
        var project = new ImportFixture().WithSampleProject("none");
        // As a PDF export on Windows saves it: BOM, CRLF, and the right quote mis-decoded as "â€™".
        var raw = issue.Replace("’", "\u00e2\u20ac\u2122").Replace("\n", "\r\n");
        File.WriteAllBytes(project.Temp.Combine("seeds", "issue.txt").EnsureFolder(), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(raw)]);
        project.Temp.Write("seeds/issue.yml", "publication: Sahel Security Review\ndate: 2022-03-03\n");
        return project;
    }

    [Fact]
    public void A_pdf_issue_with_every_small_shape_imports_into_one_clean_article()
    {
        using var project = Project(Issue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal([ArticlePath], project.ArticleFiles());
        var article = project.Read(ArticlePath);
        Assert.DoesNotContain('\r', article);
        Assert.DoesNotContain('\uFEFF', article);
        Assert.Contains("title: Why Al-Shabaab-Linked Cells Are Moving Toward the Coast\n", article, StringComparison.Ordinal);
        Assert.Contains("volume: 4\nissue: 7\n", article, StringComparison.Ordinal);
        Assert.Contains("the group’s recruiters", article, StringComparison.Ordinal);
        Assert.Contains("The wave of anti-American sermons in the port towns has grown since the spring, officials said.[^1]\n\n", article, StringComparison.Ordinal);
        Assert.Contains("[^1]: Interview with a police officer in the port of Lomé, who asked not to be named because he was not authorised to speak to the press, March 2022.\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Institute for Conflict Studies\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Volume IV", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Kofi Mensah is a researcher", article, StringComparison.Ordinal);
        Assert.Contains("Kofi Mensah is a researcher at the Institute for Conflict Studies.", project.Read("input/authors/kofi-mensah.md"), StringComparison.Ordinal);
        // The contents, and every running header and footer, are reported at their own seed lines.
        Assert.Equal(
            ["seeds/issue.txt:5", "seeds/issue.txt:7", "seeds/issue.txt:8", "seeds/issue.txt:9", "seeds/issue.txt:10", "seeds/issue.txt:12",
             "seeds/issue.txt:23", "seeds/issue.txt:25", "seeds/issue.txt:31", "seeds/issue.txt:33", "seeds/issue.txt:43", "seeds/issue.txt:45"],
            report.AllDropped.Select(d => d.Location!.ToString()));
        Assert.All(report.AllDropped.Take(6), d => Assert.Contains("contents", d.What, StringComparison.Ordinal));
        Assert.Contains(report.Fixes, f => f.Kind == FixupActionKinds.RepairedMojibake);
    }

    [Fact]
    public void A_broken_seed_gets_warnings_at_the_seed_lines_of_the_problems()
    {
        // A marker without a note on line 29, and a note nobody refers to on line 49 (its own line in the Notes section, not the title's).
        using var project = Project(Issue.Replace("the police say. [2]", "the police say. [3]"));

        var report = project.Import();

        var printed = report.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(printed, d => d.StartsWith("seeds/issue.txt:29:76: warning PUB152: footnote marker [3] has no note", StringComparison.Ordinal));
        Assert.Contains(printed, d => d.StartsWith("seeds/issue.txt:49: warning PUB153: note [2] (\"Ibid.\") has no marker", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, report.Diagnostics.Single(d => d.Code == DiagnosticCodes.FootnoteMarkerWithoutNote).Severity);
        Assert.Contains("the police say. [3]", project.Read(ArticlePath), StringComparison.Ordinal);
        Assert.Contains("\\[2\\] Ibid.", project.Read(ArticlePath), StringComparison.Ordinal);
    }
}
