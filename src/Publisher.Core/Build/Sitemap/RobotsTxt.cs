namespace Publisher.Core.Build.Sitemap;

/// <summary>robots.txt for a public archive: every crawler may read everything, and is told where the sitemap is.</summary>
public static class RobotsTxt
{
    public static string Write(string sitemapUrl) =>
        "User-agent: *\n" +
        "Allow: /\n" +
        "\n" +
        $"Sitemap: {sitemapUrl}\n";
}
