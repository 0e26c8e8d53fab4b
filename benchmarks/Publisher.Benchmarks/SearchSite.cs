using System.Globalization;
using Microsoft.Playwright;

namespace Publisher.Benchmarks;

/// <summary>
/// The search page at scale, in a browser (issue 12): N synthetic articles whose words are drawn with Zipf's law from
/// <see cref="SearchIndexSize"/>'s 30,000-word vocabulary, built as a site (phases printed: the index is written before the pages, "Writing the search index"
/// is what search adds to the build), then the site's search page opened from disk (file://) in Debian's Chromium.
/// For two-word queries (the same word ranks as <c>--search</c>) it times, in the page, from the query's submission
/// to the first result in the list: cold (a fresh page: meta.js, the postings files, records and texts still to load
/// from disk) and warm (the same query again: every file already loaded, so only the client's decoding, ranking and
/// rendering — the time "after the shards arrive"). Submitting skips the 180 ms pause search.js waits while a reader
/// types. PUBLISHER_BENCH_KEEP_OUTPUT=DIR keeps the site (e.g. to run Pagefind over the same pages).
/// </summary>
public static class SearchSite
{
    private const int Repeats = 5;

    public static int Run(int articles)
    {
        var root = Path.Combine(Path.GetTempPath(), "publisher-bench", $"search-site-{articles}-{Environment.ProcessId}");
        var input = Path.Combine(root, "input");
        var output = Path.Combine(root, "output");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        try
        {
            SyntheticArchive.Write(input, articles, SearchIndexSize.ZipfWord);
            var (wall, cpu, result) = CleanBuilds.TimedBuild(input, output, printPhases: true);
            Console.WriteLine($"clean build of {articles} Zipf-worded articles: {result.Pages} pages in {wall:F2} s (cpu {cpu:F2} s; load average {Machine.LoadAverage()})");
            if (Environment.GetEnvironmentVariable("PUBLISHER_BENCH_KEEP_OUTPUT") is { Length: > 0 } keep)
            {
                if (Directory.Exists(keep)) Directory.Delete(keep, recursive: true);
                Directory.Move(output, keep);
                output = keep;
            }
            TimeQueries(Path.Combine(output, "search", "index.html")).GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    // Submits the query and resolves with the milliseconds until the first result is in the list.
    private const string TimeQuery = """
        q => new Promise(resolve => {
          const input = document.getElementById('search-q'), list = document.getElementById('search-results');
          list.textContent = '';
          input.value = q;
          const started = performance.now();
          const watch = new MutationObserver(() => {
            if (!list.querySelector('li')) return;
            watch.disconnect();
            resolve({ ms: performance.now() - started, status: document.getElementById('search-status').textContent });
          });
          watch.observe(list, { childList: true });
          document.querySelector('.search-form').requestSubmit();
        })
        """;

    private sealed class Timed
    {
        public double Ms { get; set; }
        public string Status { get; set; } = "";
    }

    private static async Task TimeQueries(string searchPage)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var url = new Uri(searchPage).AbsoluteUri;
        Console.WriteLine($"query → first result on the search page from file:// (medians of {Repeats}; cold: fresh page; warm: same query again, every file loaded)");
        Console.WriteLine("| query (word ranks) | results | cold | warm |");
        Console.WriteLine("|---|---|---:|---:|");
        foreach (var (a, b) in SearchIndexSize.QueryRanks)
        {
            var query = $"{SearchIndexSize.Words[a]} {SearchIndexSize.Words[b]}";
            var cold = new List<double>();
            var warm = new List<double>();
            var status = "";
            for (var run = 0; run < Repeats; run++)
            {
                var page = await browser.NewPageAsync();
                await page.GotoAsync(url);
                var first = await page.EvaluateAsync<Timed>(TimeQuery, query);
                cold.Add(first.Ms);
                var again = await page.EvaluateAsync<Timed>(TimeQuery, query);
                warm.Add(again.Ms);
                status = again.Status;
                await page.CloseAsync();
            }
            Console.WriteLine($"| {query} ({a + 1}, {b + 1}) | {status.Split(" found")[0]} | {Machine.Median(cold).ToString("F0", CultureInfo.InvariantCulture)} ms | {Machine.Median(warm).ToString("F0", CultureInfo.InvariantCulture)} ms |");
        }
    }
}
