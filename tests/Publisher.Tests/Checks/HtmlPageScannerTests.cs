using Publisher.Core.Build.Checks;

namespace Publisher.Tests.Checks;

/// <summary>What the link checker reads as a link or an anchor in tricky markup: exactly what a browser would.</summary>
public sealed class HtmlPageScannerTests
{
    private static readonly SiteUrls Site = SiteUrls.TryCreate("https://monitor.example.org/")!;

    private static PageScan Scan(string html) => HtmlPageScanner.Scan("page/index.html", "output/page/index.html", html, Site);

    private static string[] Urls(string html) => Scan(html).References.Select(r => r.Url).ToArray();

    [Fact]
    public void A_link_inside_a_comment_is_not_a_link()
    {
        Assert.Equal(["after"], Urls("<!doctype html><!-- <a href=\"in-comment\">x</a> --><!-- a > b <a href=\"also-in\"> --><a href=\"after\">y</a>"));
    }

    [Fact]
    public void A_link_written_inside_a_script_style_title_or_textarea_is_text_not_a_link()
    {
        const string html = """
            <!doctype html>
            <title>A <a href="in-title"> title</title>
            <style>a[href="in-style"]::after { content: "<a href='in-style-2'>"; }</style>
            <script>document.write('<a href="in-script">x</a>'); if (a < b) {}</script>
            <script src="app.js"></script>
            <textarea><a href="in-textarea"></textarea>
            <a href="after">y</a>
            """;

        Assert.Equal(["app.js", "after"], Urls(html));
    }

    [Fact]
    public void A_cdata_section_is_text_in_svg_and_a_bogus_comment_in_html()
    {
        const string html = """
            <!doctype html>
            <svg><![CDATA[ <a href="in-svg-cdata"> ]]><a href="svg-link"/></svg>
            <![CDATA[ <a href="in-html-cdata"> ]]>
            <a href="after">y</a>
            """;

        // In HTML the bogus comment ends at the first '>', so the rest of that line is ordinary text.
        Assert.Equal(["svg-link", "after"], Urls(html));
    }

    [Fact]
    public void Character_references_in_attributes_are_decoded_as_a_browser_decodes_them()
    {
        Assert.Equal(
            ["search/?a=1&b=2", "search/?a=1&b=3", "caf\u00e9/", "x?q=1&copy=2"],
            Urls("<a href=\"search/?a=1&amp;b=2\">1</a><a href='search/?a=1&#38;b=3'>2</a><a href=\"caf&eacute;/\">3</a><a href=\"x?q=1&copy=2\">4</a>"));
    }

    [Fact]
    public void Upper_case_unquoted_and_repeated_attributes_are_read_like_a_browser()
    {
        Assert.Equal(["One/", "two/", "three/"], Urls("<A HREF=\"One/\">1</A><a href=two/>2</a><a href=three/ href=ignored/>3</a>"));
        Assert.Contains("Anchor", Scan("<P ID=Anchor>x</P>").Anchors);
    }

    [Fact]
    public void Every_srcset_candidate_is_a_link_of_its_element()
    {
        var scan = Scan("<!doctype html>\n<picture><source srcset=\"a.png 480w,b.png 1024w\">\n<img src=\"a.png\" srcset=\"a.png, a@2x.png 2x\"></picture>");

        Assert.Equal(
            [("a.png", 2, 10), ("b.png", 2, 10), ("a.png", 3, 1), ("a.png", 3, 1), ("a@2x.png", 3, 1)],
            scan.References.Select(r => (r.Url, r.Line, r.Column)).ToArray());
    }

    [Fact]
    public void Anchors_are_ids_and_names_of_a_elements_and_a_repeated_id_is_a_warning_at_its_second_use()
    {
        var scan = Scan("<!doctype html>\n<h2 id=\"x\">X</h2><a name=\"old\"></a><span name=\"not-an-anchor\"></span>\n<p id=\"x\">again</p>");

        Assert.Equal(["old", "x"], scan.Anchors.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["output/page/index.html:3:1: warning PUB304: duplicate id 'x' (first used at line 2:1); links to '#x' go to the first"],
            scan.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_first_base_element_sets_what_relative_links_resolve_against()
    {
        Assert.Equal(new Uri("https://monitor.example.org/"), Scan("<head><base href=\"/\"><base href=\"/other/\"></head><a href=\"x\">x</a>").DocumentBase);
        Assert.Null(Scan("<a href=\"x\">x</a>").DocumentBase);
    }

    [Fact]
    public void Social_card_urls_in_meta_are_links()
    {
        Assert.Equal(
            ["https://monitor.example.org/card.png", "https://monitor.example.org/"],
            Urls("<meta property=\"og:image\" content=\"https://monitor.example.org/card.png\"><META NAME=\"og:url\" CONTENT=\"https://monitor.example.org/\"><meta name=\"description\" content=\"not/a/link\">"));
    }

    [Theory]
    [InlineData("<!doctype html><p title='a > b' id=x><a href=one data-x=\"</a>\">1</a><!-- <a href=c> --!><a href=two>")]
    [InlineData("<a href=\"a&amp;b&lt;&notin;&not=1&#x41;\" id=\"caf&eacute;\">x</a><?xml <a href=pi>?><a href=after-pi>")]
    [InlineData("<script>if (a</b) x = '</scrip'; </script ><a href=s-after><style>/*</style*/</style><a href=st-after>")]
    [InlineData("<svg><title><a href=svg-title-link/></title><style><a href=svg-style-link/></style></svg><title><a href=t></title>")]
    [InlineData("<IMG SRC=a.png SrcSet='b.png 2x'><image src=c.png><a\thref\n=\nd/ id=\"\"><a href=e/ /><a =f href=g>")]
    [InlineData("<a href=ok><p id=cut href=x")]
    public void Reads_links_and_ids_as_a_browser_parses_them(string html)
    {
        // The browser's reading: AngleSharp's HTML parser, building the whole DOM.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var expectedUrls = document.All
            .SelectMany(e => e.LocalName switch
            {
                "a" => [e.GetAttribute("href")],
                "img" => new[] { e.GetAttribute("src") }.Concat(e.GetAttribute("srcset") is { } set ? Publisher.Core.Feeds.SrcsetCandidates.Parse(set).Select(c => c.Url) : []),
                _ => Array.Empty<string?>(),
            })
            .OfType<string>();
        var expectedIds = document.All.Select(e => e.GetAttribute("id")).Where(id => !string.IsNullOrEmpty(id));

        var scan = Scan(html);

        Assert.Equal(expectedUrls, scan.References.Select(r => r.Url));
        Assert.Equal(expectedIds.Order(StringComparer.Ordinal), scan.Anchors.Order(StringComparer.Ordinal));
    }
}
