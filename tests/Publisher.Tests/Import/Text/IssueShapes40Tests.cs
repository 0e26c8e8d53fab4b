using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes found in the thirty-second session's new whole-issue cases (issues40-new): a plural genre label over a run names
/// the genre of each piece; roles between two names of a byline; signatures with an office in brackets, a place after a
/// slash, or a role and an office after commas; an air force's ranks; a bio in other verbs; a newsletter's own
/// correspondent. Invented lines.
/// </summary>
public class IssueShapes40Tests
{
    [Theory]
    [InlineData("DISPATCHES", true, "dispatch")]
    [InlineData("FIELD NOTES", true, "field note")]
    [InlineData("Field Sketches", true, "brief")]
    [InlineData("ROUNDUP", true, "brief")]
    [InlineData("Roundup", false, "roundup")]
    [InlineData("At a glance", true, "brief")]
    [InlineData("Leadership notes", true, "brief")]
    [InlineData("In focus", false, "feature")]
    public void A_plural_genre_label_names_each_piece_of_its_run(string label, bool run, string kind) =>
        Assert.Equal(kind, SectionLabels.UnknownSectionKind(label, run));

    [Theory]
    [InlineData("By Wenna Trask, Senior Researcher, and Idris Pell, Visiting Fellow", new[] { "Wenna Trask", "Idris Pell" })]
    [InlineData("By Dr. Saffi Brennock, Research Director, and Kit Aldous, Field Researcher", new[] { "Saffi Brennock", "Kit Aldous" })]
    [InlineData("Reviewed by Prof. Orla Penhaligon", new[] { "Orla Penhaligon" })]
    [InlineData("By Ann Lee, Bo Ma and Cy Young", new[] { "Ann Lee", "Bo Ma", "Cy Young" })]
    public void Roles_between_the_names_of_an_issues_byline_are_no_names(string line, string[] names) =>
        Assert.Equal(names, IssueSegmenter.BylineNames(line));

    [Theory]
    [InlineData("— Wenna Trask-Oduya (Centre for Harbour Studies)", new[] { "Wenna Trask-Oduya" })]
    [InlineData("Idris Pell / Vannock", new[] { "Idris Pell" })]
    [InlineData("Saffi Brennock, Research Associate, Saltmere Coast Institute", new[] { "Saffi Brennock" })]
    [InlineData("— Ann Lee and Bo Ma, Tarnby", new[] { "Ann Lee", "Bo Ma" })]
    public void Signatures_with_an_office_a_place_or_a_role(string line, string[] names) => Assert.Equal(names, ClosingSignature.Names(line));

    [Theory]
    [InlineData("Ships, Fuel and Salt / Notes")]
    [InlineData("Tarnby, Holm, Vessby")]
    [InlineData("Read more / Share")]
    public void Lines_that_only_look_like_signatures(string line) => Assert.Null(ClosingSignature.Names(line));

    [Fact]
    public void An_air_forces_ranks_are_no_part_of_the_name() =>
        Assert.Equal(["Priya Venkatesan-Holt"], IssueSegmenter.BylineNames("By Sqn Ldr Priya Venkatesan-Holt"));

    [Theory]
    [InlineData("Kit Aldous edits the Tarnby Ledger and writes on the salt trade.")]
    [InlineData("Amadou Ferreira e Silva is research director of the Holm Foundation.")]
    [InlineData("Priya Venkatesan-Holt flew border patrols until 2038 and now advises the district council.")]
    public void Bios_in_other_verbs(string text) => Assert.True(BioParagraph.IsBio(text));

    [Fact]
    public void A_newsletters_own_correspondent_is_a_role() => Assert.True(AuthorRoleLine.Is("Our correspondent in Port Vessby"));
}
