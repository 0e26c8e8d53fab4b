using Publisher.Core.Build;
using Publisher.Core.Model;

namespace Publisher.Tests.Build;

public class ArticleMarkdownTests
{
    private static Article Article(string body, int bodyStartLine = 10) => new()
    {
        Slug = "togo",
        Title = "Togo",
        Date = new DateOnly(2021, 11, 19),
        Publication = "Terrorism Monitor",
        PublicationSlug = "monitor",
        Kind = "brief",
        Body = body,
        SourcePath = "input/articles/togo.md",
        BodyStartLine = bodyStartLine,
    };

    private static readonly Permalinks Links = new("https://example.org/");

    [Fact]
    public void An_outlet_link_import_put_in_place_of_a_missing_citation_link_gets_its_class_and_title()
    {
        var parsed = ArticleMarkdown.Parse(Article($"The mayor denied it ({OutletLink.Markdown("Harbour Post", "https://harbourpost.example/")}, May 2) "
            + "and [a real source](https://harbourpost.example/2021/05/02/mayor) agreed."));

        var html = ArticleMarkdown.Render(parsed, LinkContext.From(Links, "/articles/togo/"));

        Assert.Contains("<a href=\"https://harbourpost.example/\" class=\"outlet-link\" title=\"Outlet home page (the original link was missing)\">Harbour Post</a>", html);
        Assert.Contains("<a href=\"https://harbourpost.example/2021/05/02/mayor\">a real source</a>", html);
    }

    [Fact]
    public void Footnote_ids_carry_the_article_slug_and_back_links_match()
    {
        var parsed = ArticleMarkdown.Parse(Article("Text.[^1]\n\n[^1]: The note.\n"));

        var html = ArticleMarkdown.Render(parsed, LinkContext.From(Links, "/articles/togo/"));

        Assert.Contains("id=\"fnref-togo-1\" href=\"#fn-togo-1\"", html);
        Assert.Contains("<li id=\"fn-togo-1\">", html);
        Assert.Contains("href=\"#fnref-togo-1\" class=\"footnote-back-ref\"", html);
        Assert.DoesNotContain("fn:", html);
    }

    [Fact]
    public void Two_bodies_on_one_page_have_distinct_footnote_ids_and_every_link_lands_in_its_own_article()
    {
        // No page of the site shows two bodies today, but feed readers do, and a theme may (an issue page with full text).
        var togo = ArticleMarkdown.Parse(Article("Togo.[^1] More.[^2]\n\n[^1]: Togo note.\n[^2]: Second.\n"));
        var other = ArticleMarkdown.Parse(Article("Iraq.[^1]\n\n[^1]: Iraq note.\n") with { Slug = "iraq" });
        var links = LinkContext.From(Links, "/issues/19-22/");
        var html = $"<article id=\"a\">{ArticleMarkdown.Render(togo, links)}</article><article id=\"b\">{ArticleMarkdown.Render(other, links)}</article>";

        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
        var fragments = doc.QuerySelectorAll("a[href^='#']").ToList();
        Assert.Equal(6, fragments.Count);
        foreach (var link in fragments)
        {
            var target = doc.GetElementById(link.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            Assert.Equal(link.Closest("article")!.Id, target.Closest("article")!.Id);
        }
    }

    [Fact]
    public void Root_relative_links_become_relative_file_links_or_absolute_urls()
    {
        var parsed = ArticleMarkdown.Parse(Article("See [the other](/articles/other) and [issue](/issues/19-22/#top) and [web](https://dw.com/)."));

        var onPage = ArticleMarkdown.Render(parsed, LinkContext.From(Links, "/articles/togo/"));
        var inFeed = ArticleMarkdown.Render(parsed, LinkContext.AbsoluteFor(Links));

        Assert.Contains("href=\"../other/index.html\"", onPage);
        Assert.Contains("href=\"../../issues/19-22/index.html#top\"", onPage);
        Assert.Contains("href=\"https://dw.com/\"", onPage);
        Assert.Contains("href=\"https://example.org/articles/other/\"", inFeed);
    }

    [Fact]
    public void Root_links_are_recorded_with_their_one_based_file_line()
    {
        // Given a body starting on file line 10 whose link is on its third line
        var parsed = ArticleMarkdown.Parse(Article("First paragraph.\n\nSee [x](/articles/missing/).\n"));

        var (url, location) = Assert.Single(parsed.RootLinks);

        Assert.Equal("/articles/missing/", url);
        Assert.Equal("input/articles/togo.md", location.Path);
        Assert.Equal(12, location.Line);
    }

    [Fact]
    public void Body_headings_are_shifted_below_the_page_title()
    {
        var parsed = ArticleMarkdown.Parse(Article("# Part\n\ntext\n\n## Sub\n"));
        var html = ArticleMarkdown.Render(parsed, LinkContext.From(Links, "/articles/togo/"));
        Assert.Contains("<h2 id=\"part\">Part</h2>", html);
        Assert.Contains("<h3 id=\"sub\">Sub</h3>", html);
        Assert.DoesNotContain("<h1", html);
    }

    [Fact]
    public void Description_is_the_first_paragraph_without_footnote_markers()
    {
        var parsed = ArticleMarkdown.Parse(Article("On *November 11*, Togo\nannounced an attack.[^1]\n\nMore.\n\n[^1]: Note."));
        Assert.Equal("On November 11, Togo announced an attack.", parsed.Description);
    }
}
