using Publisher.Core.Feeds;

namespace Publisher.Tests.Feeds;

public class HtmlUrlsTests
{
    private const string Page = "https://monitor.example.org/articles/2021/boko-haram/";

    [Theory]
    [InlineData("<a href=\"../other/\">x</a>", "<a href=\"https://monitor.example.org/articles/2021/other/\">x</a>")]
    [InlineData("<a href=\"../../2020/x/index.html\">x</a>", "<a href=\"https://monitor.example.org/articles/2020/x/index.html\">x</a>")]
    [InlineData("<a href=\"./map.png\">x</a>", "<a href=\"https://monitor.example.org/articles/2021/boko-haram/map.png\">x</a>")]
    [InlineData("<a href=\"notes/\">x</a>", "<a href=\"https://monitor.example.org/articles/2021/boko-haram/notes/\">x</a>")]
    [InlineData("<a href=\"/tags/nigeria/\">x</a>", "<a href=\"https://monitor.example.org/tags/nigeria/\">x</a>")]
    [InlineData("<a href=\"#fn-1\">1</a>", "<a href=\"https://monitor.example.org/articles/2021/boko-haram/#fn-1\">1</a>")]
    [InlineData("<a href=\"?page=2\">x</a>", "<a href=\"https://monitor.example.org/articles/2021/boko-haram/?page=2\">x</a>")]
    [InlineData("<a href=\"//cdn.example.net/x.js\">x</a>", "<a href=\"https://cdn.example.net/x.js\">x</a>")]
    [InlineData("<img src=\"/media/a.png\" alt=\"A\">", "<img src=\"https://monitor.example.org/media/a.png\" alt=\"A\">")]
    [InlineData("<video poster=\"still.jpg\" src=\"clip.mp4\"></video>",
        "<video poster=\"https://monitor.example.org/articles/2021/boko-haram/still.jpg\" src=\"https://monitor.example.org/articles/2021/boko-haram/clip.mp4\"></video>")]
    public void Relative_urls_resolve_against_the_page(string html, string expected)
    {
        Assert.Equal(expected, HtmlUrls.MakeAbsolute(html, Page));
    }

    [Fact]
    public void Every_srcset_candidate_resolves_and_keeps_its_descriptor()
    {
        var html = "<img src=\"a.png\" srcset=\"a.png 1x,\n  /media/a@2x.png 2x , https://cdn.example.net/a@3x.png 3x\">";

        var result = HtmlUrls.MakeAbsolute(html, Page);

        Assert.Equal(
            "<img src=\"https://monitor.example.org/articles/2021/boko-haram/a.png\" srcset=\"" +
            "https://monitor.example.org/articles/2021/boko-haram/a.png 1x, https://monitor.example.org/media/a@2x.png 2x, https://cdn.example.net/a@3x.png 3x\">",
            result);
    }

