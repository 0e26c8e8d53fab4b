namespace Publisher.Tests.Import.Formats;

/// <summary>Two invented paragraphs of a monitor's prose, for whole issues written in a test.</summary>
internal static class IssueProse
{
    public const string Prose1 = """
        Smugglers have dug at least three tunnels under the old salt works at Kelvar, the port police said on Monday,
        and one of them reached the customs yard before it was found by a night patrol on the eastern quay.

        The police believe the tunnels were used to move fuel and cigarettes past the new scanners at the gate, which
        have cut the trade through the yard itself by more than half since the spring, according to the customs office.
        """;

    public const string Prose2 = """
        Fishing crews along the Dosso coast say that armed men have begun to demand a share of every catch landed at
        night, and several boats now stay in port rather than pay what the crews call the moon tax of the outer banks.

        The harbour master has asked for two patrol boats, but the coast guard says it has none to spare before the
        autumn, when the new cutters ordered from the yard at Pellam are due to arrive and take up their stations.
        """;
}
