using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>Pages render in parallel: the output and the diagnostics must not depend on thread timing.</summary>
public class ParallelRenderTests
{
    [Fact]
    public void One_theme_rendering_many_pages_at_once_gives_what_it_gives_one_at_a_time()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(options.InputDir, diagnostics, null)!;
        var permalinks = new Permalinks(site.Config.BaseUrl);
        var bodies = site.Articles.ToDictionary(a => a.Slug, ArticleMarkdown.Parse, StringComparer.Ordinal);
        var pages = new PageFactory(site, permalinks, bodies).All().ToList();
        var theme = Theme.Load(options.ThemeDir, pages.Select(p => p.Layout).Distinct(StringComparer.Ordinal), diagnostics);

        var sequential = pages.Select(p => theme.Render(p)).ToList();
        var work = Enumerable.Range(0, 20).SelectMany(_ => Enumerable.Range(0, pages.Count)).ToList();
        var concurrent = new string?[work.Count];
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = theme.Render(pages[work[i]]));
        theme.ReportRenderFailures(diagnostics);

        Assert.DoesNotContain(diagnostics.Sorted(), d => !LikelyMistakes.Is(d));
        for (var i = 0; i < work.Count; i++) Assert.Equal(sequential[work[i]], concurrent[i]);
    }

    [Fact]
    public void A_missing_asset_named_on_many_pages_is_reported_once()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var header = temp.Combine("theme", "partials", "header.sbn-html");
        File.WriteAllText(header, File.ReadAllText(header).Replace("<header class=\"site-header\">", "<header class=\"site-header\">{{ asset_data_uri \"logo.svg\" }}", StringComparison.Ordinal));

        var first = SiteBuilder.Build(options);
        var second = SiteBuilder.Build(options);

        var error = Assert.Single(first.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("'logo.svg'", error.Message);
        Assert.EndsWith("theme/assets/logo.svg", error.Location!.Path);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }
}
