using Publisher.Core.Import.Formats;

namespace Publisher.Tests.Import.Formats;

/// <summary>
/// The contents right under a masthead whose name and tagline stand alone as one block (a text rule took the volume
/// line out as a running line): the contents are still read, so the pieces they do not list take their section's kind.
/// Invented text.
/// </summary>
public class MastheadOverContentsTests
{
    private const string Prose = """
        Ferry crews on the northern crossing say that armed men have begun to board boats at anchor at night and demand
        a fee for every passenger landed, and two owners have since laid up their boats rather than pay it.
        """;

    private static IReadOnlyList<Publisher.Core.Import.ArticleDraft> Read(string masthead) =>
        new WholeIssueFormat().Read($"""
            {masthead}

            p.1
            BRIEFS
            p.4
            Salt, Diesel and Debt: The Economy of the Lagoon Checkpoints
            Mireille Okonjo-Hart

            Night Fees on the Northern Crossing
            Tobias Renner-Achebe
            {Prose}
            {Prose}

            Salt, Diesel and Debt: The Economy of the
            Lagoon Checkpoints
            Mireille Okonjo-Hart
            {Prose}
            {Prose}
            {Prose}
            """, new RawSource("seeds/issue.txt")).Drafts;

    [Fact]
    public void A_name_over_its_tagline_is_masthead_and_the_contents_under_it_give_the_briefs_kind()
    {
        var drafts = Read("Lagoon Security Review\nReporting from the coast and the creeks");

        Assert.Collection(drafts,
            d => Assert.Equal(("Night Fees on the Northern Crossing", "brief"), (d.Title, d.Kind)),
            d => Assert.Equal(("Salt, Diesel and Debt: The Economy of the Lagoon Checkpoints", "feature"), (d.Title, d.Kind)));
    }

    [Fact]
    public void A_first_block_that_reads_as_a_sentence_is_not_taken_for_a_masthead()
    {
        var drafts = Read("Lagoon Security Review\nThe crews say the fees began in March.");

        Assert.DoesNotContain(drafts, d => d.Title == "Night Fees on the Northern Crossing" && d.Kind == "brief");
    }

    [Fact]
    public void The_contents_opening_section_entry_is_the_last_section_before_the_first_title_and_none_when_a_title_opens_them()
    {
        static WholeIssueFormat.TocEntry Section(string title) => new(title, [], IsSection: true, Line: 1);
        static WholeIssueFormat.TocEntry Titled(string title) => new(title, ["Ann Lee"], IsSection: false, Line: 2);

        Assert.Equal(1, WholeIssueFormat.OpeningSectionEntry([Section("EDITOR'S NOTE"), Section("BRIEFS"), Titled("The Salt Road")]));
        Assert.Null(WholeIssueFormat.OpeningSectionEntry([Titled("The Salt Road"), Section("BRIEFS")]));
        Assert.Null(WholeIssueFormat.OpeningSectionEntry([Section("BRIEFS")]));
    }
}
