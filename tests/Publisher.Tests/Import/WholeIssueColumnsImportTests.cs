namespace Publisher.Tests.Import;

/// <summary>
/// Whole issues whose contents are set in columns and whose articles print no byline, and joint bios: the authors come
/// from the contents, the contributors' bios and a bio naming two authors reach both authors' profiles. Invented text.
/// </summary>
public class WholeIssueColumnsImportTests
{
    private static ImportFixture Project(string issue)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", issue);
        project.Temp.Write("seeds/issue.yml", "site: https://tarn-review.example/\n");
        return project;
    }

    private const string ColumnsIssue = """
        TARN VALLEY REVIEW
        Volume 7, Issue 2                                   April 2029

        CONTENTS                              WRITER                    PAGE
        Ferry Tolls and the Quiet Return      Maret Kallas-Odum            1
          of the River Guards
        A Census of Empty Villages            Joaquim Ferreira-Lund        2

        Ferry Tolls and the Quiet Return of the River Guards

        The ferry crossing at Orsa has changed hands three times in two years, and each new owner has raised the toll charged to the farmers who cross it every market day.

        The river guards who once collected the toll for the district have returned, this time in uniforms nobody issued them.

        A Census of Empty Villages

        The district counted its villages again this winter and found that eleven of them no longer have a single resident under the age of sixty.

        The school in the largest of them closed in January, and its teacher now drives to the valley town each morning.

        CONTRIBUTORS TO THIS ISSUE

        Maret Kallas-Odum is a researcher at the Tarn Institute who studies river trade.

        Joaquim Ferreira-Lund is a journalist based in the valley town of Orsa.
        """;

    [Fact]
    public void Articles_without_bylines_take_their_authors_from_contents_set_in_columns_and_their_bios_from_the_contributors_page()
    {
        using var project = Project(ColumnsIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(
            ["input/articles/2029/a-census-of-empty-villages.md", "input/articles/2029/ferry-tolls-and-the-quiet-return-of-the-river-guards.md"],
            project.ArticleFiles());
        var ferry = project.Read("input/articles/2029/ferry-tolls-and-the-quiet-return-of-the-river-guards.md");
        Assert.Contains("title: Ferry Tolls and the Quiet Return of the River Guards\n", ferry, StringComparison.Ordinal);
        Assert.Contains("Maret Kallas-Odum", ferry, StringComparison.Ordinal);
        var census = project.Read("input/articles/2029/a-census-of-empty-villages.md");
        Assert.Contains("Joaquim Ferreira-Lund", census, StringComparison.Ordinal);
        Assert.DoesNotContain("CONTRIBUTORS", census, StringComparison.Ordinal);
        Assert.DoesNotContain("is a journalist", census, StringComparison.Ordinal);
        Assert.Contains("studies river trade", project.Read("input/authors/maret-kallas-odum.md"), StringComparison.Ordinal);
        Assert.Contains("valley town of Orsa", project.Read("input/authors/joaquim-ferreira-lund.md"), StringComparison.Ordinal);
    }

    private const string JointBioIssue = """
        TARN VALLEY REVIEW
        Volume 7, Issue 3                                   May 2029

        Grain Barges and the Lock Keepers' Strike

        By Maret Kallas-Odum and Joaquim Ferreira-Lund

        The lock keepers stopped work on the first of May, and within a week forty grain barges were waiting below the lower gates of the canal. [1]

        The district has promised to pay the wages it owes them, but the keepers say they have heard the promise before. [2]

        Notes

        [1] Interviews with barge crews at the lower gates, May 2029.
        [2] Statement of the lock keepers' association, 6 May 2029.

        Maret Kallas-Odum is a researcher at the Tarn Institute. Joaquim Ferreira-Lund is a journalist based in Orsa.

        The Tarn Valley Review is published monthly.
        """;

    [Fact]
    public void A_bio_naming_two_authors_after_the_notes_is_split_between_their_profiles()
    {
        using var project = Project(JointBioIssue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Contains("researcher at the Tarn Institute", project.Read("input/authors/maret-kallas-odum.md"), StringComparison.Ordinal);
        Assert.Contains("journalist based in Orsa", project.Read("input/authors/joaquim-ferreira-lund.md"), StringComparison.Ordinal);
    }
}
