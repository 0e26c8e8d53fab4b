using System.Text.Json;
using Microsoft.Playwright;

namespace Publisher.BrowserTests;

/// <summary>
/// axe-core (the accessibility engine behind Lighthouse and most a11y tooling) run in the browser on
/// each kind of page, in light and dark colour schemes, at desktop and phone width: no serious or
/// critical violations, contrast included.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class AccessibilityTests(BuiltSite site)
{
    public static TheoryData<string> PageKinds() => new()
    {
        "home", "publication", "publication-issues", "issue", "issues", "article", "author", "authors", "tag", "tags", "archive", "press", "404", "search",
    };

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Page_kind_has_no_serious_accessibility_violations_in_light_or_dark_mode_on_desktop_or_phone(string kind)
    {
        var path = PathOf(kind);
        foreach (var (scheme, width) in new[] { (ColorScheme.Light, 1280), (ColorScheme.Dark, 1280), (ColorScheme.Light, 375), (ColorScheme.Dark, 375) })
        {
            var context = await site.Browser.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url(path) + (kind == "search" ? "?q=attack" : ""));
            // The search page is checked with its results, filters and highlighted snippets shown.
            if (kind == "search") await page.WaitForSelectorAsync("#search-results > li mark", new() { Timeout = 30_000 });
            var json = await Axe.SeriousViolationsAsync(page, site.AxeScript);
            await context.CloseAsync();

            using var doc = JsonDocument.Parse(json);
            Assert.True(doc.RootElement.GetArrayLength() == 0, $"{path} ({scheme}, {width}px): {json}");
        }
    }

    private string PathOf(string kind) => kind switch
    {
        "home" => "index.html",
        "404" => "404.html",
        "issues" or "authors" or "tags" or "archive" or "press" or "search" => $"{kind}/index.html",
        "publication" => site.Pages().First(p => p.StartsWith("publications/", StringComparison.Ordinal) && p.Count(c => c == '/') == 2),
        "publication-issues" => site.Pages().First(p => p.StartsWith("publications/", StringComparison.Ordinal) && p.EndsWith("/issues/index.html", StringComparison.Ordinal)),
        "issue" => site.Pages().First(p => p.StartsWith("publications/", StringComparison.Ordinal) && p.Contains("/issues/", StringComparison.Ordinal) && p.Count(c => c == '/') == 4),
        "article" => site.FirstPage("articles/"),
        "author" => site.FirstPage("authors/"),
        "tag" => site.FirstPage("tags/"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
