using Publisher.Core.Diagnostics;
using Publisher.Core.Import;

namespace Publisher.Tests.Import;

public class DuplicateMergerTests
{
    private static ArticleDraft Draft(string seed, string title, string body, int? issue = 4) => new()
    {
        Title = title,
        Body = body,
        Publication = "Coastal Watch",
        Volume = 2,
        Issue = issue,
        Origin = new SourceLocation(seed, 1),
        Sources = [seed],
    };

    private static (string Body, IReadOnlyList<Publisher.Core.Import.Fixups.FixupAction> Actions) Merge(string web, string pdf)
    {
        var outcome = DuplicateMerger.Merge([new(Draft("seeds/pdf.txt", "T", pdf), TextFidelity: 0), new(Draft("seeds/web.txt", "T", web), TextFidelity: 2)], []);
        return (Assert.Single(outcome.Drafts).Draft.Body, outcome.Actions);
    }

    [Fact]
    public void Base_paragraphs_win_links_and_missing_paragraphs_come_from_the_other_text()
    {
        // Given: a web text (base) and a PDF text split at a page break, with a link and a closing bio
        var web = "The port “reopened” on Monday (Reuters, May 2).\n\nShips queued for a week.";
        var pdf = "The port \"reopened\" on Monday ([Reuters](https://reuters.com/x), May 2).\n\nShips queued for\n\na week.\n\nAnn Lee is a reporter who has covered the port for ten years.";

        // When
        var merged = Merge(web, pdf).Body;

        // Then
        Assert.Equal("The port “reopened” on Monday ([Reuters](https://reuters.com/x), May 2).\n\nShips queued for a week.\n\nAnn Lee is a reporter who has covered the port for ten years.", merged);
    }

    [Fact]
    public void Same_issue_and_title_merge_into_one_draft_with_both_sources()
    {
        var diagnostics = new List<Diagnostic>();
        var drafts = new List<ImportedDraft>
        {
            new(Draft("seeds/a.txt", "Ports Reopen After the Strike", "Short text.") with { Kind = "feature", Notes = "[1] One." }, TextFidelity: 0),
            new(Draft("seeds/b.txt", "Ports Reopen after the Strike", "Short text, web.") with { Url = "https://x.org/a", Notes = "[1] One.\n\n[2] Two." }, TextFidelity: 2),
        };

        var merged = Assert.Single(DuplicateMerger.Merge(drafts, diagnostics).Drafts).Draft;

        Assert.Equal(["seeds/a.txt", "seeds/b.txt"], merged.Sources);
        Assert.Equal("Ports Reopen after the Strike", merged.Title);
        Assert.Equal("feature", merged.Kind);
        Assert.Equal("https://x.org/a", merged.Url);
        Assert.Equal("[1] One.\n\n[2] Two.", merged.Notes);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ImportDuplicateMerged);
    }

    [Fact]
    public void A_date_the_web_text_reads_wins_over_the_month_a_masthead_gave()
    {
        var diagnostics = new List<Diagnostic>();
        var drafts = new List<ImportedDraft>
        {
            new(Draft("seeds/a.txt", "Ports Reopen After the Strike", "Short text.") with { Date = new DateOnly(2021, 4, 1), Inferred = ["date"] }, TextFidelity: 0),
            new(Draft("seeds/b.txt", "Ports Reopen after the Strike", "Short text, web.") with { Date = new DateOnly(2021, 4, 16) }, TextFidelity: 2),
        };

        var merged = Assert.Single(DuplicateMerger.Merge(drafts, diagnostics).Drafts).Draft;

        Assert.Equal(new DateOnly(2021, 4, 16), merged.Date);
        Assert.DoesNotContain("date", merged.Inferred);
    }

    private const string Text = "The port reopened on Monday after a strike that lasted three weeks and left ships queued far out at sea.\n\nDockers returned to work once the port authority agreed to pay the night shifts what it had promised in the spring.";

    [Fact]
    public void The_own_publication_of_the_issue_wins_over_the_web_pages_site_name()
    {
        // Given: the issue's article under its own publication, and its web version (the base) under the publisher's site name
        var diagnostics = new List<Diagnostic>();
        var drafts = new List<ImportedDraft>
        {
            new(Draft("seeds/a.txt", "Ports Reopen After the Strike", Text), TextFidelity: 0),
            new(Draft("seeds/b.txt", "Ports Reopen after the Strike", Text, issue: null) with { Publication = "The Coastal Foundation", Volume = null }, TextFidelity: 2),
        };

        // When
        var outcome = DuplicateMerger.Merge(drafts, diagnostics, isOwnPublication: name => name == "Coastal Watch");

        // Then: the own publication, its volume and issue, and the decision reported
        var merged = Assert.Single(outcome.Drafts).Draft;
        Assert.Equal(("Coastal Watch", 2, 4), (merged.Publication, merged.Volume, merged.Issue));
        Assert.Contains(outcome.Actions, a => a.Before == "publication: The Coastal Foundation" && a.After == "publication: Coastal Watch");
    }

    [Fact]
    public void A_paragraph_one_version_took_for_its_title_gives_way_to_the_other_versions_title()
    {
        // Given: the web version (the base) titled by its first paragraph, the issue's version by its headline
        var first = Text.Split("\n\n")[0] + " The strike had begun over pay for the night shifts and spread to the pilots within days.";
        var drafts = new List<ImportedDraft>
        {
            new(Draft("seeds/a.txt", "Ports Reopen After the Strike", Text), TextFidelity: 0),
            new(Draft("seeds/b.txt", first, Text), TextFidelity: 2),
        };

        // When
        var outcome = DuplicateMerger.Merge(drafts, [], isOwnPublication: null);

        // Then: the headline, and the decision reported
        Assert.Equal("Ports Reopen After the Strike", Assert.Single(outcome.Drafts).Draft.Title);
        Assert.Contains(outcome.Actions, a => a.After == "title: Ports Reopen After the Strike");
    }

    [Fact]
    public void Different_articles_about_the_same_event_stay_apart()
    {
        var a = Draft("seeds/a.txt", "Drone Strike on the Prime Minister", "Three drones hit the residence at night, officials said, and seven guards were hurt in the blast that followed.");
        var b = Draft("seeds/b.txt", "What Next After the Strike?", "Militias deny any role while the investigation goes on, and analysts expect more pressure on the government soon.", issue: null);

        Assert.False(DuplicateMerger.IsSameArticle(a, b));
        Assert.False(DuplicateMerger.IsSameArticle(a, a with { Title = "Another Title", Issue = 5 }));
    }
}
