using Microsoft.Playwright;

namespace Publisher.BrowserTests;

/// <summary>
/// Full-text search (theme/assets/search.js over the index under search/) in a real browser, with the site opened
/// from disk (file://), where the index files load as scripts because fetch is blocked.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class SearchTests(BuiltSite site)
{
    private static readonly PageWaitForFunctionOptions Patient = new() { Timeout = 30_000 };

    [Fact]
    public async Task Typing_a_query_shows_ranked_results_with_snippets_a_filter_by_author_and_a_result_opens()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("search/index.html"));
        await page.Locator("#search-q").PressSequentiallyAsync("jihadist attacks", new() { Delay = 30 });
        // Results come as the words are typed; wait for those of the whole query.
        await page.WaitForFunctionAsync("() => /found for .jihadist attacks/.test(document.getElementById('search-status').textContent)", null, Patient);

        var results = page.Locator("#search-results > li");
        Assert.True(await results.CountAsync() >= 2, await page.Locator("#search-status").TextContentAsync());
        // Every result has a highlighted snippet; the stemmed query word matches the singular in the text.
        for (var i = 0; i < await results.CountAsync(); i++)
            Assert.True(await results.Nth(i).Locator(".snippet mark").CountAsync() > 0, $"result {i} has no highlighted snippet");
        Assert.Contains("attack", string.Join(" ", await results.Locator("mark").AllTextContentsAsync()).ToLowerInvariant());
        // Shareable: the query is in the address.
        Assert.Contains("q=jihadist+attacks", page.Url);

        var author = await page.Locator("#search-a option").Nth(1).GetAttributeAsync("value");
        var authorName = (await page.Locator("#search-a option").Nth(1).TextContentAsync())!.Split(" (")[0];
        await page.Locator("#search-a").SelectOptionAsync(author!);
        await page.WaitForFunctionAsync("name => { const items = [...document.querySelectorAll('#search-results > li .meta')];" +
            " return /found/.test(document.getElementById('search-status').textContent) && items.every(m => m.textContent.includes(name)) && location.search.includes('a=') }",
            authorName, Patient);

        await page.Locator("#search-a").SelectOptionAsync("");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results > li').length >= 2", null, Patient);
        var first = page.Locator("#search-results > li h2 a").First;
        var title = await first.TextContentAsync();
        await first.ClickAsync();
        await WaitForAddress(page, "/articles/");
        Assert.Equal(title, await page.Locator("h1").First.TextContentAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_header_box_on_a_page_opened_from_disk_searches_and_the_keyboard_reaches_a_result()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(site.FirstPage("articles/")));
        await page.Locator("#site-search-q").FocusAsync();
        await page.Keyboard.TypeAsync("KADHIMI");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.href.includes('search/index.html?q=KADHIMI') && !!document.getElementById('search-status')", null, Patient);
        await page.WaitForFunctionAsync("() => /found/.test(document.getElementById('search-status').textContent)", null, Patient);
        Assert.Equal("KADHIMI", await page.Locator("#search-q").InputValueAsync());
        Assert.True(await page.Locator("#search-results > li").CountAsync() >= 2);

        // Diacritics and capitals do not matter: the same results for an accented spelling.
        var plain = await page.Locator("#search-status").TextContentAsync();
        await page.Locator("#search-q").FillAsync("Kádhimi");
        await page.WaitForFunctionAsync("() => /found for .Kádhimi/.test(document.getElementById('search-status').textContent)", null, Patient);
        Assert.Equal(plain!.Split(" found")[0], (await page.Locator("#search-status").TextContentAsync())!.Split(" found")[0]);

        // Keyboard only: tab from the box to the first result and open it.
        await page.Locator("#search-q").FocusAsync();
        for (var i = 0; i < 20 && !await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('#search-results')"); i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('#search-results')"), "Tab never reached a result");
        var target = await page.EvaluateAsync<string>("() => document.activeElement.href");
        await page.Keyboard.PressAsync("Enter");
        await WaitForAddress(page, "/articles/");
        Assert.Equal(target, page.Url);
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_exact_phrase_is_checked_in_the_text()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("search/index.html") + "?q=%22assassination+attempt%22");
        await page.WaitForFunctionAsync("() => /found/.test(document.getElementById('search-status').textContent)", null, Patient);
        var phrase = await page.Locator("#search-results > li").CountAsync();
        await page.Locator("#search-q").FillAsync("\"attempt assassination\"");
        await page.WaitForFunctionAsync("() => /found for .\"attempt/.test(document.getElementById('search-status').textContent)", null, Patient);
        Assert.True(phrase >= 1);
        Assert.True(await page.Locator("#search-results > li").CountAsync() < phrase, "the words in another order matched as often as the phrase");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_scripts_stemmer_gives_the_pinned_stems_of_the_builds_stemmer()
    {
        var cases = File.ReadAllLines(Path.Combine(BuiltSite.RepoRoot(), "tests", "Publisher.Tests", "Build", "Search", "stemmer-cases.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ')).ToList();
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("search/index.html"));
        await page.WaitForFunctionAsync("() => !!window.PublisherSearch", null, Patient);
        var stems = await page.EvaluateAsync<string[]>("words => words.map(w => PublisherSearch.stem(w))", cases.Select(c => c[0]).ToArray());
        Assert.Equal(cases.Select(c => $"{c[0]} {c[1]}"), cases.Select((c, i) => $"{c[0]} {stems[i]}"));
        await page.CloseAsync();
    }

    /// <summary>Asks the page where it is until the address contains <paramref name="part"/> (a navigation event can be missed under load).</summary>
    private static async Task WaitForAddress(IPage page, string part)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            try
            {
                if ((await page.EvaluateAsync<string>("() => location.href")).Contains(part, StringComparison.Ordinal))
                {
                    await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 5_000 });
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // the page is being replaced; ask again
            }
            catch (TimeoutException)
            {
                // a load state awaited on a frame that was replaced never comes (CI, under load): ask again
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the page stayed at {page.Url}");
    }
}
