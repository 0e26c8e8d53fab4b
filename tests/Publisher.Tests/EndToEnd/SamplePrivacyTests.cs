using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// Readers' privacy and the build's internals: the built sample archive loads nothing from another site (no
/// third-party scripts, styles, fonts, images, frames: no trackers or share widgets), and no public page names the
/// seed files its articles were imported from.
/// </summary>
[Collection(nameof(SampleSiteCollection))]
public sealed partial class SamplePrivacyTests(SampleSite site)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Elements whose address the browser fetches by itself when the page loads, and the attribute that holds it.</summary>
    private static readonly (string Selector, string Attribute)[] Loaded =
    [
        ("script[src]", "src"), ("link[href]:not([rel~=canonical]):not([rel~=alternate])", "href"), ("img[src]", "src"), ("img[srcset]", "srcset"),
        ("source[src]", "src"), ("source[srcset]", "srcset"), ("iframe[src]", "src"), ("frame[src]", "src"), ("embed[src]", "src"),
        ("object[data]", "data"), ("video[src]", "src"), ("video[poster]", "poster"), ("audio[src]", "src"), ("track[src]", "src"),
    ];

    [Fact]
    public void No_page_loads_anything_from_another_site()
    {
        Assert.True(site.Result.Succeeded);
        var offSite = new List<string>();
        foreach (var path in site.OutputFiles().Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var doc = Parser.ParseDocument(site.Read(path));
            foreach (var (selector, attribute) in Loaded)
                foreach (var element in doc.QuerySelectorAll(selector))
                    foreach (var url in Urls(element.GetAttribute(attribute)!, attribute.EndsWith("srcset", StringComparison.Ordinal)))
                        if (IsOffSite(url)) offSite.Add($"{path}: <{element.LocalName} {attribute}=\"{url}\">");
            foreach (var style in doc.QuerySelectorAll("style, [style]"))
                foreach (Match m in CssUrl().Matches(style.LocalName == "style" ? style.TextContent : style.GetAttribute("style")!))
                    if (IsOffSite(m.Groups[1].Value)) offSite.Add($"{path}: url({m.Groups[1].Value})");
        }
        foreach (var path in site.OutputFiles().Where(p => p.EndsWith(".css", StringComparison.Ordinal)))
            foreach (Match m in CssUrl().Matches(site.Read(path)))
                if (IsOffSite(m.Groups[1].Value)) offSite.Add($"{path}: url({m.Groups[1].Value})");
        foreach (var path in site.OutputFiles().Where(p => p.EndsWith(".js", StringComparison.Ordinal)))
            Assert.DoesNotMatch(@"https?://", site.Read(path));

        Assert.Empty(offSite);
    }

    [Fact]
    public void No_page_names_the_seed_files_or_other_build_internals()
    {
        var leaks = site.OutputFiles()
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .Where(p => site.Read(p).Contains("seeds/", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(leaks);
    }

    private static IEnumerable<string> Urls(string value, bool isSrcset) =>
        isSrcset ? value.Split(',').Select(c => c.Trim().Split(' ')[0]).Where(u => u.Length > 0) : [value.Trim()];

    /// <summary>Absolute (<c>https://</c>) or protocol-relative (<c>//host</c>) addresses leave the site; data: URIs and relative paths do not.</summary>
    private bool IsOffSite(string url)
    {
        var trimmed = url.Trim().Trim('"', '\'');
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) return true;
        if (!AbsoluteUrl().IsMatch(trimmed) || trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return false;
        // The site's own absolute address (a 404 page links that way) is not another site.
        return !trimmed.StartsWith(site.BaseUrl, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex AbsoluteUrl();

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]+)")]
    private static partial Regex CssUrl();
}
