using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Shapes fitted in the forty-sixth session (mix56-new, and issues44-new i08 on the way): bylines with a cleric's, a
/// peer's or an emerita's style, a rank before "the Hon.", a retirement note closing the line, a cartographer credited
/// after the names, a reporter "reporting from" a place with a colon; "An appreciation by"; contents entries set apart by
/// arrows; a section label printed on the line under a piece's last sentence; a bio led in by "About the author:" under
/// numbered notes. Invented text.
/// </summary>
public class MixShapes56ImportTests
{
    [Theory]
    [InlineData("By Tomasz Vell-Aribo and Hanne Skarde, with maps by Olu Parrish", new[] { "Tomasz Vell-Aribo", "Hanne Skarde" })]
    [InlineData("By Professor Emerita Ysolde Karamat", new[] { "Ysolde Karamat" })]
    [InlineData("Reviewed by the Rev. Dr Lucan Obuya-Prest", new[] { "Lucan Obuya-Prest" })]
    [InlineData("By the Rev. Canon Maud Ferrier and Dr Kofi Hallstrom", new[] { "Maud Ferrier", "Kofi Hallstrom" })]
    [InlineData("By Lieutenant-Colonel the Hon. Piers Ameobi-Lund (ret'd)", new[] { "Piers Ameobi-Lund" })]
    [InlineData("By Lady Rosalind Okafor-Pym", new[] { "Rosalind Okafor-Pym" })]
    [InlineData("Ismay Kettering-Osei reports from Dunmere Quay:", new[] { "Ismay Kettering-Osei" })]
    [InlineData("A viewpoint from Rosalind Okafor-Pym", new[] { "Rosalind Okafor-Pym" })]
    public void Styles_helpers_and_notes_around_the_names_are_no_part_of_them(string line, string[] names)
    {
        Assert.Equal(names, IssueSegmenter.BylineNames(line));
        Assert.Equal(names, Byline.Read(line)?.Names);
    }

    [Fact]
    public void A_dispatch_from_a_place_names_nobody() => Assert.Null(IssueSegmenter.BylineNames("A dispatch from the northern ferries"));

    [Fact]
    public void An_appreciation_bylines_its_writer() =>
        Assert.Equal(["Rosalind Okafor-Pym"], Byline.Read("An appreciation by Rosalind Okafor-Pym")?.Names);

    [Fact]
    public void Contents_entries_set_apart_by_arrows_name_the_section_and_the_title()
    {
        var (entries, _) = IssueContents.Read(SeedText.Lines("""
            In this number

            1 ▸ ANALYSIS ▸ Why the Toll Bridge at Carrow Stays Shut
            3 ▸ ASSESSMENT ▸ The Marsh Truce After a Year
            """), 0);

        Assert.Equal(
            [("Why the Toll Bridge at Carrow Stays Shut", "analysis"), ("The Marsh Truce After a Year", "assessment")],
            entries.Where(e => !e.IsSection).Select(e => (e.Title, e.Kind)).ToList());
    }

    private const string IssueWithAGluedLabel = """
        Carrow Marsh Bulletin
        ISSN 4410-9031   |   Issue 12   |   8 May 2050

        FEATURE

        The Toll Keepers of Carrow

        By Tomasz Vell-Aribo and Hanne Skarde, with maps by Olu Parrish

        The toll bridge at Carrow has been shut since the spring, and the men who used to keep it now keep the
        ford below it instead, where they charge the carters twice what the bridge once cost them.

        The district says it will reopen the bridge when it can pay for a keeper of its own. Until then the
        ford is the only road across the marsh, and the men who hold it know it.

        A Carter's Year

        One carter told the Bulletin that he now pays more at the ford in a month than he earned in a week
        before the bridge was shut, and that he has stopped taking loads to the eastern villages at all.
        The villages have noticed. Two of them have begun to send their own carts in convoy.
        BACK PAGE

        Eels Return to the Lower Dyke

        The district's count of eels in the lower dyke, taken in April, found twice as many as last spring,
        after three years in which the count fell. The fishermen credit the new sluice.

        The Carrow Marsh Bulletin is published by the Marsh Studies Trust. Views are the contributors' own.
        """;

