namespace Publisher.Tests.Import;

/// <summary>
/// Raw files through the whole importer in the shapes fitted to issues39-new and cases33-new (thirty-first session).
/// Invented text.
/// </summary>
public class IssueShapes39ImportTests
{
    private static string Prose(int count, string topic) => PageFixture.Prose(count, topic);

    [Fact]
    public void A_numbered_notes_list_keeps_every_entry_and_bracketed_numbers_at_clause_ends_point_to_it()
    {
        using var project = PageFixture.Project(
            "Harbour Courier\nNews   Analysis   Ports   Fisheries   About us\n\nThe guard units and the limits of outsourcing\nBy Ola Brennick\n12 May 2038\n\n"
            + Prose(2, "the guard units") + "\n"
            + "The guards are paid a fraction of a soldier's wage, and their number has tripled in two years (1).\n"
            + "In the uplands this has turned old quarrels over pasture into shooting wars (2).\n"
            + "Several districts have tried a register of every guard, and complaints have fallen sharply (3).\n\n"
            + "Notes\n\n1. Valley Research Group, survey of village guard units, June 2038.\n"
            + "2. Ministry of Finance, security payroll figures, 2036-2038.\n"
            + "3. District administration of Merrow Cross, report on guard unit reform, May 2038.\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("tripled in two years[^1].", article, StringComparison.Ordinal);
        Assert.Contains("[^2]: Ministry of Finance, security payroll figures, 2036-2038.", article, StringComparison.Ordinal);
        Assert.Contains("[^3]: District administration of Merrow Cross, report on guard unit reform, May 2038.", article, StringComparison.Ordinal);
    }
}
