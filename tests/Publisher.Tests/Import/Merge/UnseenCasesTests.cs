using Publisher.Core.Import.Fixups;
using static Publisher.Tests.Import.Merge.MergeTestKit;

namespace Publisher.Tests.Import.Merge;

/// <summary>Cases written after the rules, to check they were not fitted to the first ones.</summary>
public class UnseenCasesTests
{
    [Fact]
    public void A_doubled_comma_in_the_web_text_loses_to_the_pdf()
    {
        var (body, _, _) = MergeVersions("The lighthouse keeper retired in May,, after forty years on the rock.", "The lighthouse keeper retired in May, after forty years on the rock.");
        Assert.Equal("The lighthouse keeper retired in May, after forty years on the rock.", body);
    }

    [Fact]
    public void A_misspelling_in_the_pdf_does_not_replace_the_web_spelling()
    {
        var web = "Councillor Aaltonen opened the market. Aaltonen praised the traders and Aaltonen bought bread.";
        var pdf = "Councillor Aaltonen opened the market. Aaltonen praised the traders and Altonen bought bread.";
        var (body, actions, _) = MergeVersions(web, pdf);
        Assert.Equal(web, body);
        Assert.Contains("'Aaltonen' occurs 4 times elsewhere in the article's two versions, 'Altonen' nowhere else", Assert.Single(actions, a => a.Kind == FixupActionKinds.MergeDifference).Reason ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_sentence_in_brackets_keeps_its_full_stop()
    {
        var web = "The pier reopened on Monday after repairs. (The harbour board paid for the work itself. )";
        var pdf = "The pier reopened on Monday after repairs. (The harbour board paid for the work itself.)";
        var (body, _, _) = MergeVersions(web, pdf);
        Assert.EndsWith("(The harbour board paid for the work itself.)", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_running_header_repeated_in_the_issue_is_not_taken_even_when_it_reads_like_a_sentence()
    {
        var masthead = "Coastal Watch is a publication of the Harbour Institute and reports on ports.";
        var web = "The ferry service resumed on Monday after the strike, the operator said in a statement.";
        var pdf = web + "\n\n" + masthead;
        var diagnostics = new List<Publisher.Core.Diagnostics.Diagnostic>();
        var sibling = new Publisher.Core.Import.ImportedDraft(Pdf("A different article about fishing quotas and the new rules for trawlers.\n\n" + masthead).Draft with { Title = "Fishing Quotas Change" }, 0, Format: "whole-issue");
        var outcome = Publisher.Core.Import.DuplicateMerger.Merge([Pdf(pdf), sibling, Web(web)], diagnostics);
        var merged = outcome.Drafts.Single(d => d.Draft.Sources.Count == 2).Draft;
        Assert.Equal(web, merged.Body);
        Assert.Contains(outcome.Actions, a => a.Kind == FixupActionKinds.MergeSkippedParagraph && a.Reason!.Contains("repeated", StringComparison.Ordinal));
    }

    [Fact]
    public void The_merge_notice_names_both_sources_with_their_lines()
    {
        var (_, _, diagnostics) = MergeVersions("The ferry service resumed on Monday.", "The ferry service resumed on Monday.");
        var notice = Assert.Single(diagnostics);
        Assert.Contains("seeds/pdf.txt:1", notice.Message, StringComparison.Ordinal);
        Assert.Contains("seeds/web.txt:1", notice.Message, StringComparison.Ordinal);
    }
}
