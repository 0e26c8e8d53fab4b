namespace Publisher.Tests.Import;

/// <summary>
/// A feature whose byline has its bio printed right under it, with no blank line ("By Dr. NAME" / "NAME teaches …"), and
/// whose notes are numbered "1. …" under their heading with no blank line between heading and entries, or between two
/// entries, while the text cites them "[n]". Invented text.
/// </summary>
public class WholeIssueBylineOverBioImportTests
{
    private const string Issue = """
        HIGHLAND RISK MONITOR

        VOLUME IX, ISSUE 6  |  JUNE 2, 2031

        CONTENTS
        THE QUARRY WARS: HOW STONE MONEY ARMED THE EASTERN PASSES
        By Henrike Adeyemi-Sorensen ........................ 2

        The Quarry Wars: How Stone Money Armed the Eastern Passes

        By Dr. Henrike Adeyemi-Sorensen
        Dr. Henrike Adeyemi-Sorensen lectures in political economy at the University of
        Tessaly and has studied the quarry districts since 2027.

        When the marble quarries of the eastern passes changed hands in 2029, the new owners
        hired armed guards to protect their trucks on the mountain roads. [1] Within two
        years the guards had become the only authority in several of the villages. [2]

        The provincial government has promised to license the guards, but the owners say
        they will not pay for licences the police cannot enforce. [3]

        ENDNOTES
        1. Company registry filings for the eastern passes, 2029-2030.
        2. Interviews by the author with three village heads, March 2031.
        3. Statement of the provincial governor's office, April 30, 2031.
        """;

    [Fact]
    public void The_bio_under_the_byline_goes_to_the_profile_and_the_numbered_notes_become_footnotes()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/issue.txt", Issue);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var text = project.Read(Assert.Single(project.ArticleFiles()));
        Assert.Contains("- Henrike Adeyemi-Sorensen\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("By Dr.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lectures in political economy", text, StringComparison.Ordinal);
        Assert.Contains("lectures in political economy", project.Read("input/authors/henrike-adeyemi-sorensen.md"), StringComparison.Ordinal);
        Assert.Contains("[^2]: Interviews by the author with three village heads, March 2031.", text, StringComparison.Ordinal);
        Assert.Contains("[^3]: Statement of the provincial governor's office", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ENDNOTES", text, StringComparison.Ordinal);
    }
}
