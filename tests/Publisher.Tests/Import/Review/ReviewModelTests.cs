using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Review;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Review;

public class ReviewModelTests
{
    private static readonly ReviewModel Model = ReviewModel.From(InventedImport.Report());

    [Fact]
    public void Each_article_gets_the_decisions_at_its_seed_lines_from_every_seed_it_came_from()
    {
        var ferry = Model.Articles.Single(a => a.Article.Title == "Ferry Strike Ends");

        Assert.Equal(["6 rejoined-page-break", "7 dropped-boilerplate", "8 linked-outlet", "9 author-social", "3 merge-difference"],
            ferry.Decisions.Select(d => $"{d.Location!.Line} {d.Kind}"));
        Assert.Equal([(4, 9), (1, 3)], ferry.Spans.Select(s => (s.FirstLine, s.LastLine)));
        Assert.Empty(Model.Articles.Single(a => a.Article.Title == "Bridge Opens").Decisions);
    }

    [Fact]
    public void A_seed_line_carries_its_decisions_and_diagnostics()
    {
        var ferry = Model.Articles.Single(a => a.Article.Title == "Ferry Strike Ends");
        var title = ferry.Spans[0].Lines[0];
        var link = ferry.Spans[0].Lines.Single(l => l.Number == 8);

        Assert.Equal("Ferry Strike Ends", title.Text);
        Assert.Contains(title.Diagnostics, d => d.Code == "PUB121");
        Assert.Equal([FixupActionKinds.LinkedOutlet], link.Decisions.Select(d => d.Kind));
        Assert.False(ferry.Spans[0].Lines.Single(l => l.Number == 5).IsMarked);
    }

    [Fact]
    public void Kinds_are_listed_in_the_label_tables_order_with_unknown_kinds_under_their_own_name_last()
    {
        Assert.Equal(["dropped-boilerplate", "linked-outlet", "rejoined-page-break", "author-social", "merge-difference"], Model.Kinds.Select(k => k.Kind));
        Assert.Equal("Text dropped as boilerplate", Model.Kinds[0].Label);
        Assert.Equal("some-new-kind", DecisionLabels.For("some-new-kind"));
    }

    [Fact]
    public void Readers_dropped_text_is_a_dropped_boilerplate_decision_outside_the_articles()
    {
        var dropped = Model.Kinds.Single(k => k.Kind == FixupActionKinds.DroppedBoilerplate);

        Assert.Equal(["2 (outside)", "7 Ferry Strike Ends"], dropped.Items.Select(i => $"{i.Decision.Location!.Line} {i.Article?.Article.Title ?? "(outside)"}"));
        var outside = Assert.Single(Model.Outside);
        Assert.Equal([1, 2], outside.Lines.Select(l => l.Number));
    }

    [Fact]
    public void The_report_is_the_same_bytes_for_the_same_import_and_escapes_every_text()
    {
        var html = ReviewReport.Render(InventedImport.Report());

        Assert.Equal(html, ReviewReport.Render(InventedImport.Report()));
        Assert.Contains("Notes from the shore &lt;weekly&gt;", html, StringComparison.Ordinal);
        Assert.Contains("traffic &amp; bicycles", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<weekly>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_of_the_report_for_a_small_invented_import() =>
        Snapshot.Match("review-report", ReviewReport.Render(InventedImport.Report()), "html");
}
