using Publisher.Core.Feeds;

namespace Publisher.Tests.Feeds;

/// <summary>A small channel with the awkward parts real issues have: markup characters, relative links, "]]>", non-ASCII text.</summary>
public static class SampleChannel
{
    public const string Site = "https://monitor.example.org/";
    public const string FirstUrl = Site + "articles/2021/boko-haram-factions/";

    public static FeedItem First => new()
    {
        Id = "tm-19-22-boko-haram-factions",
        Title = "Q&A: Boko Haram's factions <after> Shekau",
        Url = FirstUrl,
        Published = new DateTimeOffset(2021, 11, 19, 0, 0, 0, TimeSpan.Zero),
        Summary = "How ISWAP & JAS split, and why 1 < 2 matters.",
        ContentHtml =
            "<p>See <a href=\"../../../tags/nigeria/\">Nigeria</a> and the note<sup><a href=\"#fn-1\">1</a></sup>.</p>\n" +
            "<p><img src=\"/media/map.png\" srcset=\"/media/map.png 1x, ./map@2x.png 2x\" alt=\"Map\"></p>\n" +
            "<p>Write to <a href=\"mailto:editor@monitor.example.org\">the editor</a>.</p>\n" +
            "<ol><li id=\"fn-1\">Source: <a href=\"https://www.example.com/report\">report</a>.</li></ol>",
        Authors = [new FeedPerson("Jacob Zenn", Site + "authors/jacob-zenn/")],
        Categories = ["Nigeria", "Boko Haram"],
    };

    public static FeedItem Second => new()
    {
        Id = "tm-19-21-turkiye-pkk",
        Title = "Türkiye and the PKK — «a long war» in Iraq’s north",
        Url = Site + "articles/2021/turkiye-pkk/",
        Published = new DateTimeOffset(2021, 11, 5, 9, 30, 0, TimeSpan.FromHours(2)),
        Updated = new DateTimeOffset(2021, 11, 8, 0, 0, 0, TimeSpan.Zero),
        ContentHtml = "<p>Array code <code>a[b[0]]]>c</code> and Kurdish: Kurdistanê, Arabic: العراق.</p>",
        Authors = [new FeedPerson("Ahmet Yılmaz"), new FeedPerson("Sarah Müller", Site + "authors/sarah-muller/")],
        Categories = ["Türkiye", "PKK", "Iraq"],
    };

    public static FeedItem Third => new()
    {
        Id = "tm-19-20-brief",
        Title = "Brief: Sahel roundup",
        Url = Site + "articles/2021/sahel-roundup/",
        Published = new DateTimeOffset(2021, 10, 22, 0, 0, 0, TimeSpan.Zero),
        Summary = "Short notes.",
        ContentHtml = "<p>Short notes.</p>",
    };

    public static FeedChannel Channel => new()
    {
        Title = "Terrorism Monitor",
        Description = "Analysis of terrorism & insurgency, <every> two weeks",
        HomePageUrl = Site,
        FeedUrl = Site + "feed.xml",
        Language = "en",
        Updated = new DateTimeOffset(2021, 11, 19, 0, 0, 0, TimeSpan.Zero),
        Copyright = "© 2021 Example Foundation",
        Items = [First, Second, Third],
    };
}
