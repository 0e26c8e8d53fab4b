using System.Text.Json;
using Microsoft.Playwright;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Review;

namespace Publisher.BrowserTests;

/// <summary>Imports the sample seeds into a scratch project and writes the review report the way the CLI does.</summary>
public sealed class ImportedReport : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "publisher-browser", Guid.NewGuid().ToString("N"));

    public string ReportPath => Path.Combine(Root, ReviewReport.DefaultFileName);

    public IBrowser Browser { get; private set; } = null!;

    public string AxeScript { get; private set; } = "";

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        var repo = BuiltSite.RepoRoot();
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        Directory.CreateDirectory(Path.Combine(Root, "input"));
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "seeds")))
            File.Copy(file, Path.Combine(Root, "seeds", Path.GetFileName(file)));
        foreach (var name in new[] { "site.yml", "tags.yml", "outlets.yml" })
            File.Copy(Path.Combine(repo, "input", name), Path.Combine(Root, "input", name));

        var report = Importer.Run(new ImportOptions { ProjectRoot = Root, Pipeline = DefaultFixups.Create(), TagMatcher = TagMatcher.Match });
        await File.WriteAllTextAsync(ReportPath, ReviewReport.Render(report));

        AxeScript = await File.ReadAllTextAsync(NodeTools.AxePath());
        (_playwright, Browser) = await ChromiumBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>
/// The import review report of the sample seeds, opened from disk in Chromium: it makes no request but itself, logs
/// no error, passes axe-core, and lists the decisions an editor must check, each at its seed line.
/// </summary>
public class ImportReviewReportTests(ImportedReport imported) : IClassFixture<ImportedReport>
{
    [Fact]
    public async Task Report_opens_from_disk_without_other_requests_or_console_errors_and_passes_axe()
    {
        var url = new Uri(imported.ReportPath).AbsoluteUri;
        foreach (var width in new[] { 1400, 375 })
        {
            var context = await imported.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            var requests = new List<string>();
            var failures = new List<string>();
            var errors = new List<string>();
            page.Request += (_, r) => requests.Add(r.Url);
            page.RequestFailed += (_, r) => failures.Add(r.Url);
            page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
            page.PageError += (_, e) => errors.Add(e);

            await page.GotoAsync(url);
            if (Environment.GetEnvironmentVariable("PUBLISHER_REPORT_SCREENSHOT") is { Length: > 0 } shot)
            {
                await page.ScreenshotAsync(new() { Path = shot.Replace(".png", $"-{width}.png", StringComparison.Ordinal) });
                await page.EvaluateAsync("() => [...document.querySelectorAll('article')].find(a => a.textContent.includes('merged from 2 seeds'))?.scrollIntoView()");
                await page.ScreenshotAsync(new() { Path = shot.Replace(".png", $"-{width}-merged.png", StringComparison.Ordinal) });
                await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            }

            Assert.Equal([url], requests);
            Assert.Empty(failures);
            Assert.Empty(errors);

            var json = await Axe.SeriousViolationsAsync(page, imported.AxeScript);
            await context.CloseAsync();
            using var doc = JsonDocument.Parse(json);
            Assert.True(doc.RootElement.GetArrayLength() == 0, $"{width}px: {json}");
        }
    }

    [Theory]
    [InlineData("unlinked-broken-link")]
    [InlineData("dropped-boilerplate")]
    [InlineData("linked-outlet")]
    [InlineData("rejoined-page-break")]
    [InlineData("merge-difference")]
    [InlineData("converted-footnote")]
    [InlineData("inferred-value")]
    public async Task Report_lists_every_decision_of_a_kind_with_a_seed_line_that_links_to_the_marked_line(string kind)
    {
        var page = await OpenAsync();

        var rows = await page.EvaluateAsync<string[][]>(
            "kind => [...document.querySelectorAll(`#kind-${kind} tbody tr`)].map(tr => {" +
            "  const a = tr.querySelector('td a'); const id = a ? a.getAttribute('href').slice(1) : '';" +
            "  const target = id ? document.getElementById(id) : null;" +
            "  return [tr.cells[0].textContent, target && target.classList.contains('marked') ? 'marked' : 'not marked'," +
            "          String(target !== null && target.querySelector(`a.kind[href='#kind-${kind}']`) !== null)]; })", kind);
        await page.Context.CloseAsync();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches(@"^seeds/[^:]+\.txt:\d+$", r[0]));
        Assert.All(rows, r => Assert.Equal(["marked", "true"], r[1..]));
    }

    [Fact]
    public async Task Report_shows_the_merged_Iraq_article_beside_both_seeds_with_the_merge_at_a_seed_line()
    {
        var page = await OpenAsync();

        var merged = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('article')].filter(a => a.querySelector('p').textContent.includes('merged from 2 seeds'))" +
            ".flatMap(a => [a.querySelector('h3').textContent, ...[...a.querySelectorAll('table.lines caption')].map(c => c.textContent)," +
            "  ...[...a.querySelectorAll('tr.marked')].filter(tr => tr.textContent.includes('PUB121')).map(tr => 'merge at line ' + tr.querySelector('th').textContent)])");
        await page.Context.CloseAsync();

        Assert.Contains(merged, s => s.Contains("Iraq", StringComparison.Ordinal));
        Assert.Contains(merged, s => s.StartsWith("seeds/000_", StringComparison.Ordinal));
        Assert.Contains(merged, s => s.StartsWith("seeds/001_", StringComparison.Ordinal));
        Assert.Contains(merged, s => s.StartsWith("merge at line ", StringComparison.Ordinal));
    }

    private async Task<IPage> OpenAsync()
    {
        var context = await imported.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(imported.ReportPath).AbsoluteUri);
        return page;
    }
}
