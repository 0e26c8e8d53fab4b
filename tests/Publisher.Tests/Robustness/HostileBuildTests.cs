using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Robustness;

/// <summary>Hostile input/ files through the whole build: diagnostics with file and line, never an exception, never a file outside output/.</summary>
public class HostileBuildTests
{
    private static readonly (string Name, string FrontMatter, string Code)[] BrokenFrontMatter =
    [
        ("list", "- title\n- date", DiagnosticCodes.FrontMatterInvalid),
        ("scalar", "just words", DiagnosticCodes.FrontMatterInvalid),
        ("unclosed", "title: [Unclosed\ndate: {2021", DiagnosticCodes.FrontMatterInvalid),
        ("title-list", "title: [a, b]\ndate: 2021-01-01", DiagnosticCodes.RequiredFieldMissing),
        ("title-mapping", "title: {a: b}\ndate: 2021-01-01", DiagnosticCodes.RequiredFieldMissing),
        ("date-impossible", "title: Bad Date\ndate: 2021-02-30", DiagnosticCodes.RequiredFieldMissing),
        ("date-five-digits", "title: Bad Date\ndate: 12021-01-01", DiagnosticCodes.RequiredFieldMissing),
        ("date-list", "title: Bad Date\ndate: [2021-01-01]", DiagnosticCodes.RequiredFieldMissing),
        ("date-empty", "title: Bad Date\ndate:", DiagnosticCodes.RequiredFieldMissing),
    ];

