using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Originals;

namespace Publisher.Tests.Import.Originals;

/// <summary>
/// Saved web pages as seeds: metadata precedence (JSON-LD over OpenGraph over meta and title), JSON-LD shapes, links
/// resolved against the page's address, endnotes from anchors, furniture left out and recorded, and bad input as
/// diagnostics. All pages are invented.
/// </summary>
public class HtmlOriginalTests
{
    private const string Prose =
        "<p>The district council met on Tuesday to discuss the new patrol schedule for the river crossings and the market road.</p>" +
        "<p>Residents said the patrols had reduced thefts at night, but traders complained about the checkpoints that slow their carts.</p>";

    private static (string Text, List<Diagnostic> Diagnostics, List<FixupAction> Fixes) Convert(string html, string name = "page.html")
    {
        var diagnostics = new List<Diagnostic>();
        var fixes = new List<FixupAction>();
        var text = SeedOriginals.ToText(Encoding.UTF8.GetBytes(html), "seeds/" + name, diagnostics, fixes);
        return (text, diagnostics, fixes);
    }

    private static string Page(string head, string body) => $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";

    private static CrawlerMetadata Block(string text) => CrawlerFrontMatter.Read(text).Metadata ?? throw new InvalidOperationException("no crawler block in:\n" + text);

    [Theory]
    [InlineData("page.html")]
    [InlineData("PAGE.HTM")]
    [InlineData("page.txt")]
    public void Html_and_htm_files_are_seeds(string name) => Assert.True(SeedOriginals.IsSeed(name));

    [Fact]
    public void Json_ld_wins_over_open_graph_and_the_title_tag()
    {
        var (text, _, _) = Convert(Page(
            """
            <title>Tag Title | Harbour Gazette</title>
            <meta property="og:title" content="Open Graph Title">
            <meta property="og:site_name" content="Harbour Gazette">
            <meta property="article:published_time" content="2026-03-04T10:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Linked Data Headline","datePublished":"2026-03-05","author":"Mira Castellane"}</script>
            """,
            "<article><h1>Linked Data Headline</h1>" + Prose + "</article>"));
        var block = Block(text);
        Assert.Equal("Linked Data Headline", block.Title!.Value);
        Assert.Equal(new DateOnly(2026, 3, 5), block.Date!.Value.Date);
        Assert.Equal(["Mira Castellane"], block.Authors!.Value);
        Assert.Equal("Harbour Gazette", block.SiteName);
    }

    [Fact]
    public void Without_json_ld_open_graph_and_meta_give_the_values_and_the_site_suffix_is_removed_from_the_title()
    {
        var (text, _, _) = Convert(Page(
            """
            <title>River patrols cut night thefts - Valley Courier</title>
            <meta property="og:url" content="https://courier.example/news/river-patrols">
            <meta property="article:published_time" content="2026-02-11T06:00:00+01:00">
            <meta property="article:author" content="https://courier.example/authors/ines-okafor">
            <meta name="author" content="Ines Okafor">
            <meta name="description" content="Patrols on the river crossings have cut thefts.">
            """,
            "<article>" + Prose + "</article>"));
        var block = Block(text);
        Assert.Equal("River patrols cut night thefts", block.Title!.Value);
        Assert.Equal("Valley Courier", block.SiteName);
        Assert.Equal("https://courier.example/news/river-patrols", block.Url!.Value);
        Assert.Equal(new DateOnly(2026, 2, 11), block.Date!.Value.Date);
        Assert.Equal(["Ines Okafor"], block.Authors!.Value);
        Assert.Equal("Patrols on the river crossings have cut thefts.", block.Description!.Value);
    }

    [Theory]
    [InlineData("""{"@type":"Article","headline":"H","author":{"@type":"Person","name":"Ada Ferreira"}}""", new[] { "Ada Ferreira" })]
    [InlineData("""{"@type":"BlogPosting","headline":"H","author":[{"name":"Ada Ferreira"},{"name":"Joon Park"}]}""", new[] { "Ada Ferreira", "Joon Park" })]
    [InlineData("""{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"H","author":["Ada Ferreira"]}]}""", new[] { "Ada Ferreira" })]
    [InlineData("""[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"H","author":"Ada Ferreira"}]""", new[] { "Ada Ferreira" })]
    public void Json_ld_authors_are_read_in_every_shape(string json, string[] authors)
    {
        var (text, _, _) = Convert(Page($"<script type=\"application/ld+json\">{json}</script>", "<article><h1>H</h1>" + Prose + "</article>"));
        Assert.Equal(authors, Block(text).Authors!.Value);
    }

