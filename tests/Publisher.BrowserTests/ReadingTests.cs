using System.Text.Json;
using Microsoft.Playwright;

namespace Publisher.BrowserTests;

/// <summary>Reading and citing an article: footnote previews from the keyboard, and the citation downloads a reference manager reads.</summary>
[Collection(BuiltSiteCollection.Name)]
public class ReadingTests(BuiltSite site)
{

    private string ArticleWithFootnotes() =>
        site.Pages().FirstOrDefault(p => p.StartsWith("articles/", StringComparison.Ordinal)
            && File.ReadAllText(Path.Combine(site.OutputDir, p)).Contains("footnote-ref", StringComparison.Ordinal))
        ?? throw new InvalidOperationException("no article of the sample archive has footnotes");

    [Fact]
    public async Task Tabbing_to_a_footnote_reference_previews_the_note_Escape_hides_it_and_the_jump_and_back_links_still_work()
    {
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 700 } });
        await page.GotoAsync(site.Url(ArticleWithFootnotes()));

        // Given the keyboard only: Tab until the first footnote reference has focus
        var reached = false;
        for (var i = 0; i < 400 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement.matches('a.footnote-ref')");
        }
        Assert.True(reached, "Tab never reached a footnote reference");

        // Then its preview shows the note's text (without the back link), tied to it by aria-describedby
        var previewId = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-describedby')");
        Assert.False(string.IsNullOrEmpty(previewId));
        var preview = page.Locator($"[id='{previewId}']");
        Assert.True(await preview.IsVisibleAsync(), "the preview is not shown on focus");
        Assert.Equal("tooltip", await preview.GetAttributeAsync("role"));
        var noteId = (await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')")).TrimStart('#');
        var noteText = await page.EvaluateAsync<string>(
            "id => { const c = document.getElementById(id).cloneNode(true); c.querySelectorAll('.footnote-back-ref').forEach(b => b.remove()); return c.textContent.replace(/\\s+/g, ' ').trim(); }",
            noteId);
        Assert.Equal(noteText, (await preview.TextContentAsync())!.Trim());
        var box = await preview.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 1024, "the preview is not on screen");

        // When Escape is pressed, the preview goes and focus stays
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await preview.IsVisibleAsync(), "Escape did not hide the preview");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('a.footnote-ref')"));

        // And Enter still follows the reference to its note, whose back link returns
        var referenceId = await page.EvaluateAsync<string>("() => document.activeElement.id");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("hash => decodeURIComponent(location.hash) === hash", "#" + noteId, new() { Timeout = 30_000 });
        Assert.True(await page.Locator($"[id='{noteId}']").IsVisibleAsync());
        await page.Locator($"[id='{noteId}'] a.footnote-back-ref").First.ClickAsync();
        await page.WaitForFunctionAsync("hash => decodeURIComponent(location.hash) === hash", "#" + referenceId, new() { Timeout = 30_000 });
        await page.CloseAsync();
    }

    [Fact]
    public async Task Hovering_a_footnote_reference_previews_the_note()
    {
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 700 } });
        await page.GotoAsync(site.Url(ArticleWithFootnotes()));
        var reference = page.Locator("a.footnote-ref").First;

        await reference.HoverAsync();

        var preview = page.Locator($"[id='{await reference.GetAttributeAsync("aria-describedby")}']");
        Assert.True(await preview.IsVisibleAsync());
        await page.Mouse.MoveAsync(1, 1);
        Assert.False(await preview.IsVisibleAsync(), "the preview stays after the pointer leaves");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_BibTeX_and_RIS_downloads_parse_with_a_real_citation_parser_and_match_the_page()
    {
        var path = ArticleWithFootnotes();
        // Served over HTTP from the output folder: Chromium honours the download attribute only for same-origin
        // links, and file:// pages have no origin.
        using var server = new StaticServer(site.OutputDir);
        var page = await site.Browser.NewPageAsync(new() { AcceptDownloads = true });
        await page.GotoAsync($"{server.Origin}/{path}");
        var title = (await page.Locator("h1").TextContentAsync())!.Trim();
        var citation = (await page.Locator(".cite .citation").TextContentAsync())!;

        foreach (var (format, extension) in new[] { ("bibtex", ".bib"), ("ris", ".ris") })
        {
            // When the reader downloads the citation
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($".cite-downloads a[href$='{extension}']").ClickAsync());
            var file = Path.Combine(Path.GetDirectoryName(site.OutputDir)!, "download" + extension);
            await download.SaveAsAsync(file);

            // Then citation-js reads one journal article with the page's title, authors and publication
            var items = NodeTools.ParseCitation(format, file);
            Assert.Equal(1, items.GetArrayLength());
            var item = items[0];
            Assert.Equal("article-journal", item.GetProperty("type").GetString());
            Assert.Equal(title, item.GetProperty("title").GetString());
            Assert.Contains(item.GetProperty("container-title").GetString()!, citation, StringComparison.Ordinal);
            Assert.Contains(item.GetProperty("URL").GetString()!, citation, StringComparison.Ordinal);
            Assert.All(item.GetProperty("author").EnumerateArray(), author =>
                Assert.Contains(author.GetProperty("family").GetString()!, citation, StringComparison.Ordinal));
            Assert.Contains($"{item.GetProperty("volume").GetString()}, no. {item.GetProperty("issue").GetString()} (", citation, StringComparison.Ordinal);
        }
        await page.CloseAsync();
    }
}