    [Fact]
    public void Broken_front_matter_fails_the_build_at_each_file_and_line()
    {
        using var site = new HostileBuild();
        foreach (var (name, frontMatter, _) in BrokenFrontMatter) site.Article(name, frontMatter);

        var result = site.BuildSafely();

        Assert.False(result.Succeeded);
        foreach (var (name, _, code) in BrokenFrontMatter)
            Assert.True(result.Diagnostics.Any(d => d.Severity == Severity.Error && d.Code == code && d.Location is { Line: >= 2 } l
                    && l.Path.EndsWith($"articles/hostile/{name}.md", StringComparison.Ordinal)),
                $"no {code} error at {name}.md: {HostileBuild.Errors(result)}");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Dates_at_the_ends_of_the_calendar_build()
    {
        string[] dates = ["0001-01-01", "9999-12-31", "1900-02-28"];
        using var site = new HostileBuild();
        foreach (var date in dates)
            site.Article(date, $"title: Edge of Time {date}\ndate: {date}\ntags: [Edge]\nauthors: [Time Keeper]");

        var result = site.BuildSafely();

        Assert.True(result.Succeeded, HostileBuild.Errors(result));
        foreach (var date in dates)
            Assert.Contains(date, site.Page($"articles/edge-of-time-{date}/index.html"), StringComparison.Ordinal);
    }

    private static readonly string[] TraversalSlugs = ["../../escaped-a", "/etc/escaped-b", "C:\\escaped-c", "%2e%2e%2fescaped-d", "..", "..\\..\\escaped-e"];

    [Fact]
    public void Traversal_slugs_never_write_outside_the_output_folder()
    {
        using var site = new HostileBuild();
        var tags = File.ReadAllText(Path.Combine(Build.FixtureSite.FixtureInput, "tags.yml"));
        for (var i = 0; i < TraversalSlugs.Length; i++)
        {
            var slug = TraversalSlugs[i];
            site.Article($"traversal-{i}", $"title: Traversal {i}\nslug: '{slug}'\ndate: 2021-01-01\ntags: [Escape {i}]\nauthors: [Esc Aper {i}]")
                .Input($"authors/esc-aper-{i}.md", $"---\nname: Esc Aper {i}\nslug: '{slug}'\n---\n\nBio.\n");
            tags += $"\n  - name: Escape {i}\n    slug: '{slug}'\n";
        }
        site.Input("tags.yml", tags);

        var result = site.BuildSafely();

        Assert.True(result.Succeeded, HostileBuild.Errors(result));
        for (var i = 0; i < TraversalSlugs.Length; i++)
        {
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SlugInvalid && d.Location!.Path.EndsWith($"traversal-{i}.md", StringComparison.Ordinal) && d.Location.Line >= 2);
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SlugInvalid && d.Location!.Path.EndsWith($"authors/esc-aper-{i}.md", StringComparison.Ordinal) && d.Location.Line == 3);
        }
        Assert.Equal(TraversalSlugs.Length, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.SlugInvalid && d.Location!.Path.EndsWith("tags.yml", StringComparison.Ordinal) && d.Location.Line > 1));
        Assert.All(site.OutputFiles(), f => Assert.DoesNotContain("..", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Slugs_differing_only_in_case_are_one_slug_and_a_duplicate_error()
    {
        // On a case-insensitive disk tags/A/ and tags/a/ would be one folder: slugs are lower-cased, so the clash is reported.
        using var site = new HostileBuild()
            .Article("upper", "title: Upper\nslug: A\ndate: 2021-01-01")
            .Article("lower", "title: Lower\nslug: a\ndate: 2021-01-02");

        var result = site.BuildSafely();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SlugInvalid && d.Location!.Path.EndsWith("hostile/upper.md", StringComparison.Ordinal) && d.Location.Line >= 2);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug && d.Location!.Path.EndsWith("hostile/upper.md", StringComparison.Ordinal) && d.Location.Line >= 2);
    }

    [Fact]
    public void Author_profiles_whose_slugs_differ_only_in_case_are_reported()
    {
        using var site = new HostileBuild()
            .Input("authors/Case-Person.md", "---\nname: Case Person\n---\n\nUpper.\n")
            .Input("authors/case-person.md", "---\nname: Case Person Too\n---\n\nLower.\n")
            .Article("cased", "title: Cased\ndate: 2021-01-01\nauthors: [Case Person]");

        var result = site.BuildSafely();

        Assert.True(result.Succeeded, HostileBuild.Errors(result));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SlugInvalid && d.Location!.Path.EndsWith("authors/Case-Person.md", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateAuthor);
        Assert.Single(site.OutputFiles(), f => f.Equals("authors/case-person/index.html", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Front_matter_text_is_escaped_in_pages_json_ld_and_feeds()
    {
        const string title = "<script>alert(1)</script> \"Quotes\" & 'apostrophes' </title><!-- {{title}}";
        using var site = new HostileBuild().Article("xss",
            "title: '<script>alert(1)</script> \"Quotes\" & ''apostrophes'' </title><!-- {{title}}'\nslug: xss\ndate: 2030-01-01\n"
            + "summary: '<img src=x onerror=alert(2)> </script>'\ntags: ['<b>Bold tag</b>']\nauthors: ['<i>Eve</i> </script>']",
            "Body with <script>alert('raw')</script> raw HTML, which editors own.");

        var result = site.BuildSafely();

        Assert.True(result.Succeeded, HostileBuild.Errors(result));
        var parser = new HtmlParser();
        foreach (var page in new[] { "articles/xss/index.html", "index.html", "archive/index.html", "tags/b-bold-tag-b/index.html", "authors/i-eve-i-script/index.html" })
        {
            var html = site.Page(page);
            var doc = parser.ParseDocument(html);
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>Bold", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<i>Eve", html, StringComparison.Ordinal);
            // Every script element is the theme's own or JSON-LD that parses, so nothing broke out of one.
            foreach (var script in doc.QuerySelectorAll("script"))
            {
                if (script.GetAttribute("type") == "application/ld+json") JsonDocument.Parse(script.TextContent).Dispose();
                else Assert.DoesNotContain("alert(1)", script.TextContent, StringComparison.Ordinal);
            }
        }
        var article = parser.ParseDocument(site.Page("articles/xss/index.html"));
        Assert.Equal(title, article.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(title, article.Title, StringComparison.Ordinal);
        var jsonLd = article.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).ToList();
        Assert.Contains(jsonLd, j => j.Contains("alert(1)", StringComparison.Ordinal) && !j.Contains("</", StringComparison.Ordinal));
        Assert.Contains("<script>alert('raw')</script>", site.Page("articles/xss/index.html"), StringComparison.Ordinal);

        foreach (var feed in new[] { "feed.xml", "atom.xml", "tags/b-bold-tag-b/feed.xml" })
        {
            var xml = XDocument.Parse(site.Page(feed));
            Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "title" && e.Value == title);
        }
        using var json = JsonDocument.Parse(site.Page("feed.json"));
        Assert.Contains(json.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == title);
    }

    [Fact]
    public void An_unpaired_surrogate_escape_in_front_matter_is_an_error_at_its_line()
    {
        // Half a character cannot be slugged or written as UTF-8; YamlDotNet refuses it, and the build says where.
        using var site = new HostileBuild().Article("surrogate", "title: \"Half \\uD800 a character\"\ndate: 2021-01-01");

        var result = site.BuildSafely();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterInvalid && d.Location!.Path.EndsWith("surrogate.md", StringComparison.Ordinal) && d.Location.Line == 2);
    }

    [Fact]
    public void A_ten_thousand_character_title_builds_with_a_short_folder_name()
    {
        var title = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"Word{i % 10}xyz"))[..10_000];
        using var site = new HostileBuild().Article("long", $"title: {title}\ndate: 2021-01-01\ntags: [{title[..300]}]\nauthors: [{title[..200]}]");

        var result = site.BuildSafely();

        Assert.True(result.Succeeded, HostileBuild.Errors(result));
        Assert.All(site.OutputFiles(), f => Assert.All(f.Split('/'), part => Assert.True(part.Length <= 80, part)));
        Assert.Contains(title, site.Page("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_look_like_site_files_get_their_own_pages()
    {
        using var site = new HostileBuild()
            .Article("index", "title: index\ndate: 2021-01-01\ntags: [index, page, feed.xml]\nauthors: [feed.xml, index.html]")
            .Article("page", "title: page\ndate: 2021-01-02\ntags: [page]\nauthors: [page]")
            .Article("page2", "title: Page Two\ndate: 2021-01-03\ntags: [page]\nauthors: [page]")
            .Article("page3", "title: Page Three\ndate: 2021-01-04\ntags: [page]\nauthors: [page]");

        var result = site.BuildSafely();

        Assert.True(result.Succeeded, HostileBuild.Errors(result));
        var files = site.OutputFiles();
        foreach (var file in new[]
                 {
                     "articles/index/index.html", "articles/page/index.html", "tags/index/index.html", "tags/page/index.html", "tags/page/page/2/index.html",
                     "tags/feed-xml/index.html", "authors/feed-xml/index.html", "authors/index-html/index.html", "authors/page/page/2/index.html",
                     "tags/index.html", "authors/index.html", "feed.xml",
                 })
            Assert.Contains(file, files);
        Assert.Contains("<rss", site.Page("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_and_authors_that_slug_alike_share_one_page()
    {
        // Decision: names that slug alike are spellings of one tag or author ("José Pérez" / "Jose Perez"), so they share
        // a page under the most used spelling rather than overwrite each other's files.
        using var site = new HostileBuild()
            .Article("spelling-1", "title: Spelling One\ndate: 2021-01-01\ntags: [Sahel Watch]\nauthors: [José Pérez]")
            .Article("spelling-2", "title: Spelling Two\ndate: 2021-01-02\ntags: [sahel-watch]\nauthors: [Jose Perez]")
            .Article("spelling-3", "title: Spelling Three\ndate: 2021-01-03\ntags: [SAHEL WATCH!]\nauthors: [José Pérez]");

        var result = site.BuildSafely();

        Assert.True(result.Succeeded, HostileBuild.Errors(result));
        // The fixture lists two articles a page: the three articles fill the first page and one more.
        int Cards(string list) => new[] { $"{list}/index.html", $"{list}/page/2/index.html" }
            .Sum(page => new HtmlParser().ParseDocument(site.Page(page)).QuerySelectorAll("article.card").Length);
        Assert.Equal(3, Cards("tags/sahel-watch"));
        Assert.Equal(3, Cards("authors/jose-perez"));
        Assert.Single(site.OutputFiles(), f => f.StartsWith("tags/sahel", StringComparison.Ordinal) && f.EndsWith("feed.xml", StringComparison.Ordinal));
        Assert.Equal("José Pérez", new HtmlParser().ParseDocument(site.Page("authors/jose-perez/index.html")).QuerySelector("h1")!.TextContent.Trim());
    }
}
