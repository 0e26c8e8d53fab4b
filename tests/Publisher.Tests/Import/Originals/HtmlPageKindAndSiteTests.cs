using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Originals;
using Publisher.Core.Import.Review;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Originals;

/// <summary>
/// What a saved page says of its kind (a kicker element, a section that is a genre, its schema.org type) and of its
/// site when its metadata names none (the logo's alt, a title that names only the site, the copyright line), carried
/// carried beside the converted text (<see cref="PageFacts"/>) with where each was read, so the converted lines do
/// not move. All pages are invented.
/// </summary>
public class HtmlPageKindAndSiteTests
{
    private const string Prose =
        "<p>The water board met on Thursday to decide how the canal locks would be shared between the barge owners and the fishing cooperatives.</p>" +
        "<p>Barge owners said the night openings had doubled their trade, while the cooperatives said the wash from the barges damaged their nets.</p>";

    private static (CrawlerMetadata Block, List<Diagnostic> Diagnostics) Convert(string head, string body)
    {
        var diagnostics = new List<Diagnostic>();
        var html = $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";
        var (text, facts) = SeedOriginals.Convert(Encoding.UTF8.GetBytes(html), "seeds/page.html", diagnostics, new List<FixupAction>());
        Assert.Equal(text, SeedOriginals.ToText(Encoding.UTF8.GetBytes(html), "seeds/page.html", [], []));
        return (facts!.Into(CrawlerFrontMatter.Read(text).Metadata) ?? throw new InvalidOperationException("nothing read from:\n" + text), diagnostics);
    }

