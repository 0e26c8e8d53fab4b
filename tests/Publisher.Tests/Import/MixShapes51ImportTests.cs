using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import;

/// <summary>
/// Shapes fitted in the forty-second session (mix51-new): a wire headline in title case that reads like reporters with
/// their places, named by the crawler's title; a byline with the author's role after a bar; a blog's one-sentence footer
/// ("This entry was posted in Dispatches on DATE by NAME."); a bio that says what its subject leads or has studied; a
/// breadcrumb filing the page under a singular collection ("Field diary"); contents entries parted by bars ("Title |
/// NAMES | 3"); a ministry's masthead over its government's banner; "Filed by NAME"; and from heldout41 (k08, k10, k11) a
/// date "online since" with the print issue after it, an interviewer "in conversation with", a fact check's "Checked by".
/// Invented text.
/// </summary>
public class MixShapes51ImportTests
{
    [Fact]
    public void A_headline_in_title_case_with_a_verb_in_its_place_is_no_reporters_byline()
    {
        Assert.Null(PlacedNames.Read("Ferry Fire in Calder Sound Was Arson, Harbour Police Say"));
        Assert.Equal(["Ann Lisle", "Bo Marrak"], PlacedNames.Read("Ann Lisle in Calder Sound and Bo Marrak in Pell"));
    }

    [Fact]
    public void The_crawlers_title_names_a_headline_that_reads_like_reporters_with_their_places()
    {
        using var project = PageFixture.Project(
            "---\ntitle: Ferry Fire in Calder Sound Was Arson, Harbour Police Say - Pell Wire\nsource: https://pellwire.example/news/ferry-fire\ndate: unknown\n---\n"
            + "We use cookies to give you the best experience. Accept\n\nPELL WIRE\n\nNews / Coast\n\n"
            + "Ferry Fire in Calder Sound Was Arson, Harbour Police Say\n\n"
            + "Ann Lisle, Bo Marrak, Cy Tennant\n\nMarch 3, 2041 at 9:10 AM GMT\n\n" + PageFixture.Prose(4, "ferries") + "\n");

        project.Import();

        var article = project.Read(project.ArticleFiles().Single());
        Assert.Contains("title: Ferry Fire in Calder Sound Was Arson, Harbour Police Say\n", article, StringComparison.Ordinal);
        Assert.Contains("authors:\n- Ann Lisle\n- Bo Marrak\n- Cy Tennant\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", article, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Orla Penhallow | Survey Team Leader, Western District", "Orla Penhallow")]
    [InlineData("Orla Penhallow · Field Coordinator", "Orla Penhallow")]
    public void A_name_with_the_authors_role_after_a_bar_is_a_byline(string line, string name) =>
        Assert.Equal([name], Byline.Read(line, allowBare: true)!.Names);

    [Fact]
    public void A_blogs_footer_sentence_gives_the_author_the_date_and_a_sole_categorys_kind()
    {
        const string line = "This entry was posted in Dispatches on Tuesday, 4 March 2042 by Orla Penhallow.";
        var footer = PostFooterLine.Read(line)!;
        Assert.Equal(["Orla Penhallow"], footer.Names);
        Assert.Equal(new DateOnly(2042, 3, 4), footer.Date!.Date);
        Assert.Equal("dispatch", PostFooterLine.Genre(line)!.Kind);
        Assert.True(PostFooterLine.IsCategoryLine(line));
        // Among other categories a collection's name may be a topic; only a catalogue genre names the kind.
        Assert.Null(PostFooterLine.Genre("Posted in Border Studies, Research Notes | Tagged customs"));
    }

    [Theory]
    [InlineData("*Dr. Orla Penhallow leads the centre's work on rural militias and has studied the Pell valley since 2039.*")]
    [InlineData("Orla Penhallow works on the finances of armed groups.")]
    public void A_bio_may_say_what_its_subject_leads_or_works_on(string text)
    {
        Assert.True(BioParagraph.IsBio(text));
        Assert.Equal(["Orla Penhallow"], BioParagraph.Subjects(text));
    }

    [Theory]
    [InlineData("Field diary", "field diary")]
    [InlineData("Country dispatch", "country dispatch")]
    [InlineData("e-Paper", null)]
    [InlineData("Kelso Vale", null)]
    public void A_breadcrumb_item_may_name_a_collection_in_the_singular(string item, string? kind) =>
        Assert.Equal(kind, Genres.FiledUnder(item));

    [Fact]
    public void Contents_entries_may_part_title_authors_and_page_with_bars()
    {
        var (entries, _) = IssueContents.Read(SeedText.Lines("""
            CONTENTS

            FEATURES
            Ledgers of the Night Schools | Orla Penhallow and Bo Marrak | 1
            BRIEFS
            Mast Cut on Pell Ridge | 4
            """), 0);

        Assert.Equal(
            [("FEATURES", true, ""), ("Ledgers of the Night Schools", false, "Bo Marrak|Orla Penhallow"), ("BRIEFS", true, ""), ("Mast Cut on Pell Ridge", false, "")],
            entries.Select(e => (e.Title, e.IsSection, string.Join('|', e.Authors.Order(StringComparer.Ordinal)))).ToList());
    }

    [Fact]
    public void A_ministrys_masthead_over_its_governments_banner_names_the_site()
    {
        string[] page =
        [
            "[Coat of arms of the Republic of Arvel]", "Ministry of Coastal Works", "An official website of the Republic of Arvel",
            "Home > News > Statements", "Statement on the Breach of the Sea Wall at Pell", "Statement | 4 March 2042",
            "The sea wall at Pell was breached on Monday night.", "© Republic of Arvel 2042",
        ];
        Assert.Equal("Ministry of Coastal Works", SiteName.Find(page, null, null, [], title: "Statement on the Breach of the Sea Wall at Pell")?.Name);
    }

    [Theory]
    [InlineData("Filed by Orla Penhallow")]
    [InlineData("Filed by Orla Penhallow in Pell")]
    public void Filed_by_opens_a_byline(string line) => Assert.Equal(["Orla Penhallow"], IssueSegmenter.BylineNames(line));

    [Theory]
    [InlineData("Online since Friday, April 7th, 2045 — from the Summer 2045 print issue", 2045, 4, 7)]
    [InlineData("Online since 7 April 2045", 2045, 4, 7)]
    public void A_date_online_since_with_the_print_issue_after_it_is_a_date_line(string line, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DateLine.Read(line)!.Date);

    [Fact]
    public void An_interviewer_in_conversation_with_the_subject_is_the_byline_with_its_date()
    {
        var byline = Byline.Read("In conversation with Orla Penhallow  /  07.04.2045")!;
        Assert.Equal(["Orla Penhallow"], byline.Names);
        Assert.Equal(new DateOnly(2045, 4, 7), byline.Date!.Date);
    }

    [Fact]
    public void A_fact_checks_checker_is_its_author() =>
        Assert.Equal(["Orla Penhallow"], Byline.Read("Checked by Orla Penhallow · reviewed by the verdicts editor")!.Names);
}