    [Fact]
    public void A_label_under_the_last_sentence_of_a_piece_heads_the_next_one()
    {
        using var project = PageFixture.Project(IssueWithAGluedLabel);

        project.Import();

        var byTitle = project.ArticlesByTitle();
        Assert.Equal(["Eels Return to the Lower Dyke", "The Toll Keepers of Carrow"], byTitle.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("authors:\n- Tomasz Vell-Aribo\n- Hanne Skarde\n", byTitle["The Toll Keepers of Carrow"], StringComparison.Ordinal);
        Assert.DoesNotContain("BACK PAGE", byTitle["The Toll Keepers of Carrow"], StringComparison.Ordinal);
        Assert.Contains("authors: []\n", byTitle["Eels Return to the Lower Dyke"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bio_led_in_under_numbered_notes_is_no_note()
    {
        using var project = PageFixture.Project("""
            Carrow Marsh Bulletin
            ISSN 4410-9031   |   Issue 13   |   22 May 2050
            The Ford at Carrow
            By Hanne Skarde
            The ford below the shut toll bridge at Carrow is held by the men who kept the bridge, and the carters
            who cross it pay them twice what the bridge once cost, in coin or in a share of their loads.¹
            The district has promised a keeper of its own by the autumn, but it has promised that before.²
            Notes
            1. Interviews by the author with carters at Carrow, April 2050.
            2. Carrow district council, minutes of 3 March 2050.
            About the author: Hanne Skarde is a historian of the marsh villages and a former carter
            herself.
            """);

        project.Import();

        var article = Assert.Single(project.ArticlesByTitle()).Value;
        Assert.Contains("[^2]: Carrow district council, minutes of 3 March 2050.\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("former carter", article, StringComparison.Ordinal);
        Assert.Contains("former carter", project.Read("input/authors/hanne-skarde.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Volume XLVIII", 48)]
    [InlineData("VOL. 12", 12)]
    [InlineData("Volume of trade fell by a third", null)]
    public void A_line_may_print_the_volume_alone(string line, int? volume) => Assert.Equal(volume, VolumeIssueLine.BareVolume(line));

    [Theory]
    [InlineData("CASE FILES", "case file")]
    [InlineData("Country File", "country file")]
    [InlineData("FILE", null)]
    public void A_dossier_on_one_case_is_a_genre_with_its_qualifier(string label, string? kind) => Assert.Equal(kind, Genres.OwnLabel(label));

    [Theory]
    [InlineData("References and notes")]
    [InlineData("Notes and sources")]
    [InlineData("SOURCES & FURTHER READING")]
    public void Notes_headings_may_join_two_words(string line) => Assert.True(EndnoteShapes.IsNotesHeading(line));

    [Fact]
    public void An_issue_with_its_fields_about_the_name_and_names_stacked_under_a_title_is_read()
    {
        using var project = PageFixture.Project("""
                                                            Issue 4 · 9 March 2050
            CARROW MARSH MONITOR
                                                                   Volume XII

            LOWER DYKES

            Who Keeps the Sluices at Carrow

            Dr Tomasz Vell-Aribo
            Prof. Hanne Skarde
            Olu Parrish

            The sluices that drain the lower dykes at Carrow were kept for a century by the district, and for
            the last three winters by whoever turned up with a key. Two of the men who turn up now are armed.[1]

            The district says it will hire keepers again when the marsh rate is paid. The farmers say they will
            pay the rate when the district keeps the sluices. Both are right, and the dykes are silting.[2]

            References and notes

            1 – Interviews by the authors with farmers at Carrow, January 2050.

            2 – Carrow district council, minutes of 12 February 2050.

            The authors work together on the Marsh Studies Trust's drainage survey. Dr Vell-Aribo is an engineer
            who has mapped the dykes since 2041. Professor Skarde teaches land law at Dunmere. Mr Parrish farms
            at Carrow.

            FERRY ROADS

            The Carrow Ferry Bombing

            By Colonel Ines Maarten-Obi (retired)

            The bomb that damaged the Carrow ferry slip in February killed nobody, but it stopped the only crossing
            to the eastern villages for a week, and it was better made than anything the marsh has seen before.

            Colonel Maarten-Obi served twenty years in the army's engineers and now advises the district on its bridges.

            The Carrow Marsh Monitor is published by the Marsh Studies Trust. Views are the contributors' own.
            """);

        project.Import();

        var byTitle = project.ArticlesByTitle();
        var sluices = byTitle["Who Keeps the Sluices at Carrow"];
        Assert.Contains("authors:\n- Tomasz Vell-Aribo\n- Hanne Skarde\n- Olu Parrish\n", sluices, StringComparison.Ordinal);
        Assert.Contains("volume: 12\n", sluices, StringComparison.Ordinal);
        Assert.Contains("issue: 4\n", sluices, StringComparison.Ordinal);
        Assert.Contains("[^2]: Carrow district council, minutes of 12 February 2050.", sluices, StringComparison.Ordinal);
        Assert.DoesNotContain("work together", sluices, StringComparison.Ordinal);
        Assert.Contains("mapped the dykes", project.Read("input/authors/tomasz-vell-aribo.md"), StringComparison.Ordinal);
        var bombing = byTitle["The Carrow Ferry Bombing"];
        Assert.Contains("authors:\n- Ines Maarten-Obi\n", bombing, StringComparison.Ordinal);
        Assert.DoesNotContain("twenty years in the army", bombing, StringComparison.Ordinal);
    }

    [Fact]
    public void An_issue_that_prints_its_numbers_only_in_its_colophon_takes_them_from_there()
    {
        using var project = PageFixture.Project("""
            Carrow Marsh Monitor
            Thursday, 11 April 2050

            CONTENTS
            THE FERRY SLIP AT CARROW ............................ 1
            EELS RETURN TO THE LOWER DYKE ....................... 2

            The Ferry Slip at Carrow

            By Hanne Skarde

            The ferry slip at Carrow was rebuilt in the winter, and the men who held the ford while it was shut
            have moved their toll to the slip's gate, where they collect from the carters as the ferry loads.

            The district says the gate is its own and the toll unlawful, but it has sent nobody to open it.

            Eels Return to the Lower Dyke

            By Tomasz Vell-Aribo

            The district's count of eels in the lower dyke, taken in March, found twice as many as last spring,
            after three years in which the count fell. The fishermen credit the new sluice at the dyke's mouth.

            Carrow Marsh Monitor, Vol. XII, Issue 7 · ISSN 4410-9031 · Published by the Marsh Studies Trust.
            """);

        project.Import();

        var article = project.ArticlesByTitle()["The Ferry Slip at Carrow"];
        Assert.Contains("volume: 12\n", article, StringComparison.Ordinal);
        Assert.Contains("issue: 7\n", article, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_periodicals_numbers_at_an_issues_end_are_none_of_its_own()
    {
        using var project = PageFixture.Project("""
            Carrow Marsh Monitor
            Thursday, 11 April 2050

            CONTENTS
            THE FERRY SLIP AT CARROW ............................ 1
            EELS RETURN TO THE LOWER DYKE ....................... 2

            The Ferry Slip at Carrow

            By Hanne Skarde

            The ferry slip at Carrow was rebuilt in the winter, and the men who held the ford while it was shut
            have moved their toll to the slip's gate, where they collect from the carters as the ferry loads.

            The district says the gate is its own and the toll unlawful, but it has sent nobody to open it.

            Eels Return to the Lower Dyke

            By Tomasz Vell-Aribo

            The district's count of eels in the lower dyke, taken in March, found twice as many as last spring,
            after three years in which the count fell. The fishermen credit the new sluice at the dyke's mouth.

            First printed in the Dunmere Ledger, Vol. 3, Issue 9 · reprinted with permission.
            """);

        project.Import();

        var article = project.ArticlesByTitle()["The Ferry Slip at Carrow"];
        Assert.DoesNotContain("volume: 3\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("issue: 9\n", article, StringComparison.Ordinal);
    }
}
