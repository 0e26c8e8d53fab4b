using System.Text.Json;
using AngleSharp.Html.Parser;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// Issue 10: <c>draft: true</c> articles (left out unless <c>--drafts</c>), <c>aliases</c> (redirect pages at an
/// article's earlier addresses), <c>updated</c> (feeds' and pages' last change) and site.yml's <c>kinds</c>.
/// </summary>
public class DraftsAndAliasesTests
{
    private static readonly HtmlParser Parser = new();

    private const string DraftArticle =
        "---\ntitle: An Unfinished Survey of River Ports\ndraft: true\nslug: river-ports\nauthors:\n- Rami Jameel\ndate: 2021-06-01\n"
        + "kind: analysis\nsummary: Not ready yet.\ntags:\n- Iraq\n---\n\nThe survey is not finished.\n";

    private static string Published(string title, string slug, string extra = "", string body = "Body.") =>
        $"---\ntitle: {title}\nslug: {slug}\n{extra}authors:\n- Rami Jameel\ndate: 2021-06-02\nkind: analysis\nsummary: A summary.\ntags:\n- Iraq\n---\n\n{body}\n";

    private static (BuildResult Result, BuildOptions Options) Build(TempDirectory temp, bool drafts, params (string Path, string Text)[] articles)
    {
        var options = FixtureSite.Prepare(temp) with { Drafts = drafts };
        foreach (var (path, text) in articles) temp.Write("input/articles/" + path, text);
        return (SiteBuilder.Build(options), options);
    }

    private static string Output(TempDirectory temp, string path) => File.ReadAllText(temp.Combine("output", path));

