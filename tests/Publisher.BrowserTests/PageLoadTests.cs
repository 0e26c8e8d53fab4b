using Microsoft.Playwright;

namespace Publisher.BrowserTests;

/// <summary>Every page of the sample site opens from disk in a real browser, needing nothing outside the output.</summary>
[Collection(BuiltSiteCollection.Name)]
public class PageLoadTests(BuiltSite site)
{
    [Fact]
    public async Task Every_page_loads_with_no_failed_or_external_request_and_no_script_error()
    {
        var problems = new List<string>();
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        string current = "";
        page.RequestFailed += (_, r) => problems.Add($"{current}: request failed {r.Url} ({r.Failure})");
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith("file://", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
                problems.Add($"{current}: external request {r.Url}");
        };
        page.PageError += (_, e) => problems.Add($"{current}: script error {e}");
        page.Console += (_, m) =>
        {
            if (m.Type == "error") problems.Add($"{current}: console error {m.Text}");
        };

        foreach (var path in site.Pages())
        {
            current = path;
            var response = await page.GotoAsync(site.Url(path), new() { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), $"{path} has no title");
        }
        await context.CloseAsync();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Pages_fit_a_320px_phone_screen_without_sideways_scrolling()
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        var tooWide = new List<string>();
        foreach (var path in site.Pages())
        {
            await page.GotoAsync(site.Url(path));
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 320) tooWide.Add($"{path}: {width}px");
        }
        await context.CloseAsync();
        Assert.True(tooWide.Count == 0, "Pages wider than the phone screen:\n" + string.Join('\n', tooWide));
    }

    [Fact]
    public async Task Dark_mode_follows_the_system_setting()
    {
        async Task<string> Background(ColorScheme scheme)
        {
            var context = await site.Browser.NewContextAsync(new() { ColorScheme = scheme });
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url("index.html"));
            var colour = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
            await context.CloseAsync();
            return colour;
        }

        Assert.NotEqual(await Background(ColorScheme.Light), await Background(ColorScheme.Dark));
    }

    [Fact]
    public async Task Print_stylesheet_hides_the_site_navigation()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(site.FirstPage("articles/")));
        Assert.True(await page.IsVisibleAsync("nav[aria-label]"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync("header nav"));
        await page.CloseAsync();
    }
}
