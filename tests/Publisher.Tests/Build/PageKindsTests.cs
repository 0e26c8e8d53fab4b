using System.Xml.Linq;
using Publisher.Core.Build;
using Publisher.Core.Build.Sitemap;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// The catalogue of page kinds is the one list planning, the article link check, feeds and the sitemap read:
/// every kind's pages are planned, written, link-checkable, and in the sitemap unless the kind says otherwise.
/// </summary>
public class PageKindsTests
{
    private static (Site Site, IReadOnlyList<PagePlan> Plan) PlanFixture(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(options.InputDir, diagnostics, null)!;
        var bodies = site.Articles.ToDictionary(a => a.Slug, ArticleMarkdown.Parse, StringComparer.Ordinal);
        return (site, new PageFactory(site, new Permalinks(site.Config.BaseUrl), bodies).Plan());
    }

    [Fact]
    public void Kind_names_are_unique_and_the_theme_has_a_layout_for_every_kind()
    {
        Assert.Equal(PageKinds.All.Count, PageKinds.All.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());

        var diagnostics = new DiagnosticBag();
        Theme.Load(RepoPaths.Theme, PageKinds.All.Select(k => k.Layout), diagnostics);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Every_kind_is_planned_written_link_checkable_and_in_the_sitemap_unless_it_says_not()
    {
        using var temp = new TempDirectory();
        var result = FixtureSite.Build(temp);
        var (site, plan) = PlanFixture(new BuildOptions { InputDir = temp.Combine("input") });
        var known = PageKinds.Urls(site);
        var permalinks = new Permalinks(site.Config.BaseUrl);
        XNamespace ns = SitemapWriter.Namespace;
        var sitemap = XDocument.Load(temp.Combine("output", "sitemap.xml")).Descendants(ns + "loc").Select(e => e.Value).ToHashSet(StringComparer.Ordinal);

        foreach (var kind in PageKinds.All)
        {
            var pages = plan.Where(p => p.Kind == kind).ToList();
            Assert.True(pages.Count > 0, $"the fixture should have a page of kind '{kind.Name}'");
            foreach (var page in pages)
            {
                Assert.True(File.Exists(temp.Combine("output", page.OutputPath)), $"{page.Url} ({kind.Name}) should be written to {page.OutputPath}");
                Assert.Contains(page.Url, known);
                Assert.Equal(kind.InSitemap, sitemap.Contains(permalinks.Absolute(page.Url)));
            }
        }
        Assert.DoesNotContain(permalinks.Absolute(Permalinks.NotFound), sitemap);
        Assert.Equal(plan.Count(p => p.Kind.InSitemap), sitemap.Count);
        Assert.Equal(plan.Count, plan.Select(p => p.OutputPath).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(plan.Count, result.Pages);

        var feeds = PageKinds.Feeds(site);
        Assert.Equal(feeds.Count, result.Feeds);
        foreach (var feed in feeds)
        {
            Assert.True(File.Exists(temp.Combine("output", Permalinks.OutputPath(feed.Url))), $"feed {feed.Url} should be written");
            Assert.Contains(feed.Url, known);
        }

        // The link check knows exactly the planned pages, the feeds and the files beside them: nothing listed apart.
        Assert.Equal(plan.Select(p => p.Url).Concat(feeds.Select(f => f.Url)).Concat(PageKinds.OtherFiles).Order(StringComparer.Ordinal),
            known.Order(StringComparer.Ordinal));
        Assert.Empty(PageKinds.Collisions(site));
    }

    [Fact]
    public void An_article_linking_to_every_url_of_the_site_builds_without_a_link_error()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        var (site, _) = PlanFixture(options);
        var links = PageKinds.Urls(site).Order(StringComparer.Ordinal).Select((url, i) => $"- [link {i}]({url})");
        File.WriteAllText(temp.Combine("input", "articles", "2021", "every-page.md"),
            "---\ntitle: Every Page of the Archive\ndate: 2021-12-01\n---\n\nEvery address the archive has:\n\n" + string.Join("\n", links) + "\n");

        var result = SiteBuilder.Build(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenInternalLink || d.Code.StartsWith("PUB3", StringComparison.Ordinal));
        var page = File.ReadAllText(temp.Combine("output", "articles", "every-page-of-the-archive", "index.html"));
        Assert.Contains("../../tags/iraq/page/2/index.html", page);
        Assert.Contains("../../authors/jacob-zenn/feed.xml", page);
    }

    [Fact]
    public void A_kind_without_a_layout_is_a_clear_error_naming_the_layout()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        foreach (var file in Directory.GetFiles(temp.Combine("theme", "layouts"), PageKinds.Press + ".*")) File.Delete(file);

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.TemplateMissing, error.Code);
        Assert.Contains($"'{PageKinds.Press}'", error.Message);
        Assert.False(Directory.Exists(temp.Combine("output")));
    }

    [Fact]
    public void A_kind_whose_urls_overlap_another_kinds_is_an_error_naming_both()
    {
        using var temp = new TempDirectory();
        var (site, _) = PlanFixture(FixtureSite.Prepare(temp));
        var overlapping = PageKind.Each("publication", s => s.Tags, t => Permalinks.Tag(t.Slug), (f, _) => f.NotFound());

        var collisions = PageKinds.Collisions(site, [.. PageKinds.All, overlapping]);

        Assert.Equal(site.Tags.Count, collisions.Count);
        var first = collisions[0];
        Assert.Equal(DiagnosticCodes.OutputPathCollision, first.Code);
        Assert.Equal(Severity.Error, first.Severity);
        Assert.Contains("the publication page /tags/", first.Message);
        Assert.Contains("where the tag page /tags/", first.Message);
    }
}
