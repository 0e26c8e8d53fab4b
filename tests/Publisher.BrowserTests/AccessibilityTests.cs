using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Publisher.Core.Build;
using Xunit.Abstractions;

namespace Publisher.BrowserTests;

/// <summary>
/// axe-core (the accessibility engine behind Lighthouse and most a11y tooling) run in the browser on every page kind
/// of <see cref="PageKinds.All"/> (the first and last page of each, from the fixture site, which has them all, and the
/// sample site; and the fixture's Markdown-shapes draft), in light and dark colour schemes, at phone (390×844) and desktop (1280×900) width: no violation of
/// any impact, contrast included. One browser; one context and page per scheme and width, reused for every page.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class AccessibilityTests(BuiltSite site, ITestOutputHelper output)
{
    private static readonly (ColorScheme Scheme, int Width, int Height)[] Views =
        [(ColorScheme.Light, 1280, 900), (ColorScheme.Dark, 1280, 900), (ColorScheme.Light, 390, 844), (ColorScheme.Dark, 390, 844)];

    [Fact]
    public async Task Every_page_kind_has_no_accessibility_violations_in_light_or_dark_mode_on_desktop_or_phone()
    {
        var pages = PagesToCheck(site.FixtureInputDir, drafts: true, site.FixtureUrl, "fixture-output")
            .Append((PageKinds.Article, "fixture-output/" + BuiltSite.MarkdownShapesPage, site.FixtureUrl(BuiltSite.MarkdownShapesPage)))
            .Concat(PagesToCheck(BuiltSite.SampleInputDir, drafts: false, site.Url, "output")).ToList();
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        var undecided = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (scheme, width, height) in Views)
        {
            var context = await site.Browser.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = width, Height = height } });
            var page = await context.NewPageAsync();
            foreach (var (kind, shown, url) in pages)
            {
                // The search page is checked with its results, filters and highlighted snippets shown.
                await page.GotoAsync(url + (kind == PageKinds.Search ? "?q=attack" : ""));
                if (kind == PageKinds.Search) await page.WaitForSelectorAsync("#search-results > li mark", new() { Timeout = 30_000 });
                var dark = await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches");
                Assert.True(dark == (scheme == ColorScheme.Dark), $"{shown}: the page does not see the {scheme} scheme");
                using var doc = JsonDocument.Parse(await Axe.AllResultsAsync(page, site.AxeScript));
                foreach (var v in doc.RootElement.GetProperty("violations").EnumerateArray())
                    problems.Add($"{shown} ({kind}, {scheme}, {width}px): {v.GetProperty("impact")} {v.GetProperty("id")}: {v.GetProperty("help")} at {v.GetProperty("nodes")}");
                foreach (var id in doc.RootElement.GetProperty("incomplete").EnumerateArray())
                    undecided[$"{id.GetString()} on {shown}"] = undecided.GetValueOrDefault($"{id.GetString()} on {shown}") + 1;
            }
            await context.CloseAsync();
        }
        output.WriteLine($"{pages.Count} pages × {Views.Length} views checked in {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var (id, count) in undecided) output.WriteLine($"left to a person by axe (incomplete): {id} ({count} of {Views.Length} views)");
        Assert.True(problems.Count == 0, $"{problems.Count} axe violations:\n" + string.Join('\n', problems));
    }

    /// <summary>
    /// The first and last page of each kind (a paged list's later pages differ from its first), but not the redirects:
    /// a redirect is left as soon as it loads (the Nu HTML checker covers their markup).
    /// </summary>
    private static IEnumerable<(string Kind, string Shown, string Url)> PagesToCheck(string inputDir, bool drafts, Func<string, string> url, string folder)
    {
        var redirectLayouts = PageKinds.All.Where(k => k.Layout == PageKinds.IssueRedirect).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (kind, paths) in BuiltSite.PagesByKind(inputDir, drafts))
        {
            if (redirectLayouts.Contains(kind)) continue;
            foreach (var path in paths.Take(1).Concat(paths.Skip(1).TakeLast(1)))
                yield return (kind, $"{folder}/{path}", url(path));
        }
    }
}