    [Fact]
    public void A_draft_is_left_out_of_every_page_feed_and_the_sitemap()
    {
        using var temp = new TempDirectory();
        var (result, _) = Build(temp, drafts: false, ("t/draft.md", DraftArticle));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(File.Exists(temp.Combine("output", "articles", "river-ports", "index.html")));
        foreach (var file in FixtureSite.Files(temp.Combine("output")).Where(f => f.EndsWith(".html", StringComparison.Ordinal)
                     || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
        {
            var text = Output(temp, file);
            Assert.DoesNotContain("river-ports", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Unfinished Survey", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void With_drafts_a_draft_is_built_marked_and_not_indexed()
    {
        using var temp = new TempDirectory();
        var (result, _) = Build(temp, drafts: true, ("t/draft.md", DraftArticle));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Parser.ParseDocument(Output(temp, "articles/river-ports/index.html"));
        Assert.Equal("Draft", page.QuerySelector("article.article .badge-draft")?.TextContent);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains("river-ports", Output(temp, "feed.xml"), StringComparison.Ordinal);
        var archive = Parser.ParseDocument(Output(temp, "archive/index.html"));
        Assert.Contains(archive.QuerySelectorAll(".badge-draft"), b => b.TextContent == "Draft");

        // Published pages are not marked.
        var published = Parser.ParseDocument(Output(temp, "articles/pakistans-deal-with-tlp/index.html"));
        Assert.Null(published.QuerySelector("article.article > header .badge-draft"));
        Assert.Null(published.QuerySelector("meta[name=robots]"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_published_article_linking_to_a_draft_is_a_warning_at_the_link(bool drafts)
    {
        using var temp = new TempDirectory();
        var (result, options) = Build(temp, drafts, ("t/draft.md", DraftArticle),
            ("t/linker.md", Published("Barges on the Lower River", "barges", body: "Body.\n\nSee [the survey](/articles/river-ports/).")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LinkToDraft);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("articles/t/linker.md", warning.Location!.Path);
        Assert.Equal(15, warning.Location.Line);
        Assert.Contains("without --drafts", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.LinkTargetMissing or DiagnosticCodes.BrokenInternalLink);
        Assert.Equal(drafts, File.Exists(Path.Combine(options.OutputDir, "articles", "river-ports", "index.html")));
    }

    [Fact]
    public void A_draft_linking_to_a_draft_is_not_warned_about()
    {
        using var temp = new TempDirectory();
        var (result, _) = Build(temp, drafts: true, ("t/draft.md", DraftArticle),
            ("t/other.md", Published("A Second Draft", "second-draft", extra: "draft: true\n", body: "See [the survey](/articles/river-ports/).")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.LinkToDraft);
    }

    [Fact]
    public void Check_with_drafts_checks_the_draft_too()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/t/draft.md", DraftArticle + "\nSee [gone](/articles/no-such-article/).\n");

        Assert.True(SiteBuilder.Check(options).Succeeded);
        var withDrafts = SiteBuilder.Check(options with { Drafts = true });
        Assert.False(withDrafts.Succeeded);
        Assert.Contains(withDrafts.Diagnostics, d => d.Code == DiagnosticCodes.BrokenInternalLink);
    }

    [Fact]
    public void An_alias_is_a_redirect_page_to_the_article_kept_out_of_feeds_and_the_sitemap()
    {
        using var temp = new TempDirectory();
        var (result, _) = Build(temp, drafts: false,
            ("t/renamed.md", Published("Barges on the Lower River", "barges", extra: "aliases:\n- articles/old-barges/\n- /2019/barges.html\n")),
            ("t/linker.md", Published("Ferries", "ferries", body: "See [the barges](/articles/old-barges/).")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var redirect = Parser.ParseDocument(Output(temp, "articles/old-barges/index.html"));
        Assert.Equal("0; url=../barges/index.html", redirect.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("https://monitor-archive.example.org/articles/barges/", redirect.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("noindex", redirect.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("../barges/index.html", redirect.QuerySelector("main a[href='../barges/index.html']")?.GetAttribute("href"));
        Assert.Contains("Barges on the Lower River", redirect.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("output", "2019", "barges.html")));

        Assert.DoesNotContain("old-barges", Output(temp, "sitemap.xml"), StringComparison.Ordinal);
        // (The other article's link to the old address is in the feeds' content; no feed has an item of its own for it.)
        foreach (var file in new[] { "sitemap.xml", "feed.xml", "atom.xml", "feed.json" })
            Assert.DoesNotContain("2019/barges", Output(temp, file), StringComparison.Ordinal);
        Assert.Single(JsonDocument.Parse(Output(temp, "feed.json")).RootElement.GetProperty("items").EnumerateArray(),
            i => i.GetProperty("title").GetString() == "Barges on the Lower River");
    }

    [Fact]
    public void An_alias_at_a_real_page_or_another_alias_is_an_error_at_the_alias()
    {
        using var temp = new TempDirectory();
        var (result, _) = Build(temp, drafts: false,
            ("t/a.md", Published("Barges on the Lower River", "barges", extra: "aliases:\n- articles/pakistans-deal-with-tlp/\n- old/shared/\n")),
            ("t/b.md", Published("Ferries", "ferries", extra: "aliases:\n- old/shared/\n")));

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.OutputPathCollision).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Location!.Path.EndsWith("articles/t/a.md", StringComparison.Ordinal) && e.Location.Line == 5
            && e.Message.Contains("the article page /articles/pakistans-deal-with-tlp/", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("the alias /old/shared/ would be written to 'old/shared/index.html', where the alias /old/shared/ is already written", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://elsewhere.example.com/articles/x/", "full web address")]
    [InlineData("articles/x/#part", "'#' or '?'")]
    [InlineData("../x/", "'.' or '..'")]
    [InlineData("/", "home page")]
    [InlineData("articles/barges/", "own address")]
    public void An_alias_that_cannot_be_a_redirect_is_a_warning_and_ignored(string alias, string reason)
    {
        using var temp = new TempDirectory();
        var (result, _) = Build(temp, drafts: false, ("t/a.md", Published("Barges on the Lower River", "barges", extra: $"aliases:\n- '{alias}'\n")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AliasInvalid);
        Assert.Contains(reason, warning.Message, StringComparison.Ordinal);
        Assert.Equal(5, warning.Location!.Line);
    }

    [Fact]
    public void Updated_dates_feed_items_and_the_feed_and_shows_on_the_page()
    {
        using var temp = new TempDirectory();
        // An old article changed recently: the feeds' own updated is its change, not the newest article's date.
        var (result, _) = Build(temp, drafts: false,
            ("t/a.md", Published("Barges on the Lower River", "barges", extra: "updated: 2022-03-04T10:30:00Z\n")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var atom = Output(temp, "atom.xml");
        Assert.Contains("<updated>2022-03-04T10:30:00Z</updated>", atom[..atom.IndexOf("<entry>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("<published>2021-06-02T00:00:00Z</published>\n    <updated>2022-03-04T10:30:00Z</updated>", atom.Replace("\r", ""), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(Output(temp, "feed.json"));
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("url").GetString()!.EndsWith("/barges/", StringComparison.Ordinal));
        Assert.Equal("2022-03-04T10:30:00Z", item.GetProperty("date_modified").GetString());
        var other = json.RootElement.GetProperty("items").EnumerateArray().First(i => !i.GetProperty("url").GetString()!.EndsWith("/barges/", StringComparison.Ordinal));
        Assert.Equal(other.GetProperty("date_published").GetString(), other.GetProperty("date_modified").GetString());

        var page = Parser.ParseDocument(Output(temp, "articles/barges/index.html"));
        var time = page.QuerySelectorAll(".byline time").Last();
        Assert.Equal("2022-03-04T10:30:00Z", time.GetAttribute("datetime"));
        Assert.Contains("Updated 4 March 2022", page.QuerySelector(".article-header .byline")!.TextContent, StringComparison.Ordinal);
        using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("2022-03-04T10:30:00Z", ld.RootElement.GetProperty("dateModified").GetString());
        Assert.Contains("<lastmod>2022-03-04</lastmod>", Output(temp, "sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Updated_before_the_date_is_a_warning_at_its_line()
    {
        using var temp = new TempDirectory();
        var (result, _) = Build(temp, drafts: false, ("t/a.md", Published("Barges on the Lower River", "barges", extra: "updated: 2020-01-01\n")));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UpdatedBeforeDate);
        Assert.Equal(4, warning.Location!.Line);
        Assert.Contains("before the article's date 2021-06-02", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_site_yml_lists_is_known()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        temp.Write("input/articles/t/diary.md", Published("Notes from the Delta", "delta-notes").Replace("kind: analysis", "kind: field diary"));
        temp.Write("input/articles/t/other.md", Published("Notes from the Hills", "hill-notes").Replace("kind: analysis", "kind: travelogue"));
        File.AppendAllText(temp.Combine("input", "site.yml"), "kinds:\n  - Field Diary\n");

        var result = SiteBuilder.Check(options);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.KindUnknown);
        Assert.EndsWith("articles/t/other.md", warning.Location!.Path);
        Assert.Contains("field diary", warning.Message, StringComparison.Ordinal);
        Assert.Contains("site.yml's 'kinds'", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
    }
}
