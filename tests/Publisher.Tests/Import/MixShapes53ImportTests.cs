using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Shapes fitted in the forty-third session (mix53-new): contents entries with the authors before the title, parted by
/// middle dots ("NAMES · Title · 1"); an entry naming a section before a colon and what it holds after it ("Elsewhere:
/// three short items · 8"), printed in the body as a label over a run of short pieces; a brief signed by a name in
/// brackets on a line of its own ("(NAME)"); a byline with the one-word place its writer filed from ("NAME, Place",
/// "NAME reports from Place"). Invented text.
/// </summary>
public class MixShapes53ImportTests
{
    [Fact]
    public void Contents_entries_may_print_the_authors_before_the_title()
    {
        var (entries, _) = IssueContents.Read(SeedText.Lines("""
            IN THIS ISSUE

            Orla Penhallow and Bo Marrak · Ledgers of the Night Schools · 1
            Cyra Lentz · Salt, Rope and the River Tolls · 5
            Around the coast: three short items · 9
            """), 0);

        Assert.Equal(
            [("Ledgers of the Night Schools", "Bo Marrak|Orla Penhallow"), ("Salt, Rope and the River Tolls", "Cyra Lentz"), ("Around the coast: three short items", "")],
            entries.Select(e => (e.Title, string.Join('|', e.Authors.Order(StringComparer.Ordinal)))).ToList());
    }

    [Theory]
    [InlineData("Ines Marrow-Pike, Tolbridge", new[] { "Ines Marrow-Pike" })]
    [InlineData("Tomas Ellery reports from Tolbridge", new[] { "Tomas Ellery" })]
    [InlineData("Ines Marrow-Pike, Tomas Ellery", new[] { "Ines Marrow-Pike", "Tomas Ellery" })]
    public void A_byline_under_a_title_may_say_where_its_writer_filed_from(string line, string[] names) =>
        Assert.Equal(names, IssueSegmenter.BylineNames(line));

    [Theory]
    [InlineData("(Ines Marrow-Pike)", new[] { "Ines Marrow-Pike" })]
    [InlineData("(Ines Marrow-Pike, Tolbridge)", new[] { "Ines Marrow-Pike" })]
    public void A_name_in_brackets_on_its_own_line_signs_a_piece(string line, string[] names)
    {
        Assert.Equal(names, ClosingSignature.Names(line));
        Assert.Equal(names, ClosingSignature.DashedNames(line));
    }

    [Theory]
    [InlineData("(Reuters)")]
    [InlineData("(see the map on page 4)")]
    [InlineData("(Photo: Ines Marrow-Pike)")]
    public void Other_lines_in_brackets_sign_nothing(string line) => Assert.Null(ClosingSignature.Names(line));

    private const string Issue = """
        PELL COAST MONITOR
        Vol. IX  ·  Issue 4
        Published 7 May 2047

        IN THIS ISSUE

        Orla Penhallow and Bo Marrak · Ledgers of the Night Schools · 1
        Cyra Lentz · Salt, Rope and the River Tolls · 3
        Around the coast: three short items · 5


        Ledgers of the Night Schools

        By Orla Penhallow and Bo Marrak

        The night schools of the Pell valley keep two ledgers. One records the fees the
        families pay and the books the teachers buy; the other, kept by the schools'
        patrons in the hills, records which families have sent a son to the ridge.

        Neither ledger is secret, and the valley's council has copies of both. What the
        council lacks is a reason to act on them, since the schools teach reading well
        and the patrons pay for what the province will not.


        Salt, Rope and the River Tolls

        By Cyra Lentz

        The river tolls at Tolbridge were abolished in 2041, but the boatmen still pay
        them. The men who collect them now carry no badge, and the receipts they issue are
        written on the backs of salt sacks.

        The boatmen say the sum is smaller than the old toll and the collectors more
        honest. The province says it has no collectors on the river at all.


        AROUND THE COAST

        Harbour Cranes Idle at Merrow

        Contributed by Anselm Brack

        The cranes of Merrow harbour stood idle for a third day on Tuesday after the
        dockers refused to unload ships that had called at the island ports.

        Fishing Ban Eased off Cape Tolly

        The coast guard eased the ban on night fishing off Cape Tolly on Friday, six
        weeks after it was imposed following the loss of a patrol launch.
        (Ines Marrow-Pike)

        Lantern Festival Goes Ahead in Dray

        The lantern festival in Dray went ahead on Saturday for the first time in three
        years, under the eyes of the town's new police post.
        """;

    [Fact]
    public void A_section_listed_by_name_before_a_colon_heads_its_run_and_a_name_in_brackets_signs_a_brief()
    {
        using var project = PageFixture.Project(Issue);

        project.Import();

        var articles = project.ArticleFiles().Select(project.Read).ToList();
        var byTitle = project.ArticlesByTitle();
        Assert.Equal(
            ["Fishing Ban Eased off Cape Tolly", "Harbour Cranes Idle at Merrow", "Lantern Festival Goes Ahead in Dray", "Ledgers of the Night Schools",
             "Salt, Rope and the River Tolls"],
            byTitle.Keys.Order(StringComparer.Ordinal));
        Assert.All(articles, a => Assert.Contains("date: 2047-05-07\n", a, StringComparison.Ordinal));
        foreach (var brief in new[] { "Fishing Ban Eased off Cape Tolly", "Harbour Cranes Idle at Merrow", "Lantern Festival Goes Ahead in Dray" })
            Assert.Contains("kind: brief\n", byTitle[brief], StringComparison.Ordinal);
        Assert.Contains("authors:\n- Ines Marrow-Pike\n", byTitle["Fishing Ban Eased off Cape Tolly"], StringComparison.Ordinal);
        Assert.DoesNotContain("(Ines Marrow-Pike)", byTitle["Fishing Ban Eased off Cape Tolly"], StringComparison.Ordinal);
        Assert.Contains("authors: []\n", byTitle["Lantern Festival Goes Ahead in Dray"], StringComparison.Ordinal);
    }
}