    [Theory]
    [InlineData("<a href=\"https://www.example.com/report?a=1&amp;b=2\">r</a>")]
    [InlineData("<a href=\"mailto:editor@monitor.example.org\">mail</a>")]
    [InlineData("<a href=\"tel:+15555550100\">call</a>")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\">")]
    [InlineData("<p>No links &amp; no images, just <em>text</em>.</p>")]
    public void Already_absolute_urls_and_other_schemes_are_left_alone_byte_for_byte(string html)
    {
        Assert.Equal(html, HtmlUrls.MakeAbsolute(html, Page));
    }

    [Fact]
    public void Only_urls_change_the_rest_of_the_fragment_is_kept()
    {
        var html = "<p>A &amp; B&nbsp;— <a href=\"../x/\" title=\"Say &quot;hi&quot;\">Türkiye</a></p>\n<!-- note -->\n<p>tail</p>";

        var result = HtmlUrls.MakeAbsolute(html, Page);

        Assert.Equal(
            "<p>A &amp; B&nbsp;— <a href=\"https://monitor.example.org/articles/2021/x/\" title=\"Say &quot;hi&quot;\">Türkiye</a></p>\n<!-- note -->\n<p>tail</p>",
            result);
    }

    [Fact]
    public void A_page_url_with_index_html_resolves_like_its_folder()
    {
        Assert.Equal(
            "<a href=\"https://monitor.example.org/articles/2021/other/\">x</a>",
            HtmlUrls.MakeAbsolute("<a href=\"../other/\">x</a>", Page + "index.html"));
    }

    [Fact]
    public void A_relative_page_url_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => HtmlUrls.MakeAbsolute("<a href=\"x\">x</a>", "/articles/x/"));
    }

    [Theory]
    [InlineData("a.png 1x, b.png 2x", "a.png|1x;b.png|2x")]
    [InlineData("a.png", "a.png|")]
    [InlineData("a.png, b.png 2x", "a.png|;b.png|2x")]
    [InlineData("  a.png   480w ,b.png 800w  ", "a.png|480w;b.png|800w")]
    [InlineData("data:image/png;base64,AAA= 1x", "data:image/png;base64,AAA=|1x")]
    [InlineData("", "")]
    public void Srcset_splits_like_a_browser(string srcset, string expected)
    {
        var candidates = SrcsetCandidates.Parse(srcset);

        Assert.Equal(expected, string.Join(';', candidates.Select(c => c.Url + "|" + c.Descriptor)));
    }

    [Fact]
    public void A_fragment_whose_urls_are_all_absolute_is_returned_as_it_is_without_parsing()
    {
        var html = "<p>See <a href=\"https://example.org/a/\">a</a> and <img src='https://example.org/i.png' alt=''></p>";
        Assert.Same(html, HtmlUrls.MakeAbsolute(html, "https://site.example/articles/x/"));
    }

    [Theory]
    [InlineData("<a HREF=\"../y/\">y</a>", "<a HREF=\"https://site.example/articles/y/\">y</a>")]
    [InlineData("<a href=x.html>x</a>", "<a href=\"https://site.example/articles/x/x.html\">x</a>")]
    [InlineData("<a href=\"&#x23;fn-1\">1</a>", "<a href=\"https://site.example/articles/x/#fn-1\">1</a>")]
    public void Urls_the_quick_scan_cannot_rule_out_still_resolve(string html, string expected) =>
        Assert.Equal(expected, HtmlUrls.MakeAbsolute(html, "https://site.example/articles/x/"));

    [Theory]
    [InlineData("<a href='../y/' class=x>y</a>", "<a href=\"https://site.example/articles/y/\" class=x>y</a>")]
    [InlineData("<a href=\"#a\" href=\"#b\">first wins</a>", "<a href=\"https://site.example/articles/x/#a\" href=\"#b\">first wins</a>")]
    [InlineData("<a href=\"q?a=1&amp;b=2\">amp</a>", "<a href=\"https://site.example/articles/x/q?a=1&amp;b=2\">amp</a>")]
    [InlineData("<img src=x.png srcset=\"x.png 1x\" alt=\"\" />", "<img src=\"https://site.example/articles/x/x.png\" srcset=\"https://site.example/articles/x/x.png 1x\" alt=\"\" />")]
    public void Only_the_written_value_is_replaced(string html, string expected) =>
        Assert.Equal(expected, HtmlUrls.MakeAbsolute(html, "https://site.example/articles/x/"));

    [Fact]
    public void Markup_around_the_urls_is_kept_as_written_and_text_that_only_looks_like_a_tag_is_left_alone()
    {
        var html = "<p>A<br />B&#8617;</p>\n<hr />\n<script>var s = '<a href=\"rel/\">';</script>\n<!-- <a href=\"rel/\"> -->\n<p><a href=\"#fn-1\">1</a></p>";

        var result = HtmlUrls.MakeAbsolute(html, "https://site.example/articles/x/");

        Assert.Equal(html.Replace("\"#fn-1\"", "\"https://site.example/articles/x/#fn-1\"", StringComparison.Ordinal), result);
    }
}
