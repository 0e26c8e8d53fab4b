using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>Builds the fixture archive and checks the output tree the way a reader's browser would meet it.</summary>
public class SiteBuildTests
{
    private static readonly HtmlParser Parser = new();

    private static IDocument Page(TempDirectory temp, string path) =>
        Parser.ParseDocument(File.ReadAllText(temp.Combine("output", path)));

    private static IEnumerable<string> HtmlFiles(TempDirectory temp) =>
        FixtureSite.Files(temp.Combine("output")).Where(f => f.EndsWith(".html", StringComparison.Ordinal));

    [Fact]
    public void Every_page_of_the_url_scheme_exists()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);

        string[] expected =
        [
            "index.html", "404.html", "issues/index.html", "publications/terrorism-monitor/issues/19-22/index.html",
            "publications/terrorism-monitor/issues/19-21/index.html", "publications/terrorism-monitor/issues/18-23/index.html",
            "publications/terrorism-monitor/index.html", "publications/terrorism-monitor/issues/index.html",
            "publications/terrorism-monitor/feed.xml", "publications/terrorism-monitor/atom.xml", "publications/terrorism-monitor/feed.json",
            "issues/19-22/index.html", "issues/18-23/index.html",
            "authors/index.html", "authors/jacob-zenn/index.html", "authors/jacob-zenn/page/2/index.html", "authors/syed-fazl-e-haider/index.html",
            "tags/index.html", "tags/iraq/index.html", "tags/iraq/page/2/index.html", "tags/drone-warfare/index.html",
            "archive/index.html", "press/index.html", "articles/pakistans-deal-with-tlp/index.html",
            "assets/style.css", "assets/site.js", "assets/favicon.svg",
        ];
        var files = FixtureSite.Files(temp.Combine("output"));
        foreach (var file in expected) Assert.Contains(file, files);
        Assert.DoesNotContain("tags/iraq/page/1/index.html", files);
        Assert.DoesNotContain("tags/unused/index.html", files);
        Assert.DoesNotContain(files, f => f.Contains("tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_has_one_h1_landmarks_and_absolute_canonical()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);

        foreach (var file in HtmlFiles(temp))
        {
            var doc = Page(temp, file);
            Assert.True(doc.QuerySelectorAll("h1").Length == 1, $"{file} should have exactly one h1");
            Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(doc.QuerySelector("meta[charset]"));
            Assert.NotNull(doc.QuerySelector("meta[name=viewport]"));
            Assert.NotNull(doc.QuerySelector("a.skip-link[href='#main']"));
            Assert.NotNull(doc.QuerySelector("main#main"));
            Assert.NotNull(doc.QuerySelector("nav[aria-label=Main]"));
            Assert.NotNull(doc.QuerySelector("body > footer"));
            var canonical = doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            Assert.StartsWith("https://monitor-archive.example.org/", canonical);
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")), file);
            AssertHeadingsInOrder(doc, file);
        }
    }

    private static void AssertHeadingsInOrder(IDocument doc, string file)
    {
        var previous = 0;
        foreach (var heading in doc.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            Assert.True(level <= previous + 1, $"{file}: <{heading.LocalName}> '{heading.TextContent.Trim()}' skips a level after h{previous}");
            previous = level;
        }
    }

    [Fact]
    public void Relative_links_resolve_to_files_that_exist()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);
        var output = temp.Combine("output");
        // Feeds, sitemap and robots.txt are written by the feed writers the lead wires into WriteFeedsAndChecks.
        string[] pendingFeedFiles = [".xml", ".json", ".txt"];

        foreach (var file in HtmlFiles(temp).Where(f => f != "404.html"))
        {
            var doc = Page(temp, file);
            var refs = doc.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => !h.Contains("://", StringComparison.Ordinal) && !h.StartsWith('#'));
            foreach (var href in refs)
            {
                var path = href.Split('#')[0];
                Assert.False(path.StartsWith('/'), $"{file}: link '{href}' is root-relative and breaks from disk");
                if (pendingFeedFiles.Any(path.EndsWith)) continue;
                var target = Path.GetFullPath(Path.Combine(output, Path.GetDirectoryName(file)!, path));
                Assert.True(File.Exists(target), $"{file}: link '{href}' points at a missing file");
            }
        }
    }

    [Fact]
    public void The_404_page_links_absolutely_so_it_works_at_any_depth()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);

        var doc = Page(temp, "404.html");

        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.All(doc.QuerySelectorAll("a[href]:not(.skip-link), link[rel=stylesheet]"),
            a => Assert.StartsWith("https://monitor-archive.example.org/", a.GetAttribute("href")));
    }

    [Fact]
    public void Footnotes_are_unique_and_link_both_ways()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);

        foreach (var file in HtmlFiles(temp))
        {
            var doc = Page(temp, file);
            var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            foreach (var link in doc.QuerySelectorAll("a[href^='#']"))
            {
                var target = link.GetAttribute("href")![1..];
                Assert.True(ids.Contains(target), $"{file}: '#{target}' has no element");
            }
        }

        var article = Page(temp, "articles/togo-suffers-first-al-qaeda-affiliated-jihadist-attack/index.html");
        var refs = article.QuerySelectorAll("a.footnote-ref");
        Assert.Equal(2, refs.Length);
        Assert.Equal("#fn-togo-suffers-first-al-qaeda-affiliated-jihadist-attack-1", refs[0].GetAttribute("href"));
        Assert.NotNull(article.QuerySelector("#fn-togo-suffers-first-al-qaeda-affiliated-jihadist-attack-1 a.footnote-back-ref[href='#fnref-togo-suffers-first-al-qaeda-affiliated-jihadist-attack-1']"));
    }

    [Fact]
    public void Article_page_shows_metadata_links_and_structured_data()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);

        var doc = Page(temp, "articles/iraqs-militias-after-the-elections/index.html");

        Assert.Equal("Iraq's Militias After the Elections", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Jacob Zenn", "Rami Jameel"], doc.QuerySelectorAll(".article-header .byline a").Select(a => a.TextContent));
        Assert.Equal("../../publications/terrorism-monitor/issues/19-21/index.html", doc.QuerySelector(".kicker a")!.GetAttribute("href"));
        Assert.Equal(["Iraq", "Shia Militias"], doc.QuerySelectorAll(".tag-list a").Select(a => a.TextContent));
        Assert.Equal(2, doc.QuerySelectorAll(".author-box").Length);
        Assert.Contains("Georgetown", doc.QuerySelector(".author-box .bio")!.TextContent);
        Assert.Equal("article", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("2021-11-05", doc.QuerySelector("meta[property='article:published_time']")!.GetAttribute("content"));
        Assert.Equal(2, doc.QuerySelectorAll("meta[property='article:author']").Length);
        Assert.Equal("true", doc.QuerySelector("nav[aria-label=Main] a[aria-current]")!.GetAttribute("aria-current"));
        // Provenance stays in the front matter and the import report: the page never names the seed file.
        Assert.DoesNotContain("seeds/", doc.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.EndsWith("min read", doc.QuerySelector(".article-header .reading-time")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Jacob Zenn and Rami Jameel, “Iraq's Militias After the Elections,” Terrorism Monitor 19, no. 21 (",
            doc.QuerySelector(".cite .citation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("cite.bib", doc.QuerySelector(".cite-downloads a[href$='.bib']")!.GetAttribute("href"));
        Assert.StartsWith("@article{iraqs-militias-after-the-elections,", File.ReadAllText(temp.Combine("output", "articles/iraqs-militias-after-the-elections/cite.bib")), StringComparison.Ordinal);
        Assert.StartsWith("TY  - JOUR\r\n", File.ReadAllText(temp.Combine("output", "articles/iraqs-militias-after-the-elections/cite.ris")), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("Article", root.GetProperty("@type").GetString());
        Assert.Equal("Person", root.GetProperty("author")[0].GetProperty("@type").GetString());
        Assert.Equal(21, root.GetProperty("isPartOf").GetProperty("issueNumber").GetInt32());
    }

    [Fact]
    public void Every_page_has_parseable_json_ld()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);
        foreach (var file in HtmlFiles(temp))
        {
            var script = Page(temp, file).QuerySelector("script[type='application/ld+json']");
            Assert.NotNull(script);
            using var json = JsonDocument.Parse(script.TextContent);
            Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        }
    }

    [Fact]
    public void Third_party_pieces_are_badged_attributed_and_kept_out_of_issues()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);
        const string slug = "iraqs-militias-are-testing-their-limits-says-jamestown-analyst";

        foreach (var issue in new[] { "publications/terrorism-monitor/issues/19-22/index.html", "publications/terrorism-monitor/issues/19-21/index.html" })
            Assert.DoesNotContain(Page(temp, issue).QuerySelectorAll("main a"), a => a.GetAttribute("href")!.Contains(slug, StringComparison.Ordinal));

        var article = Page(temp, $"articles/{slug}/index.html");
        Assert.Equal("Arab News", article.QuerySelector(".kicker .badge-press")!.TextContent);
        var original = article.QuerySelector(".original a")!;
        Assert.Equal("https://www.arabnews.com/node/1970000/middle-east", original.GetAttribute("href"));
        Assert.Contains("Originally published by", article.QuerySelector(".original")!.TextContent);
        Assert.Null(article.QuerySelector(".issue-nav"));

        var press = Page(temp, "press/index.html");
        Assert.Contains(press.QuerySelectorAll(".card-title a"), a => a.GetAttribute("href") == $"../articles/{slug}/index.html");
    }

    [Fact]
    public void Issue_page_groups_contents_by_kind_and_links_neighbours()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);

        var doc = Page(temp, "publications/terrorism-monitor/issues/19-22/index.html");

        Assert.Equal("Terrorism Monitor — Volume 19, Issue 22", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Briefs", "Features", "Analysis"], doc.QuerySelectorAll("main h2.section-heading").Select(h => h.TextContent));
        Assert.Equal("../19-21/index.html", doc.QuerySelector(".issue-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(doc.QuerySelector(".issue-nav a[rel=next]"));
    }

    [Fact]
    public void Long_lists_are_paginated_with_stable_urls()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);

        var first = Page(temp, "tags/iraq/index.html");
        var second = Page(temp, "tags/iraq/page/2/index.html");

        Assert.Equal(2, first.QuerySelectorAll(".card").Length);
        Assert.Equal("page/2/index.html", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("../../index.html", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("https://monitor-archive.example.org/tags/iraq/page/2/", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://monitor-archive.example.org/tags/iraq/feed.xml",
            first.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void Home_links_to_every_section_and_the_latest_issue()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);

        var hrefs = Page(temp, "index.html").QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToHashSet();

        foreach (var href in new[] { "publications/terrorism-monitor/issues/19-22/index.html", "publications/terrorism-monitor/index.html", "issues/index.html", "archive/index.html", "authors/index.html", "tags/index.html", "press/index.html", "feed.xml" })
            Assert.Contains(href, hrefs);
    }

    [Fact]
    public void Every_page_is_reachable_from_the_home_page()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);
        var output = temp.Combine("output");

        var seen = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            var file = queue.Dequeue();
            // Links, and the header's search box, whose form leads to the search page.
            var page = Page(temp, file);
            foreach (var href0 in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Concat(page.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!)))
            {
                var href = href0.Split('#')[0];
                if (href.Length == 0 || href.Contains("://", StringComparison.Ordinal) || !href.EndsWith(".html", StringComparison.Ordinal)) continue;
                var target = Path.GetRelativePath(output, Path.GetFullPath(Path.Combine(output, Path.GetDirectoryName(file)!, href))).Replace('\\', '/');
                if (seen.Add(target)) queue.Enqueue(target);
            }
        }

        // The 404 page and the redirects at old addresses are for visitors who arrive from elsewhere (or by an old link in an article).
        bool IsRedirect(string f) => Page(temp, f).QuerySelector("meta[http-equiv=refresh]") is not null;
        Assert.Equal(HtmlFiles(temp).Where(f => f != "404.html" && !IsRedirect(f)), seen.Where(f => !IsRedirect(f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_builds_give_byte_identical_trees()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        FixtureSite.Build(a);
        FixtureSite.Build(b);

        var files = FixtureSite.Files(a.Combine("output"));
        Assert.Equal(files, FixtureSite.Files(b.Combine("output")));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(a.Combine("output", file)).AsSpan().SequenceEqual(File.ReadAllBytes(b.Combine("output", file))), file);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        // Given a good build
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var before = FixtureSite.Files(options.OutputDir).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(options.OutputDir, f)));

        // When an article gains a broken internal link
        temp.Write("input/articles/2020/pakistan-2020.md",
            File.ReadAllText(temp.Combine("input", "articles", "2020", "pakistan-2020.md")) + "\nSee [gone](/articles/no-such-article/).\n");
        var result = SiteBuilder.Build(options);

        // Then the build fails at the link's line and the old site is still there, unchanged
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.BrokenInternalLink, error.Code);
        Assert.EndsWith("articles/2020/pakistan-2020.md", error.Location!.Path);
        Assert.Equal(16, error.Location.Line); // line 16 of the file: 12 lines of front matter, a blank, the text, a blank, the link
        Assert.Equal(before.Keys, FixtureSite.Files(options.OutputDir));
        foreach (var (file, text) in before) Assert.Equal(text, File.ReadAllText(Path.Combine(options.OutputDir, file)));
        Assert.Single(Directory.GetDirectories(temp.Path, "output*"));
    }

    [Fact]
    public void A_template_error_names_the_template_file()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        temp.Write("theme/layouts/tag.sbn-html", "<div>\n{{ if content.tag }}\n<h1>{{ content.tag.name }}</h1>\n");

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.EndsWith("theme/layouts/tag.sbn-html", error.Location!.Path);
        Assert.Equal((2, 4), (error.Location.Line, error.Location.Column));
        Assert.False(Directory.Exists(options.OutputDir));
    }

    [Fact]
    public void A_missing_partial_is_reported_where_it_is_included_before_anything_renders()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        File.Delete(temp.Combine("theme", "partials", "pagination.sbn-html"));

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        var author = Assert.Single(result.Diagnostics, d => d.Location!.Path.EndsWith("layouts/author.sbn-html", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.TemplateMissing, author.Code);
        Assert.Equal((16, 8), (author.Location!.Line, author.Location.Column));
        Assert.Contains("partials/pagination.sbn-html", author.Message);
        Assert.False(Directory.Exists(options.OutputDir));
    }

    [Fact]
    public void A_render_time_error_keeps_the_previous_site_and_names_the_partial_line()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var before = File.ReadAllText(Path.Combine(options.OutputDir, "index.html"));
        var card = temp.Combine("theme", "partials", "article-card.sbn-html");
        File.WriteAllText(card, File.ReadAllText(card).Replace("{{ card.title }}", "{{ card.titel }}", StringComparison.Ordinal));

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => !LikelyMistakes.Is(d));
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.Matches(@"^template failed while rendering /\S* and \d+ other pages: ", error.Message);
        Assert.EndsWith("theme/partials/article-card.sbn-html", error.Location!.Path);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal(before, File.ReadAllText(Path.Combine(options.OutputDir, "index.html")));
        Assert.Single(Directory.GetDirectories(temp.Path, "output*"));
    }

    [Fact]
    public void A_missing_layout_is_reported_with_the_expected_path()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        File.Delete(temp.Combine("theme", "layouts", "press.sbn-html"));

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.TemplateMissing, error.Code);
        Assert.EndsWith("theme/layouts/press.sbn-html", error.Location!.Path);
    }

    [Fact]
    public void Refuses_to_replace_a_folder_that_is_not_a_site()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("output/precious.txt", "do not delete");

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.OutputNotASite, Assert.Single(result.Diagnostics, d => !LikelyMistakes.Is(d)).Code);
        Assert.True(File.Exists(temp.Combine("output", "precious.txt")));
    }
}
