using Microsoft.Playwright;

namespace Publisher.BrowserTests;

/// <summary>What a reader does with the keyboard and with footnotes, in a real browser.</summary>
[Collection(BuiltSiteCollection.Name)]
public class NavigationTests(BuiltSite site)
{
    [Fact]
    public async Task First_tab_reaches_a_visible_skip_link_that_moves_focus_to_the_main_content()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.StartsWith("#", focused);
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        var box = await page.Locator(":focus").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 1 && box.Height > 1 && box.Y >= 0, "the focused skip link is not on screen");

        await page.Keyboard.PressAsync("Enter");
        // The fragment navigation is queued after the key event; under load it lands a little later.
        await page.WaitForFunctionAsync("hash => location.hash === hash", focused, new() { Timeout = 30_000 });
        Assert.EndsWith(focused, page.Url);
        Assert.True(await page.EvaluateAsync<bool>($"() => !!document.querySelector('main{focused}, {focused}')"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_old_issue_address_takes_the_reader_to_the_issue_page()
    {
        var redirects = site.Redirects();
        Assert.NotEmpty(redirects);
        var old = redirects[0];
        var page = await site.Browser.NewPageAsync();

        // The meta refresh may fire before or after Goto returns; wait for the address either way, generously (CI runs under load).
        await page.GotoAsync(site.Url(old), new() { WaitUntil = WaitUntilState.Commit });
        await WaitForAddress(page, "/publications/", TimeSpan.FromSeconds(30));
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.EndsWith("/issues/" + old.Split('/')[1] + "/index.html", page.Url);
        Assert.StartsWith(site.Url("publications/"), page.Url);
        Assert.Contains("Volume", await page.Locator("h1").TextContentAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_footnote_reference_jumps_to_its_note_and_the_note_jumps_back()
    {
        var article = site.Pages().FirstOrDefault(p => p.StartsWith("articles/", StringComparison.Ordinal)
            && File.ReadAllText(Path.Combine(site.OutputDir, p)).Contains("footnote-ref", StringComparison.Ordinal));
        Assert.True(article is not null, "no article of the sample archive has footnotes");

        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 700 } });
        await page.GotoAsync(site.Url(article));
        var reference = page.Locator("a.footnote-ref").First;
        var noteId = (await reference.GetAttributeAsync("href"))!.TrimStart('#');

        await reference.ClickAsync();
        Assert.EndsWith("#" + noteId, Uri.UnescapeDataString(page.Url));
        var note = page.Locator($"[id='{noteId}']");
        Assert.True(await note.IsVisibleAsync());
        Assert.True(await InViewport(page, note), "the note is not scrolled into view");

        await note.Locator("a.footnote-back-ref").First.ClickAsync();
        var referenceId = await reference.GetAttributeAsync("id");
        Assert.EndsWith("#" + referenceId, Uri.UnescapeDataString(page.Url));
        Assert.True(await InViewport(page, reference), "the reference is not scrolled back into view: " +
            await reference.EvaluateAsync<string>("e => JSON.stringify({ top: e.getBoundingClientRect().top, y: window.scrollY, h: window.innerHeight, hash: location.hash })"));
        await page.CloseAsync();
    }

    /// <summary>Asks the page itself where it is until the address contains <paramref name="part"/>: a navigation event can be missed under load, the page's own location cannot.</summary>
    private static async Task WaitForAddress(IPage page, string part, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                if ((await page.EvaluateAsync<string>("() => location.href")).Contains(part, StringComparison.Ordinal))
                    return;
            }
            catch (PlaywrightException)
            {
                // the page is being replaced by the refresh; ask again
            }
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"the page stayed at {page.Url}");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits (the theme scrolls smoothly) until the element's top is on screen; false if it never gets there.</summary>
    private static async Task<bool> InViewport(IPage page, ILocator locator)
    {
        var handle = await locator.ElementHandleAsync();
        try
        {
            await page.WaitForFunctionAsync(
                "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }",
                handle, new() { Timeout = 5000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
