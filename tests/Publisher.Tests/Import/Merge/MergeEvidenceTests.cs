using Publisher.Core.Import.Fixups;
using static Publisher.Tests.Import.Merge.MergeTestKit;

namespace Publisher.Tests.Import.Merge;

/// <summary>Each evidence rule of the word-level merge, on invented two-version texts.</summary>
public class MergeEvidenceTests
{
    private const string Opening = "Van Doorn spoke first at the harbour meeting. Everyone listened to Van Doorn.";

    [Fact]
    public void The_spelling_used_elsewhere_in_the_article_wins()
    {
        var web = Opening + "\n\nLater, Van Dorn and the board walked to the pier where the ferries wait.";
        var pdf = Opening + "\n\nLater, Van Doorn and the board walked to the pier where the ferries wait.";

        var (body, actions, _) = MergeVersions(web, pdf);

        Assert.Contains("Later, Van Doorn and", body, StringComparison.Ordinal);
        var action = Assert.Single(actions, a => a.Kind == FixupActionKinds.MergeDifference);
        Assert.Equal("web: Dorn  pdf: Doorn", action.Before);
        Assert.Equal("Doorn", action.After);
        Assert.Equal("'Doorn' occurs 4 times elsewhere in the article's two versions, 'Dorn' nowhere else", action.Reason);
        Assert.Equal(new Publisher.Core.Diagnostics.SourceLocation("seeds/web.txt", 5), action.Location);
    }

    [Fact]
    public void The_archive_is_evidence_too()
    {
        var web = "The crew unloaded the catch at the quay before dawn, as the harbourmaster had asked.";
        var pdf = "The crew unloaded the catch at the key before dawn, as the harbourmaster had asked.";

        var (body, actions, _) = MergeVersions(web, pdf, "Boats tie up at the quay.", "The quay was rebuilt.", "A new quay opened.");

        Assert.Contains("at the quay before", body, StringComparison.Ordinal);
        Assert.Contains("(and 3 times in the archive)", Assert.Single(actions, a => a.Kind == FixupActionKinds.MergeDifference).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Consistent_capitalisation_wins_mid_sentence()
    {
        var web = "The Norse settlers and the Norse traders met. Later the norse chiefs agreed to share the fjord and its fish.";
        var pdf = "The Norse settlers and the Norse traders met. Later the Norse chiefs agreed to share the fjord and its fish.";

        var (body, actions, _) = MergeVersions(web, pdf);

        Assert.Contains("the Norse chiefs", body, StringComparison.Ordinal);
        Assert.StartsWith("mid-sentence, 'Norse' is written so 4 times elsewhere", Assert.Single(actions, a => a.Kind == FixupActionKinds.MergeDifference).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_start_is_capitalised()
    {
        var web = "The tide rose at six in the evening. then the boats came back in a long line.";
        var pdf = "The tide rose at six in the evening. Then the boats came back in a long line.";

        var (body, _, _) = MergeVersions(web, pdf);

        Assert.Contains("evening. Then the boats", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_space_before_a_closing_mark_loses_to_the_well_formed_reading()
    {
        var web = "Dock workers voted to return on Monday (harbourtimes.org, June 3 ). The vote was close.";
        var pdf = "Dock workers voted to return on Monday (harbourtimes.org, June 3). The vote was close.";

        var (body, actions, _) = MergeVersions(web, pdf);

        Assert.Contains("(harbourtimes.org, June 3). The", body, StringComparison.Ordinal);
        Assert.Equal("the web reading has a space before ')'", Assert.Single(actions, a => a.Kind == FixupActionKinds.MergeDifference).Reason);
    }

    [Fact]
    public void When_neither_reading_is_well_formed_the_punctuation_is_repaired()
    {
        var web = "The strike ended after nine days of talks (portnews.net, May 9. )";
        var pdf = "The strike ended after nine days of talks (portnews.net, May 9.)";

        var (body, actions, _) = MergeVersions(web, pdf);

        Assert.Equal("The strike ended after nine days of talks (portnews.net, May 9).", body);
        var action = Assert.Single(actions, a => a.Kind == FixupActionKinds.MergeDifference);
        Assert.Equal("9).", action.After);
        Assert.StartsWith("neither reading is well formed", action.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_evidence_the_base_stays_and_the_report_says_so()
    {
        var web = "The ferry docked towards noon, and the passengers walked up the hill to town.";
        var pdf = "The ferry docked toward noon, and the passengers walked up the hill to town.";

        var (body, actions, _) = MergeVersions(web, pdf);

        Assert.Equal(web, body);
        var action = Assert.Single(actions, a => a.Kind == FixupActionKinds.MergeDifference);
        Assert.Equal("towards", action.After);
        Assert.EndsWith("not enough to decide; kept the web text (the base)", action.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_break_artefacts_are_not_differences()
    {
        var web = "The “harbour” office reopened, and the dock workers returned to their usual shifts.";
        var pdf = "The \"harbour\" oﬃce re- opened, and the dock workers returned to their usual shifts.";

        var (body, actions, _) = MergeVersions(web, pdf);

        Assert.Equal(web, body);
        Assert.DoesNotContain(actions, a => a.Kind == FixupActionKinds.MergeDifference);
    }
}
