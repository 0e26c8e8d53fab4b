using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// An issue printed without blank lines whose contents list a section as an entry without authors ("[4] Along the
/// Shore" among "[1] Title — NAME"), printed in the body as a label in capitals over a run of short pieces, unsigned,
/// credited ("Reporting: NAME") or bylined; its running header, short and mostly figures, printed twice between the
/// halves of sentences and once with its spaces lost (mix52-new's q05 shape, fitted in the forty-third session).
/// Invented text.
/// </summary>
public class ListedSectionRunImportTests
{
    private const string Issue = """
        Tarn Estuary Monitor
        Shipping, fishing and order on the estuary
        Volume 4, Nr 7 — 2 June 2047
        CONTENTS (page)
        [1] The Silt Barons: Who Owns the Dredging Trade — Maelis Hartigan-Oyelaran
        [2] A Lighthouse Without Keepers — Corwen Ashdale, Ilse Brannock-Teo
        [4] Along the Shore
        ANALYSES
        The Silt Barons: Who Owns the Dredging Trade
        By Maelis Hartigan-Oyelaran, Associate Fellow
        Three families have held the dredging licences of the estuary for longer than
        anyone on the harbour board can remember. Each family keeps its own fleet of
        barges, its own crews and its own friends on the board, and none of them has
        ever bid against another for a stretch of the channel. They set the price of
        clearing each
        TEM 4/7 — 02.06.2047
        berth, and the shippers who complain find their berths silting up again.
        The board renewed the licences in April without asking for other bids, and the
        shippers have taken the board to court over it.
        Maelis Hartigan-Oyelaran is an associate fellow of the Tarn Institute.
        A Lighthouse Without Keepers
        Corwen Ashdale and Ilse Brannock-Teo
        The light at Gannet Point has been run from the shore since March, and twice
        its lamp has failed on a night of fog. The pilots want the keepers back; the
        TEM4/7—02.06.2047 ¶
        board says the keepers cost more than the light is worth to it.[1]
        Neither side has asked the fishermen, who lose more boats on the point than
        anyone else and who would pay for a keeper themselves if they were allowed.[2]
        Notes
        [1] Harbour board minutes, 14 April 2047.
        [2] Interview with the fishermen's guild at Gannet Point, 20 May 2047.
        Corwen Ashdale is a pilot on the estuary. Ilse Brannock-Teo is a researcher at
        the Tarn Institute who studies coastal safety.
        ALONG THE SHORE
        Ferry Timetable Restored at Wrexley
        The ferry between Wrexley and the north bank returned to its full timetable on
        28 May, a month after a strike by its crews had cut it to two crossings a day.
        Patrol Boat Shot At Near Cobble Sands
        Reporting: Tamsin Orrell-Vey
        A patrol boat of the harbour police came under fire from a fishing smack off
        TEM 4/7 — 02.06.2047
        Cobble Sands on the night of 30 May. Nobody was hurt and the smack got away
        into the marshes.
        Salt Pans Reopen After Two Years
        By Hollis Vantongeren
        The salt pans below Marlow Hythe reopened on 1 June after the river authority
        agreed to repair the sluice that flooded them two winters ago.
        The Tarn Estuary Monitor is published monthly by the Tarn Institute. The views expressed are the authors'.
        """;

    [Fact]
    public void A_section_the_contents_list_without_authors_heads_the_run_of_pieces_under_it()
    {
        using var project = PageFixture.Project(Issue);

        var report = project.Import();

        var articles = project.ArticleFiles().Select(project.Read).ToList();
        var byTitle = project.ArticlesByTitle();
        Assert.Equal(
            ["A Lighthouse Without Keepers", "Ferry Timetable Restored at Wrexley", "Patrol Boat Shot At Near Cobble Sands", "Salt Pans Reopen After Two Years",
             "The Silt Barons: Who Owns the Dredging Trade"],
            byTitle.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(byTitle.Keys, t => t.Contains("Along the Shore", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("authors:\n- Tamsin Orrell-Vey\n", byTitle["Patrol Boat Shot At Near Cobble Sands"], StringComparison.Ordinal);
        Assert.Contains("authors:\n- Hollis Vantongeren\n", byTitle["Salt Pans Reopen After Two Years"], StringComparison.Ordinal);
        Assert.Contains("came under fire from a fishing smack off Cobble Sands on the night", byTitle["Patrol Boat Shot At Near Cobble Sands"], StringComparison.Ordinal);
        Assert.Contains("worth to it.", byTitle["A Lighthouse Without Keepers"], StringComparison.Ordinal);
        Assert.DoesNotContain(articles, a => a.Contains("02.06.2047", StringComparison.Ordinal));
        Assert.Equal(3, report.AllDropped.Count(d => d.Text.Contains("02.06.2047", StringComparison.Ordinal)));
        Assert.DoesNotContain(byTitle["A Lighthouse Without Keepers"], "Ferry", StringComparison.Ordinal);
    }

    [Fact]
    public void A_running_line_of_few_letters_keeps_its_figures_in_its_squashed_key()
    {
        Assert.Equal(RunningLines.SquashedKey("TEM 4/7 — 02.06.2047"), RunningLines.SquashedKey("TEM4/7—02.06.2047 ¶"));
        Assert.NotEqual(RunningLines.SquashedKey("TEM 4/7 — 02.06.2047"), RunningLines.SquashedKey("TEM 4/8 — 16.06.2047"));
        Assert.Null(RunningLines.SquashedKey("TEM 4/7"));
    }
}
