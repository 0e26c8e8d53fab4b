using Publisher.Core.Build.Checks;

namespace Publisher.Tests.Checks;

public class TextUrlScannerTests
{
    private static readonly SiteUrls Site = SiteUrls.TryCreate("https://monitor.example.org")!;

    private static string[] Found(string text) =>
        TextUrlScanner.Scan("feed.json", "output/feed.json", text, Site).References
            .Select(r => $"{r.Line}:{r.Column} {r.Url}").ToArray();

    [Fact]
    public void Finds_the_sites_urls_in_json_and_escaped_html_with_positions()
    {
        var json = "{\n  \"home_page_url\": \"https://monitor.example.org/\",\n" +
                   "  \"content_html\": \"<a href=\\\"https://monitor.example.org/a/#fn-1\\\">1</a>\"\n}";

        Assert.Equal(["2:21 https://monitor.example.org/", "3:30 https://monitor.example.org/a/#fn-1"], Found(json));
    }

    [Fact]
    public void A_lookalike_host_is_not_the_site_and_sentence_punctuation_is_not_part_of_the_url()
    {
        var text = "see https://monitor.example.org.evil.example/x/ and https://monitor.example.orgx/ but https://monitor.example.org/a/, then https://monitor.example.org.";

        Assert.Equal(["1:87 https://monitor.example.org/a/", "1:124 https://monitor.example.org"], Found(text));
    }
}
