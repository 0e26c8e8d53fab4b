using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Whole issues whose heads (contents with the genre first, a byline with a place, a wrapped title over a "By" line)
/// and closing lines (a bio after the notes, a publisher's notice) the older rules missed. Invented text.
/// </summary>
public class WholeIssueHeadImportTests
{
    private static ImportFixture Project(string issue)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", issue);
        return project;
    }

    /// <summary>A sibling monitor: "Vol. 4 / No. 2" and the date on one line, contents "Genre — Title … p. N", bylines "NAME | City".</summary>
    private const string HighlandsIssue = """
        HIGHLANDS SECURITY LETTER
        Militias, smugglers and the state in the uplands

        Vol. 4 / No. 2                                   3 March 2028
        ================================================================

        CONTENTS
          Report — Salt Smugglers Take Over the Northern Passes
                   of the Korvan Range                              p. 1
          Commentary — Why the Border Police Keep Losing Recruits   p. 2
          Contributors                                              p. 3

        REPORT

        Salt Smugglers Take Over the Northern Passes of the
        Korvan Range

        Ilse Varnhagen | Dornberg

        In the first week of February, traders in Dornberg said the passes were closed to anyone who had not paid the
        new levy. Three drivers who refused were stopped on the road and their loads were burned.

        The levy is collected by a group of former customs guards who lost their posts in the reform of 2026.

        COMMENTARY

        Why the Border Police Keep Losing Recruits

        Tomas Reile and Aida Brankovic | Ostrava

        The border police lost one recruit in four last year, and the ministry has no plan to keep the rest.

        Pay is lower than in the towns, and the posts are far from any school or clinic.

        CONTRIBUTORS

        Ilse Varnhagen is a journalist who has reported from the Korvan Range since 2021.

        Tomas Reile is a researcher at a policing institute in Ostrava. Aida Brankovic is a former border officer who
        now teaches at a police academy.

        The Highlands Security Letter is an independent publication of the Uplands Research Circle. Editor: Mara Lenz.
        Contact: desk@highlands.example
        """;

    [Fact]
    public void Sibling_monitor_with_genre_contents_and_place_bylines()
    {
        using var project = Project(HighlandsIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(
            ["input/articles/2028/salt-smugglers-take-over-the-northern-passes-of-the-korvan-range.md", "input/articles/2028/why-the-border-police-keep-losing-recruits.md"],
            project.ArticleFiles());
        var first = project.Read("input/articles/2028/salt-smugglers-take-over-the-northern-passes-of-the-korvan-range.md");
        Assert.Contains("date: 2028-03-03\n", first, StringComparison.Ordinal);
        Assert.Contains("kind: report\n", first, StringComparison.Ordinal);
        Assert.Contains("- Ilse Varnhagen\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Dornberg\n", first, StringComparison.Ordinal);
        var second = project.Read("input/articles/2028/why-the-border-police-keep-losing-recruits.md");
        Assert.Contains("kind: commentary\n", second, StringComparison.Ordinal);
        Assert.Contains("- Tomas Reile\n", second, StringComparison.Ordinal);
        Assert.Contains("- Aida Brankovic\n", second, StringComparison.Ordinal);
        Assert.DoesNotContain("independent publication", second, StringComparison.Ordinal);
        Assert.DoesNotContain("is a former border officer", second, StringComparison.Ordinal);
        Assert.Contains("former border officer", project.Read("input/authors/aida-brankovic.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("former border officer", project.Read("input/authors/tomas-reile.md"), StringComparison.Ordinal);
    }

    /// <summary>A title wrapped over two lines whose second line reads like a name, the "By" line under it; a bio after the notes; a notice.</summary>
    private const string DigestIssue = """
        LOWLANDS DAILY DIGEST
        Volume 8, Issue 41
        Friday, May 5, 2028

        Port Workers' Strike in Varna Bay
        Draws Army Patrols

        By Nadia Petrova-Lowe

        The strike at the container port entered its third week on May 2, when soldiers took up posts at the gates.

        The union says the patrols are meant to frighten its members back to work (Coast Herald, May 3). [1]

        Notes

        [1] Statement of the dockers' union, May 3, 2028.

        About the author: Nadia Petrova-Lowe is a journalist who covers labour and security on the Black Sea coast.

        Lowlands Daily Digest is published by the Harbour Trust for Policy Studies. The views expressed are those of
        the authors. Reproduction requires written permission.
        """;

    [Fact]
    public void Wrapped_title_over_a_by_line_and_closing_notice()
    {
        using var project = Project(DigestIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var path = Assert.Single(project.ArticleFiles());
        var article = project.Read(path);
        Assert.Contains("title: Port Workers' Strike in Varna Bay Draws Army Patrols\n", article, StringComparison.Ordinal);
        Assert.Contains("- Nadia Petrova-Lowe\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("By Nadia", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Trust", article, StringComparison.Ordinal);
        Assert.DoesNotContain("About the author", article, StringComparison.Ordinal);
        Assert.Contains("covers labour and security", project.Read("input/authors/nadia-petrova-lowe.md"), StringComparison.Ordinal);
        Assert.Contains(report.Dropped, d => d.Text.StartsWith("Lowlands Daily Digest is published by", StringComparison.Ordinal));
    }
}

public class IssueHeadShapesTests
{
    [Theory]
    [InlineData("Ilse Varnhagen | Dornberg", "Ilse Varnhagen")]
    [InlineData("Tomas Reile and Aida Brankovic · Ostrava", "Tomas Reile and Aida Brankovic")]
    [InlineData("By Ana Ruiz, Lagos Bureau", "By Ana Ruiz")]
    [InlineData("Ana Ruiz, Special Correspondent", "Ana Ruiz")]
    [InlineData("Author: Liesa Voss, Kessel Institute for Public Safety", "Author: Liesa Voss")]
    [InlineData("Ana Ruiz | San Juan de la Vega", "Ana Ruiz")]
    [InlineData("Ana Ruiz | Page 4", "Ana Ruiz | Page 4")]
    [InlineData("Share: Email · Print", "Share: Email · Print")]
    [InlineData("Ana Ruiz | the coast road was closed", "Ana Ruiz | the coast road was closed")]
    public void A_bylines_place_or_desk_is_left_out(string line, string expected) =>
        Assert.Equal(expected, BylinePlace.Strip(line));

    [Theory]
    [InlineData("Ilse Varnhagen | Dornberg", "Ilse Varnhagen")]
    [InlineData("By Ana Ruiz, Lagos Bureau", "Ana Ruiz")]
    [InlineData("Author: Ana Ruiz, Ostrander Institute", "Ana Ruiz")]
    public void Byline_names_leave_out_place_desk_and_organisation(string line, string expected) =>
        Assert.Equal(expected, string.Join("; ", IssueSegmenter.BylineNames(line) ?? []));
}
