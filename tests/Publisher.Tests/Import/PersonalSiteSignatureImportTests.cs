namespace Publisher.Tests.Import;

/// <summary>
/// A personal site's post signed at its end with the writer's initials or given name, the full name only in the note
/// about the site and its copyright line below the text; its name set in lower case as its logo. Invented text.
/// </summary>
public class PersonalSiteSignatureImportTests
{
    private static readonly string Page = $"""
        SALT AND SHINGLE
        a retired coastguard's notebook
        Home · Notebook · About · Contact

        The week the buoys went dark
        Tuesday, May 9th, 2034

        {PageFixture.Prose(4, "the unlit buoys")}
        We shall see what the board decides.
        — R.K.

        Filed under: buoys, the estuary · 3 comments
        About
        Commodore (retd) Rasmus Kell-Ayodele served thirty years in the coastguard. He writes here about the estuary.
        © Rasmus Kell-Ayodele. Made on an old laptop.
        """;

    [Fact]
    public void The_initials_closing_the_post_credit_the_name_the_page_prints_below_it()
    {
        using var project = PageFixture.Project(Page);

        var report = project.Import();

        var text = project.Read(Assert.Single(project.ArticleFiles()));
        Assert.Contains("authors:\n- Rasmus Kell-Ayodele\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("— R.K.", text, StringComparison.Ordinal);
        Assert.Contains("We shall see what the board decides.", text, StringComparison.Ordinal);
        Assert.Contains(report.AllDropped, d => d.What == "closing signature" && d.Text == "— R.K.");
    }

    [Fact]
    public void Initials_no_line_below_spells_out_stay_in_the_text()
    {
        using var project = PageFixture.Project(Page.Replace("Rasmus Kell-Ayodele", "the site's author", StringComparison.Ordinal));

        project.Import();

        var text = project.Read(Assert.Single(project.ArticleFiles()));
        Assert.Contains("— R.K.", text, StringComparison.Ordinal);
    }

    // A logo in lower case that the closing line names, and a fields line that files the post under a collection.
    private static readonly string LowerCaseSite = $"""
        tidemarks
        notes on harbours and the people who guard them
        home · about · field notes · contact
        Three nights on the breakwater
        11.05.2034 · field notes · 6 min read
        {PageFixture.Prose(3, "the breakwater patrols")}
        More next week.
        — Ottoline
        Filed under: field notes, harbours
        tidemarks is written by Ottoline Baird-Kessy, who taught navigation for thirty years.
        """;

    [Fact]
    public void A_lower_case_logo_the_closing_line_names_is_the_publication_and_the_fields_line_files_the_kind()
    {
        using var project = PageFixture.Project(LowerCaseSite);

        var report = project.Import();

        var text = project.Read(Assert.Single(project.ArticleFiles()));
        Assert.Contains("publication: tidemarks\n", text, StringComparison.Ordinal);
        Assert.Contains("kind: field note\n", text, StringComparison.Ordinal);
        Assert.Contains("authors:\n- Ottoline Baird-Kessy\n", text, StringComparison.Ordinal);
        Assert.Contains("date: 2034-05-11", text, StringComparison.Ordinal);
    }
}