    [Fact]
    public void A_kicker_over_the_headline_names_the_kind()
    {
        var (block, diagnostics) = Convert("<title>Locks and nets</title>",
            "<article><header><span class=\"story-eyebrow\">Analysis</span><h1>Locks and nets on the Vessen canal</h1></header>" + Prose + "</article>");
        Assert.Equal("analysis", block.Kind!.Value.Kind);
        Assert.False(block.KindIsWeak);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ImportHtmlRead && d.Message.Contains("genre label \"Analysis\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_in_a_teaser_list_or_a_label_that_is_no_genre_is_not_the_kicker()
    {
        var (block, _) = Convert("<title>Locks and nets</title>",
            "<article><span class=\"kicker\">Vessen</span><h1>Locks and nets on the Vessen canal</h1>" + Prose +
            "<ul class=\"related\"><li><span class=\"kicker\">Opinion</span><a href=\"/x\">Another story</a></li></ul></article>");
        Assert.Null(block.Kind);
    }

    [Fact]
    public void The_json_ld_type_and_microdata_itemtype_are_written_for_the_reader()
    {
        var (ld, _) = Convert("<title>Locks and nets</title><script type=\"application/ld+json\">{\"@type\":\"OpinionNewsArticle\",\"headline\":\"Locks and nets\"}</script>",
            "<article><h1>Locks and nets</h1>" + Prose + "</article>");
        Assert.Equal(("opinion", false), (ld.Kind!.Value.Kind, ld.KindIsWeak));

        var (micro, _) = Convert("<title>Locks and nets</title>",
            "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h1 itemprop=\"headline\">Locks and nets</h1><article>" + Prose + "</article></div>");
        Assert.Equal(("news", true), (micro.Kind!.Value.Kind, micro.KindIsWeak));
    }

    [Fact]
    public void Without_site_metadata_the_logo_alt_names_the_site()
    {
        var (block, _) = Convert("<title>Locks and nets on the Vessen canal</title>",
            "<header><a class=\"brand-logo\" href=\"/\"><img src=\"/l.svg\" alt=\"Vessen Valley Gazette logo\"></a></header>" +
            "<article><h1>Locks and nets on the Vessen canal</h1>" + Prose + "</article><footer>© 2026 Gazette Holdings Ltd</footer>");
        Assert.Equal("Vessen Valley Gazette", block.SiteName);
        Assert.Equal("the alt text of the site's logo", block.SiteNameFrom);
    }

    [Fact]
    public void A_title_that_names_no_article_names_the_site()
    {
        var (block, _) = Convert("<title>Office of the Canal Ombudsman</title>",
            "<article><h2>Water board shares the Vessen locks</h2>" + Prose + "</article>");
        Assert.Equal("Office of the Canal Ombudsman", block.SiteName);
    }

    [Fact]
    public void The_copyright_line_names_the_site_last_and_og_site_name_first()
    {
        var (copyright, _) = Convert("<title>Locks and nets on the Vessen canal</title>",
            "<article><h1>Locks and nets on the Vessen canal</h1>" + Prose + "</article><div class=\"site-footer\"><p>Contact · Privacy</p><p>© 2026 Vessen Water Board. All rights reserved.</p></div>");
        Assert.Equal("Vessen Water Board", copyright.SiteName);
        Assert.Equal("the organisation in the page's copyright line", copyright.SiteNameFrom);

        var (og, _) = Convert("<title>Locks and nets on the Vessen canal</title><meta property=\"og:site_name\" content=\"Canal Times\">",
            "<header><img class=\"logo\" alt=\"Vessen Valley Gazette\"></header><article><h1>Locks and nets on the Vessen canal</h1>" + Prose + "</article>");
        Assert.Equal("Canal Times", og.SiteName);
        Assert.Equal("the page's og:site_name", og.SiteNameFrom);
    }

    [Fact]
    public void What_the_markup_adds_moves_no_line_of_the_converted_text()
    {
        var diagnostics = new List<Diagnostic>();
        var html = "<!DOCTYPE html><html><head><title>Locks and nets</title><meta property=\"og:site_name\" content=\"Canal Times\">" +
            "<script type=\"application/ld+json\">{\"@type\":\"AnalysisNewsArticle\",\"headline\":\"Locks and nets\"}</script></head><body>" +
            "<article><header><span class=\"kicker\">Analysis</span><h1>Locks and nets</h1></header>" + Prose + "</article></body></html>";
        var text = SeedOriginals.ToText(Encoding.UTF8.GetBytes(html), "seeds/page.html", diagnostics, []);
        var lines = text.Split('\n');
        Assert.Equal(["---", "title: \"Locks and nets\"", "site_name: \"Canal Times\"", "---", ""], lines[..5]);
    }

    [Fact]
    public void Markup_facts_fill_only_what_the_block_leaves_open()
    {
        var strongType = (new GenreEvidence("opinion", "type"), false);
        var weakType = (new GenreEvidence("news", "type"), true);
        var blockKind = new CrawlerMetadata { SiteName = "Canal Times", Kind = new(new GenreEvidence("analysis", "section"), 4), FirstLine = 1, LastLine = 6 };

        // The block's own genre key stands over a type; a kicker stands over both.
        Assert.Equal("analysis", new PageFacts { TypeKind = weakType }.Into(blockKind)!.Kind!.Value.Kind);
        Assert.Equal("analysis", new PageFacts { TypeKind = strongType }.Into(blockKind)!.Kind!.Value.Kind);
        Assert.Equal("review", new PageFacts { KickerKind = new GenreEvidence("review", "kicker"), TypeKind = strongType }.Into(blockKind)!.Kind!.Value.Kind);
        // A specific type replaces a weak one; the printed site name never replaces the metadata's.
        var weakBlock = blockKind with { Kind = new(weakType.Item1, 5), KindIsWeak = true };
        var merged = new PageFacts { TypeKind = strongType, PrintedSiteName = ("Gazette", "the logo") }.Into(weakBlock)!;
        Assert.Equal(("opinion", false, true, "Canal Times"), (merged.Kind!.Value.Kind, merged.KindIsWeak, merged.KindFromMarkup, merged.SiteName));
        // Without a block: the facts alone, or nothing.
        Assert.Null(new PageFacts().Into(null));
        Assert.Equal("Gazette", new PageFacts { PrintedSiteName = ("Gazette", "the logo") }.Into(null)!.SiteName);
    }

    [Theory]
    [InlineData("Vessen Valley Gazette logo", "Vessen Valley Gazette")]
    [InlineData("Logo of the Canal Times", "The Canal Times")]
    [InlineData("Canal Times – Home", "Canal Times")]
    public void A_logo_alt_loses_its_logo_words(string alt, string name) =>
        Assert.Equal(name, Publisher.Core.Import.Originals.Html.PageSiteName.Bare(alt));

    [Theory]
    [InlineData("seeds/a.html", true)]
    [InlineData("seeds/a.pdf", true)]
    [InlineData("seeds/a.txt", false)]
    public void The_report_says_when_the_seed_text_is_converted(string path, bool converted) =>
        Assert.Equal(converted, ReviewReport.ConvertedNote(path) is not null);
}
