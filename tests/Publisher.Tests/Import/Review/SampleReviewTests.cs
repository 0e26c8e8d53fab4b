using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Review;

namespace Publisher.Tests.Import.Review;

/// <summary>
/// The issue's acceptance list on a fresh import of the five sample seeds: the review model lists each kind of decision
/// an editor must check, every one at a seed line the report shows; the dropped text the console counts is the dropped
/// text the report lists.
/// </summary>
public class SampleReviewTests
{
    [Theory]
    [InlineData(FixupActionKinds.UnlinkedBrokenLink)]
    [InlineData(FixupActionKinds.DroppedBoilerplate)]
    [InlineData(FixupActionKinds.LinkedOutlet)]
    [InlineData(FixupActionKinds.RejoinedPageBreak)]
    [InlineData(FixupActionKinds.MergeDifference)]
    [InlineData(FixupActionKinds.ConvertedFootnote)]
    [InlineData(FixupActionKinds.ExtractedAuthorBio)]
    [InlineData(FixupActionKinds.InferredValue)]
    public void The_sample_report_lists_the_kind_with_every_decision_at_a_shown_seed_line(string kind)
    {
        using var project = new ImportFixture().WithSampleProject();

        var model = ReviewModel.From(project.Import());

        var items = model.Kinds.Single(k => k.Kind == kind).Items;
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.LineAnchor is not null, $"{i.Decision.Location}: {i.Decision.Detail}"));
        // Every decision about an article's text is listed with that article (only readers' header drops may be outside).
        if (kind != FixupActionKinds.DroppedBoilerplate)
            Assert.All(items, i => Assert.True(i.Article is not null, $"{i.Decision.Location}: {i.Decision.Detail}"));
    }

    [Fact]
    public void Footnotes_of_the_sample_issue_are_marked_at_their_notes_not_at_the_title()
    {
        using var project = new ImportFixture().WithSampleProject("000_");

        var report = project.Import();

        var footnotes = report.Fixes.Where(f => f.Kind == FixupActionKinds.ConvertedFootnote).ToList();
        Assert.NotEmpty(footnotes);
        Assert.Equal(footnotes.Count, footnotes.Select(f => f.Location!.Line).Distinct().Count());
        var titles = report.Articles.SelectMany(a => a.Spans.Select(s => s.FirstLine)).ToHashSet();
        Assert.DoesNotContain(footnotes, f => titles.Contains(f.Location!.Line));
    }

    [Fact]
    public void The_console_count_of_dropped_text_is_the_reports_list_of_it()
    {
        using var project = new ImportFixture().WithSampleProject();

        var report = project.Import();

        Assert.Equal(report.AllDropped.Count, ReviewModel.From(report).Kinds.Single(k => k.Kind == FixupActionKinds.DroppedBoilerplate).Items.Count);
    }
}
