using System.Xml.Linq;
using Publisher.Core.Build.Sitemap;
using Publisher.Tests.Support;

namespace Publisher.Tests.Checks;

public class SitemapTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly SitemapEntry[] Entries =
    [
        new("https://monitor.example.org/tags/nigeria/", null),
        new("https://monitor.example.org/articles/2021/turkiye-pkk/", new DateOnly(2021, 11, 8)),
        new("https://monitor.example.org/", new DateOnly(2021, 11, 19)),
        new("https://monitor.example.org/articles/2021/boko-haram-factions/", new DateOnly(2021, 11, 19)),
        new("https://monitor.example.org/Authors/", null),
    ];

    [Fact]
    public void Urls_are_sorted_ordinally_with_dates_as_yyyy_mm_dd()
    {
        var doc = XDocument.Parse(SitemapWriter.Write(Entries));

        Assert.Equal(Sm + "urlset", doc.Root!.Name);
        Assert.Equal(
            [
                ("https://monitor.example.org/", "2021-11-19"),
                ("https://monitor.example.org/Authors/", null),
                ("https://monitor.example.org/articles/2021/boko-haram-factions/", "2021-11-19"),
                ("https://monitor.example.org/articles/2021/turkiye-pkk/", "2021-11-08"),
                ("https://monitor.example.org/tags/nigeria/", null),
            ],
            doc.Root.Elements(Sm + "url").Select(u => ((string)u.Element(Sm + "loc")!, (string?)u.Element(Sm + "lastmod"))));
    }

    [Fact]
    public void Input_order_does_not_change_the_bytes()
    {
        Assert.Equal(SitemapWriter.Write(Entries), SitemapWriter.Write(Entries.Reverse()));
    }

    [Fact]
    public void A_url_listed_twice_appears_once_with_its_latest_date()
    {
        var doc = XDocument.Parse(SitemapWriter.Write(
        [
            new("https://monitor.example.org/", new DateOnly(2021, 1, 1)),
            new("https://monitor.example.org/", null),
            new("https://monitor.example.org/", new DateOnly(2021, 11, 19)),
        ]));

        var url = Assert.Single(doc.Root!.Elements(Sm + "url"));
        Assert.Equal("2021-11-19", (string?)url.Element(Sm + "lastmod"));
    }

    [Fact]
    public void Urls_with_ampersands_are_escaped()
    {
        var xml = SitemapWriter.Write([new("https://monitor.example.org/search/?q=a&b", null)]);

        Assert.Contains("<loc>https://monitor.example.org/search/?q=a&amp;b</loc>", xml);
        Assert.Equal("https://monitor.example.org/search/?q=a&b", XDocument.Parse(xml).Root!.Value);
    }

    [Fact]
    public void Snapshot_of_a_small_sitemap() => Snapshot.Match("sitemap", SitemapWriter.Write(Entries), "xml");

    [Fact]
    public void Robots_txt_allows_everything_and_points_at_the_sitemap()
    {
        Assert.Equal(
            "User-agent: *\nAllow: /\n\nSitemap: https://monitor.example.org/sitemap.xml\n",
            RobotsTxt.Write("https://monitor.example.org/sitemap.xml"));
    }
}
