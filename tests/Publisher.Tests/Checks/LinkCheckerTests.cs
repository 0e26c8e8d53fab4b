using Publisher.Core.Build.Checks;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Checks;

public sealed class LinkCheckerTests : IDisposable
{
    private const string Base = "https://monitor.example.org/";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("output");

    private void Write(string path, string content) => _temp.Write("output/" + path, content);

    /// <summary>Diagnostics as printed, with the scratch folder left out so the expectations read like a real run.</summary>
    private string[] Check(string baseUrl = Base) =>
        LinkChecker.Check(Output, baseUrl).Select(d => d.ToString().Replace(_temp.Path.Replace('\\', '/') + "/", "")).ToArray();

    private const string HomePage = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Home</title>
        <link rel="stylesheet" href="/css/site.css">
        <link rel="alternate" type="application/rss+xml" href="https://monitor.example.org/feed.xml">
        <meta property="og:url" content="https://monitor.example.org/">
        <meta property="og:image" content="https://monitor.example.org/media/card.png">
        <script src="js/missing.js"></script>
        </head>
        <body>
        <nav><a href="articles/one/">One</a> <a href="./articles/two">Two</a> <a href="/tags/">Tags</a></nav>
        <main id="main">
          <a href="articles/one/#fn-1">note</a>
          <a href="articles/one/index.html#fn-9">missing note</a>
          <a href="#main">skip</a> <a href="#nowhere">bad</a> <a href="#top">top</a> <a href="">self</a>
          <a href="/articles/three/">missing page</a>
          <img src="media/map.png" srcset="media/map.png 1x, media/map@2x.png 2x" alt="">
          <a href="https://www.example.com/x">external</a> <a href="mailto:x@example.org">mail</a>
          <a href="javascript:void(0)">js</a> <a href="tel:+15555550100">tel</a>
          <a href="https://monitor.example.org/articles/one/">absolute</a>
          <a href="https://monitor.example.org/articles/missing/">absolute, broken</a>
          <a href="https://monitor.example.org.evil.example/x/">lookalike host</a>
        </main>
        </body>
        </html>
        """;

    private const string ArticleOne = """
        <!doctype html>
        <html lang="en">
        <head><title>One</title></head>
        <body>
        <p id="intro">See <a href="../../index.html#main">home</a>, <a href="../two/#gone">two</a>,
        <a href="#old-anchor">the old anchor</a> and <a href="#caf%C3%A9">the café</a>.</p>
        <p><a name="old-anchor"></a><span id="café">Café</span></p>
        <ol><li id="fn-1">Note.</li></ol>
        <div id="intro">Again</div>
        <picture><source srcset="../../media/map.png 480w, ../../media/wide.png 1024w"><img src="../../media/map.png" alt=""></picture>
        </body>
        </html>
        """;

    private void WriteSite()
    {
        Write("index.html", HomePage);
        Write("articles/one/index.html", ArticleOne);
        Write("articles/two/index.html", "<!doctype html><title>Two</title><p id=\"two\">Two</p>");
        Write("tags/nigeria.txt", "not an index");
        Write("media/map.png", "png");
        Write("media/card.png", "png");
        Write("css/site.css", "body{}");
        Write("feed.xml", Feed);
        Write("sitemap.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://monitor.example.org/</loc></url>
              <url><loc>https://monitor.example.org/articles/one/</loc></url>
              <url><loc>https://monitor.example.org/articles/deleted/</loc></url>
            </urlset>
            """);
    }

    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <link>https://monitor.example.org/</link>
            <atom:link href="https://monitor.example.org/feed.xml" rel="self" type="application/rss+xml" />
            <item>
              <link>https://monitor.example.org/articles/one/</link>
              <description>Moved from https://monitor.example.org/articles/old/. See the note.</description>
              <content:encoded><![CDATA[<a href="https://monitor.example.org/articles/one/#fn-1">1</a> <a href="https://monitor.example.org/articles/one/#fn-2">2</a>]]></content:encoded>
            </item>
            <item>
              <link>https://monitor.example.org/articles/two</link>
              <content type="html">&lt;a href="https://monitor.example.org/articles/two/#two"&gt;two&lt;/a&gt; &lt;a href="https://monitor.example.org/articles/two/#three"&gt;</content>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void A_site_whose_links_all_resolve_has_no_diagnostics()
    {
        Write("index.html", "<!doctype html>\n<a href=\"a/\">a</a> <a href=\"a/#x\">x</a> <a href=\"/a/index.html\">a</a> <a href=\"https://monitor.example.org/a\">a</a>");
        Write("a/index.html", "<!doctype html>\n<h2 id=\"x\">X</h2><a href=\"../\">home</a> <a href=\"..\">home</a>");

        Assert.Empty(Check());
    }

    [Fact]
    public void Every_broken_internal_link_is_an_error_at_its_element()
    {
        WriteSite();

        Assert.Equal(
            [
                "output/articles/one/index.html:5:61: error PUB301: link to '../two/#gone' does not resolve (no id 'gone' in output/articles/two/index.html)",
                "output/articles/one/index.html:9:1: warning PUB304: duplicate id 'intro' (first used at line 5:1); links to '#intro' go to the first",
                "output/articles/one/index.html:10:10: error PUB300: link to '../../media/wide.png' does not resolve (no file 'media/wide.png' in the output)",
                "output/feed.xml:8:31: error PUB300: link to 'https://monitor.example.org/articles/old/' does not resolve (no file 'articles/old/index.html' in the output)",
                "output/feed.xml:9:105: error PUB301: link to 'https://monitor.example.org/articles/one/#fn-2' does not resolve (no id 'fn-2' in output/articles/one/index.html)",
                "output/feed.xml:13:116: error PUB301: link to 'https://monitor.example.org/articles/two/#three' does not resolve (no id 'three' in output/articles/two/index.html)",
                "output/index.html:10:1: error PUB300: link to 'js/missing.js' does not resolve (no file 'js/missing.js' in the output)",
                "output/index.html:13:71: error PUB300: link to '/tags/' does not resolve (folder 'tags/' has no index.html)",
                "output/index.html:16:3: error PUB301: link to 'articles/one/index.html#fn-9' does not resolve (no id 'fn-9' in output/articles/one/index.html)",
                "output/index.html:17:28: error PUB301: link to '#nowhere' does not resolve (no id 'nowhere' in output/index.html)",
                "output/index.html:18:3: error PUB300: link to '/articles/three/' does not resolve (no file 'articles/three/index.html' in the output)",
                "output/index.html:19:3: error PUB300: link to 'media/map@2x.png' does not resolve (no file 'media/map@2x.png' in the output)",
                "output/index.html:23:3: error PUB300: link to 'https://monitor.example.org/articles/missing/' does not resolve (no file 'articles/missing/index.html' in the output)",
                "output/sitemap.xml:5:13: error PUB300: link to 'https://monitor.example.org/articles/deleted/' does not resolve (no file 'articles/deleted/index.html' in the output)",
            ],
            Check());
    }

    [Fact]
    public void Under_a_base_path_root_relative_links_must_stay_inside_it()
    {
        // Given a site deployed at /archive/ on its host
        Write("index.html", "<!doctype html>\n<a href=\"/archive/a/\">in</a>\n<a href=\"/a/\">out</a>\n<a href=\"../a/\">up and out</a>\n<a href=\"https://example.org/blog/\">same host, other section</a>");
        Write("a/index.html", "<!doctype html><p>a</p>");

        // When it is checked against that base
        var diagnostics = Check("https://example.org/archive");

        // Then links that leave /archive/ are errors, because they will not exist once deployed
        Assert.Equal(
            [
                "output/index.html:3:1: error PUB302: link to '/a/' does not resolve (https://example.org/a/ is outside the site at https://example.org/archive/)",
                "output/index.html:4:1: error PUB302: link to '../a/' does not resolve (https://example.org/a/ is outside the site at https://example.org/archive/)",
                "output/index.html:5:1: error PUB302: link to 'https://example.org/blog/' does not resolve (https://example.org/blog/ is outside the site at https://example.org/archive/)",
            ],
            diagnostics);
    }

    [Fact]
    public void Paths_with_non_ascii_and_escaped_characters_resolve_to_their_files()
    {
        Write("index.html", "<!doctype html>\n<a href=\"articles/café/\">1</a> <a href=\"articles/caf%C3%A9/\">2</a> <a href=\"media/a%20b.png\">3</a> <a href=\"media/a b.png\">4</a>");
        Write("articles/café/index.html", "<!doctype html><p>café</p>");
        Write("media/a b.png", "png");

        Assert.Empty(Check());
    }

    [Fact]
    public void A_base_element_changes_what_relative_links_resolve_against()
    {
        Write("articles/one/index.html", "<!doctype html>\n<head><base href=\"/\"></head>\n<a href=\"articles/two/\">two</a> <a href=\"two/\">not here</a>");
        Write("articles/two/index.html", "<!doctype html><p>two</p>");

        Assert.Equal(
            ["output/articles/one/index.html:3:33: error PUB300: link to 'two/' does not resolve (no file 'two/index.html' in the output)"],
            Check());
    }

    [Fact]
    public void Query_strings_are_ignored_and_fragments_on_non_html_files_are_not_checked()
    {
        Write("index.html", "<!doctype html>\n<a href=\"feed.xml#items\">feed</a> <a href=\"a/?page=2#x\">a</a> <a href=\"files/report.pdf#page=3\">pdf</a>");
        Write("feed.xml", "<rss version=\"2.0\"><channel></channel></rss>");
        Write("a/index.html", "<!doctype html><p id=\"x\">a</p>");
        Write("files/report.pdf", "%PDF");

        Assert.Empty(Check());
    }

    [Fact]
    public void A_url_that_cannot_be_parsed_is_an_error()
    {
        Write("index.html", "<!doctype html>\n<a href=\"http://[not-an-ip/\">x</a>\n<a href=\"https://monitor.example.org:99999/\">y</a>");

        Assert.Equal(
            [
                "output/index.html:2:1: error PUB303: link to 'http://[not-an-ip/' does not resolve (not a valid URL)",
                "output/index.html:3:1: error PUB303: link to 'https://monitor.example.org:99999/' does not resolve (not a valid URL)",
            ],
            Check());
    }

    [Theory]
    [InlineData("monitor.example.org")]
    [InlineData("/relative/")]
    [InlineData("ftp://monitor.example.org/")]
    public void A_base_url_that_is_not_absolute_http_is_one_clear_error(string baseUrl)
    {
        Write("index.html", "<!doctype html><a href=\"missing/\">x</a>");

        var diagnostic = Assert.Single(LinkChecker.Check(Output, baseUrl));

        Assert.Equal($"error PUB303: base URL '{baseUrl}' is not an absolute http(s) URL, so links cannot be checked", diagnostic.ToString());
    }

    [Fact]
    public void A_missing_output_folder_is_an_error_not_an_exception()
    {
        var diagnostic = Assert.Single(LinkChecker.Check(_temp.Combine("nowhere"), Base));

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("PUB305", diagnostic.Code);
    }

    [Fact]
    public void Many_pages_give_the_same_sorted_diagnostics_on_every_run()
    {
        // Given 300 pages that each link to the next one's missing fragment, and one page that is missing
        for (var i = 0; i < 300; i++)
            Write($"p/{i:D3}/index.html", $"<!doctype html>\n<h1 id=\"top-{i}\">{i}</h1>\n<a href=\"../{i + 1:D3}/#top-{i}\">next</a>");

        // When the site is checked twice
        var first = Check();
        var second = Check();

        // Then every page reports its link once, in path order, identically both times
        Assert.Equal(first, second);
        Assert.Equal(300, first.Length);
        Assert.Equal(first.Order(StringComparer.Ordinal), first);
        Assert.Equal("output/p/000/index.html:3:1: error PUB301: link to '../001/#top-0' does not resolve (no id 'top-0' in output/p/001/index.html)", first[0]);
        Assert.Equal("output/p/299/index.html:3:1: error PUB300: link to '../300/#top-299' does not resolve (no file 'p/300/index.html' in the output)", first[^1]);
    }
}
