using System.Diagnostics;
using System.Globalization;

namespace Publisher.Benchmarks;

/// <summary>
/// Issue 11's goal is a ratio to Hugo's clean build, and this machine's speed changes from day to day (and from one
/// machine to the next): so Hugo is timed here, on the same synthetic archive, on the same machine, in the same run,
/// its clean builds alternating with the CLI's. The archive's articles are Hugo content as they are (YAML front matter,
/// <c>slug</c>, <c>authors</c> and <c>tags</c> as taxonomies, each with its RSS feed as Hugo makes by default), under
/// <see cref="HugoSite"/>'s minimal theme: each article's page with its authors and tags, the home page, section, tag and
/// author lists paginated by 20, a sitemap. Needs <c>hugo</c> on the PATH (Debian: <c>apt-get install hugo</c>).
/// </summary>
public static class HugoComparison
{
    public static int Run(int articles, int runs)
    {
        var hugo = FindOnPath("hugo") ?? throw new BenchmarkFailed("hugo is not on the PATH (Debian: apt-get install hugo)");
        var repo = CleanBuilds.RepoRoot();
        var root = Path.Combine(Path.GetTempPath(), "publisher-bench", $"hugo-{articles}-{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        try
        {
            var input = Path.Combine(root, "publisher", "input");
            SyntheticArchive.Write(input, articles);
            var hugoSite = Path.Combine(root, "hugo");
            HugoSite.Write(hugoSite, input);
            var cli = Path.Combine(root, "cli");
            if (!EditOne.Publish(repo, cli, EditOne.ShippedCli)) throw new BenchmarkFailed("dotnet publish src/Publisher " + string.Join(' ', EditOne.ShippedCli) + " failed");
            var shipped = EditOne.IsNative(cli) ? "Native AOT, as installed" : "as installed";
            var output = Path.Combine(root, "publisher", "output");
            var cache = Path.Combine(root, "publisher", ".publisher-cache");
            var theme = Path.Combine(repo, "theme");
            Console.WriteLine($"{Version(hugo)}; the CLI {shipped}; {articles} articles; {runs} clean builds of each, alternating ({Machine.Describe()})");

            var ours = new List<(double Wall, double Cpu, double PeakMb)>();
            var theirs = new List<(double Wall, double Cpu, double PeakMb)>();
            for (var run = 0; run < runs; run++)
            {
                // Hugo first in odd runs, the CLI first in even ones: neither always gets the quieter moment.
                var order = run % 2 == 0 ? new[] { false, true } : [true, false];
                foreach (var isHugo in order)
                {
                    if (isHugo)
                    {
                        foreach (var folder in new[] { "public", "resources" }.Select(f => Path.Combine(hugoSite, f)))
                            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                        theirs.Add(EditOne.Timed([hugo, "--quiet"], Path.Combine(root, "hugo-time.txt"), hugoSite));
                        Console.WriteLine($"  hugo:      {Describe(theirs[^1])}");
                    }
                    else
                    {
                        foreach (var folder in new[] { output, cache })
                            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                        ours.Add(EditOne.ColdBuild(cli, input, theme, output));
                        Console.WriteLine($"  publisher: {Describe(ours[^1])}");
                    }
                }
            }

            var (hugoFiles, hugoBytes) = Size(Path.Combine(hugoSite, "public"));
            var (ourFiles, ourBytes) = Size(output);
            Console.WriteLine();
            Console.WriteLine($"| {articles} articles, clean build, medians of {runs} | wall | cpu | peak | files written |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Console.WriteLine(Row("Hugo, minimal theme", theirs, hugoFiles, hugoBytes));
            Console.WriteLine(Row($"publisher ({shipped})", ours, ourFiles, ourBytes));
            var ratio = Machine.Median(ours.Select(r => r.Wall)) / Machine.Median(theirs.Select(r => r.Wall));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"publisher / Hugo, wall: {ratio:F2}× (goal ≤ 0.5×); cpu: {Machine.Median(ours.Select(r => r.Cpu)) / Machine.Median(theirs.Select(r => r.Cpu)):F2}×; load average {Machine.LoadAverage()}"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static string Version(string hugo)
    {
        var start = new ProcessStartInfo(hugo) { UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add("version");
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text.Split(' ').Take(2).Aggregate((a, b) => a + " " + b);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    private static (int Files, long Bytes) Size(string folder)
    {
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        return (files.Length, files.Sum(f => new FileInfo(f).Length));
    }

    private static string Describe((double Wall, double Cpu, double PeakMb) r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Wall:F2} s wall, {r.Cpu:F2} s cpu, peak {Machine.Mb(r.PeakMb)}");

    private static string Row(string name, List<(double Wall, double Cpu, double PeakMb)> runs, int files, long bytes) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Machine.Median(runs.Select(r => r.Wall)):F2} s | {Machine.Median(runs.Select(r => r.Cpu)):F2} s | {Machine.Mb(Machine.Median(runs.Select(r => r.PeakMb)))} | {files} ({bytes / (1024.0 * 1024):F0} MB) |");
}

/// <summary>A Hugo project over the synthetic archive's articles, with a minimal theme (<see cref="HugoComparison"/>).</summary>
internal static class HugoSite
{
    public static void Write(string site, string publisherInput)
    {
        EditOne.CopyTree(Path.Combine(publisherInput, "articles"), Path.Combine(site, "content", "articles"));
        var layouts = Path.Combine(site, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(site, "config.yaml"), """
            baseURL: https://bench.example.org/
            title: Benchmark Monitor Archive
            languageCode: en
            paginate: 20
            taxonomies:
              tag: tags
              author: authors
            permalinks:
              articles: /articles/:slug/
            """);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title>
            <link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | absURL }}"></head>
            <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}<article><h1>{{ .Title }}</h1>
            <p>{{ .Date.Format "2 January 2006" }} · {{ range .GetTerms "authors" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
            {{ .Content }}
            <p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p></article>{{ end }}
            """);
        const string list = """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>
            {{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }} {{ .Summary }}</li>{{ end }}</ul>
            {{ template "_internal/pagination.html" . }}{{ end }}
            """;
        File.WriteAllText(Path.Combine(layouts, "list.html"), list);
        File.WriteAllText(Path.Combine(layouts, "terms.html"), list);
    }
}
