using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Formats;

/// <summary>
/// A section name the catalogue does not know, printed in the contents before the title of the one piece under it
/// ("Round the bay — Title — 2") and over that piece in the body: a section label, a brief's over a short piece. Invented text.
/// </summary>
public class SectionNamedInContentsTests
{
    private const string Prose = """
        The harbour master at Kelvar says that two fishing boats were boarded at anchor last week by men who took their
        catch and their fuel, and that the crews did not report it for three days because they feared the men would return.
        """;

    [Fact]
    public void The_contents_keep_the_section_name_printed_before_an_entrys_title()
    {
        var (entries, _) = IssueContents.Read(SeedText.Lines("""
            THIS ISSUE
            Round the bay — Boats boarded at Kelvar — 2
            Ports — The Long Wait at the Outer Quay — 3

            ROUND THE BAY
            """), 0);

        Assert.Collection(entries,
            e => Assert.Equal(("Boats boarded at Kelvar", "Round the bay"), (e.Title, e.Section)),
            e => Assert.Equal(("The Long Wait at the Outer Quay", "Ports"), (e.Title, e.Section)));
    }

    [Fact]
    public void A_label_the_contents_print_before_one_short_pieces_title_makes_it_a_brief()
    {
        var drafts = new WholeIssueFormat().Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            THIS ISSUE
            Round the bay — Boats boarded at Kelvar — 2
            The Long Wait at the Outer Quay — 3

            ROUND THE BAY

            Two Fishing Boats Boarded at Kelvar

            {Prose}

            The Long Wait at the Outer Quay
            By Lucia Ferrant-Obi

            {Prose}

            {Prose}

            {Prose}

            {Prose}
            """, new RawSource("seeds/issue.txt")).Drafts;

        Assert.Equal(("Two Fishing Boats Boarded at Kelvar", "brief"), (drafts[0].Title, drafts[0].Kind));
        Assert.Equal(("The Long Wait at the Outer Quay", "feature"), (drafts[1].Title, drafts[1].Kind));
    }
}
