using Publisher.Core.Build.Checks;

namespace Publisher.Tests.Checks;

/// <summary>The link checker's shortcut for plain relative links must agree with System.Uri wherever it answers.</summary>
public class PlainRelativeLinkTests
{
    private static readonly string[] Pages = ["index.html", "articles/a/index.html", "tags/iraq/page/2/index.html", "404.html", "issues/19-22/index.html"];

    private static readonly string[] Urls =
    [
        "index.html", "../index.html", "../../tags/iraq/index.html", "../b/index.html#fn-b-1", "index.html#fn-a-1",
        "page/2/index.html", "./x/index.html", "a/./b/../c.html", "feed.xml", "../../assets/style.css", "../", "..",
        ".", "./", "x/", "...", ".../x", "a/.../b", "../../../../x.html", "a//b", " ../b/index.html ", "x.html#",
        "x.html#a#b", "x%20y.html", "x.html?q=1", "x.html#top", "mailto:a@b.org", "https://example.org/x", "//example.org/x",
        "/articles/a/", "?q", "#x", "", "a b.html", "A-Z_0~9.html", "tags/%2e%2e/x", "x\\y.html", "ünïcode/index.html",
        "../../", "../../tags/", "../x/../y.html", "../../a/./b.html", "../../a/...", "../..", "./../x.html", ".././x.html",
    ];

    /// <summary>What follows the base URL in the absolute URLs below.</summary>
    private static readonly string[] AbsoluteRests =
    [
        "", "articles/a/", "articles/a/index.html", "tags/iraq/#x", "x.html#", "x.html#a#b", "a/./b.html", "a/../b.html", "a//b",
        "/x", "x%20y", "x?q=1", "feed.xml", ".", "..", "...", "a/.../b", "A-Z_0~9.html", "ünïcode/", "x.html#fn-1", "x/ ",
    ];

    [Fact]
    public void Every_shortcut_answer_is_the_one_system_uri_gives()
    {
        foreach (var baseUrl in new[] { "https://example.org/", "https://example.org/monitor/" })
        {
            var site = SiteUrls.TryCreate(baseUrl)!;
            var answered = 0;
            foreach (var page in Pages)
                foreach (var url in Urls)
                {
                    if (site.ResolvePlainRelative(url, page) is not { } quick) continue;
                    answered++;
                    Assert.Equal(site.Resolve(url, site.PageUri(page)), quick);
                }
            Assert.True(answered > Pages.Length * 10, $"only {answered} answered");
        }
    }

    [Fact]
    public void Every_absolute_shortcut_answer_is_the_one_system_uri_gives()
    {
        foreach (var baseUrl in new[] { "https://example.org/", "https://example.org/monitor/", "http://example.org:8080/m/" })
        {
            var site = SiteUrls.TryCreate(baseUrl)!;
            var answered = 0;
            foreach (var prefix in new[] { site.Base.AbsoluteUri, "https://EXAMPLE.org/", "https://example.org", "https://example.org/monitor", "http://example.org/m/", " " + site.Base.AbsoluteUri })
                foreach (var rest in AbsoluteRests)
                {
                    var url = prefix + rest;
                    if (site.ResolvePlainAbsolute(url) is not { } quick) continue;
                    answered++;
                    Assert.Equal(site.Resolve(url, site.PageUri("articles/a/index.html")), quick);
                }
            Assert.True(answered >= 16, $"only {answered} answered");
        }
    }

    [Theory]
    [InlineData("../../tags/iraq/index.html", "articles/a/index.html", "tags/iraq/index.html", "")]
    [InlineData("../b/index.html#fn-b-1", "articles/a/index.html", "articles/b/index.html", "fn-b-1")]
    [InlineData("x/", "index.html", "x/", "")]
    public void Plain_relative_links_resolve_against_the_page_folder(string url, string page, string path, string fragment) =>
        Assert.Equal(new LinkTarget.Internal(path, fragment), SiteUrls.TryCreate("https://example.org/")!.ResolvePlainRelative(url, page));

    [Theory]
    [InlineData("../../x.html", "articles/index.html")]
    [InlineData("x.html?q=1", "index.html")]
    [InlineData("x%20y.html", "index.html")]
    [InlineData("..", "articles/a/index.html")]
    public void Anything_else_is_left_to_system_uri(string url, string page) =>
        Assert.Null(SiteUrls.TryCreate("https://example.org/")!.ResolvePlainRelative(url, page));
}