    [Fact]
    public void Broken_json_ld_is_passed_over_for_the_next_source()
    {
        var (text, diagnostics, _) = Convert(Page(
            """<script type="application/ld+json">{"@type":"NewsArticle", "headline": </script><meta property="og:title" content="Fallback Title">""",
            "<article>" + Prose + "</article>"));
        Assert.Equal("Fallback Title", Block(text).Title!.Value);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Links_are_resolved_against_the_canonical_address_and_a_base_href_wins()
    {
        var body = "<article><p>The council's <a href=\"/reports/patrols.pdf\">patrol report</a> and the <a href=\"https://other.example/x\">regional survey</a> were both tabled at the meeting on Tuesday afternoon.</p>" + Prose + "</article>";
        var (canonical, _, _) = Convert(Page("<link rel=\"canonical\" href=\"https://courier.example/news/a\">", body));
        Assert.Contains("[patrol report](https://courier.example/reports/patrols.pdf)", canonical, StringComparison.Ordinal);
        Assert.Contains("[regional survey](https://other.example/x)", canonical, StringComparison.Ordinal);

        var (based, _, _) = Convert(Page("<base href=\"https://mirror.example/\"><link rel=\"canonical\" href=\"https://courier.example/news/a\">", body));
        Assert.Contains("[patrol report](https://mirror.example/reports/patrols.pdf)", based, StringComparison.Ordinal);

        var (bare, _, _) = Convert(Page("", body));
        Assert.Contains("[patrol report](/reports/patrols.pdf)", bare, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_processor_endnotes_become_markers_and_a_notes_list()
    {
        var (text, _, _) = Convert(Page("", "<article>" +
            "<p>The law was passed in January after a long debate in the assembly about its scope.<a href=\"#_edn1\" name=\"_ednref1\">[i]</a></p>" + Prose +
            "<p><a href=\"#_ednref1\" name=\"_edn1\">[i]</a> Official Gazette, 22 January 2026.</p></article>"));
        Assert.Contains("scope.[1]", text, StringComparison.Ordinal);
        Assert.Contains("Notes\n[1] Official Gazette, 22 January 2026.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[i]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnotes_linked_by_sup_anchors_keep_their_order_and_lose_their_backlinks()
    {
        var (text, _, _) = Convert(Page("", "<article>" +
            "<p>First claim in the text of the article, with a source.<sup id=\"fnref:a\"><a href=\"#fn:a\">1</a></sup> Second claim.<sup id=\"fnref:b\"><a href=\"#fn:b\">2</a></sup></p>" + Prose +
            "<div class=\"footnotes\"><ol><li id=\"fn:a\"><p>Radio report, 3 August 2026. <a href=\"#fnref:a\">↩</a></p></li>" +
            "<li id=\"fn:b\"><p>Interviews, September 2026. <a href=\"#fnref:b\">↩</a></p></li></ol></div></article>"));
        Assert.Contains("source.[1] Second claim.[2]", text, StringComparison.Ordinal);
        Assert.Contains("[1] Radio report, 3 August 2026.\n[2] Interviews, September 2026.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("↩", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_printed_outside_the_article_element_are_still_its_text()
    {
        var (text, _, _) = Convert(Page("", "<article><p>A claim that cites a source printed after the article's element.<a href=\"#note-1\">1</a></p>" + Prose + "</article>" +
            "<section><p id=\"note-1\">Ministry statistics, June 2026.</p></section>"));
        Assert.Contains("[1] Ministry statistics, June 2026.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Furniture_is_left_out_and_recorded_with_its_full_text()
    {
        var (text, _, fixes) = Convert(Page("",
            "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Council patrols</h1>" +
            "<div class=\"share-bar\">Share on Facebook Share on X</div>" + Prose +
            "<aside><p>Read also: the market road plan</p></aside></article><div class=\"cookie-banner\">We use cookies on this site.</div>"));
        Assert.DoesNotContain("Share on Facebook", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Read also", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", text, StringComparison.Ordinal);
        var dropped = fixes.Where(f => f.Kind == FixupActionKinds.DroppedPageElement).Select(f => f.Detail).ToList();
        Assert.Contains(dropped, d => d.EndsWith(": Share on Facebook Share on X", StringComparison.Ordinal));
        Assert.Contains(dropped, d => d.EndsWith(": Read also: the market road plan", StringComparison.Ordinal));
        Assert.Contains(dropped, d => d.Contains("We use cookies on this site.", StringComparison.Ordinal));
        Assert.Contains(dropped, d => d.Contains("Home News", StringComparison.Ordinal));
        Assert.All(fixes, f => Assert.True(f.Location!.Line >= 1));
    }

    [Fact]
    public void Headings_lists_quotes_and_captions_get_lines_of_their_own()
    {
        var (text, _, _) = Convert(Page("", "<article><h1>Title of the piece</h1>" + Prose +
            "<h2>What comes next</h2><ul><li>More patrols.</li><li>Fewer checkpoints.</li></ul>" +
            "<blockquote><p>We only want to reach the market.</p></blockquote>" +
            "<figure><img src=\"a.jpg\"><figcaption>The market road at dawn.</figcaption></figure></article>"));
        var lines = text.Split('\n');
        Assert.Contains("What comes next", lines);
        Assert.Contains("- More patrols.", lines);
        Assert.Contains("- Fewer checkpoints.", lines);
        Assert.Contains("> We only want to reach the market.", lines);
        Assert.Contains("Figure: The market road at dawn.", lines);
    }

    [Fact]
    public void A_file_without_html_is_read_as_text_with_a_warning()
    {
        var (text, diagnostics, _) = Convert("Just a line of text someone saved with the wrong ending.\n");
        Assert.Equal("Just a line of text someone saved with the wrong ending.\n", text);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ImportHtmlNotHtml);
    }

    [Theory]
    [InlineData("<html><head><title>Empty</title></head><body>   </body></html>")]
    [InlineData("<html><body><article><h2><a href=\"/a\">First story</a></h2><p>Teaser one.</p></article><article><h2><a href=\"/b\">Second story</a></h2><p>Teaser two.</p></article><article><h2><a href=\"/c\">Third story</a></h2><p>Teaser three.</p></article></body></html>")]
    public void A_page_without_an_article_gives_a_diagnostic_and_no_text(string html)
    {
        var (text, diagnostics, _) = Convert(html);
        Assert.Equal("", text);
        var diagnostic = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ImportHtmlNoArticle);
        Assert.Contains("save the article page itself, not a listing", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_markup_never_throws()
    {
        var (_, diagnostics, _) = Convert("<html><body><article><p>Unclosed <b>bold <i>and <a href=\"::bad\">link" + Prose + "</div></div></article>");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }
}
