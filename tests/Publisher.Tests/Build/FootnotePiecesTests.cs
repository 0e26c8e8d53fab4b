using Markdig.Renderers;
using Publisher.Core.Build;
using Publisher.Core.Model;

namespace Publisher.Tests.Build;

/// <summary>
/// <see cref="ArticleMarkdown.Render"/> rewrites only the footnotes' pieces of a body's HTML (FootnotePieces.cs): its
/// output must be what rewriting the whole HTML gave, byte for byte, whatever the body holds.
/// </summary>
public class FootnotePiecesTests
{
    private static readonly Permalinks Links = new("https://example.org/");

    private static Article Article(string body, string slug = "togo") => new()
    {
        Slug = slug,
        Title = "Togo",
        Date = new DateOnly(2021, 11, 19),
        Publication = "Terrorism Monitor",
        PublicationSlug = "monitor",
        Kind = "brief",
        Body = body,
        SourcePath = "input/articles/togo.md",
        BodyStartLine = 10,
    };

    /// <summary>The render before FootnotePieces: Markdig's HTML whole, then the footnote rewrite over all of it.</summary>
    private static string WholeRewrite(Article article, LinkContext links)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => ArticleMarkdown.IsRootRelative(url) ? links.Href(Permalinks.Normalize(url)) : url,
        };
        ArticleMarkdown.Pipeline.Setup(renderer);
        renderer.Render(ArticleMarkdown.Document(article));
        writer.Flush();
        return ArticleMarkdown.PrefixFootnotes(writer.ToString(), article.Slug);
    }

    public static TheoryData<string> Bodies() => new()
    {
        "No notes at all, a [link](/articles/other/) and *emphasis*.",
        "Text.[^1]\n\n[^1]: The note.\n",
        "One.[^a] Two.[^b] One again.[^a]\n\n[^a]: First, with a [link](/articles/x/#y).\n[^b]: Second, *emphasised*.\n",
        "## A heading\n\nText[^1] and a table:\n\n| a | b |\n|---|---|\n| x[^2] | y |\n\n[^1]: Note one.\n[^2]: Note two.\n",
        "- a list[^1]\n- with notes[^2]\n\n> quoted[^3]\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n",
        // What the old rewrite changed outside the footnotes: the result must change it too.
        "A link [to the note](#fn:1) by hand.[^1]\n\n[^1]: The note.\n",
        "A link [back](#fnref:1) by hand.[^1]\n\n[^1]: The note.\n",
        "<div id=\"fn:9\">raw</div>\n\nText.[^1]\n\n[^1]: The note.\n",
        "<div class=\"footnotes\">raw group</div>\n\nText.[^1]\n\n[^1]: The note.\n",
        "<a class=\"footnote-back-ref\" href=\"#x\">raw</a>\n\nText.[^1]\n\n[^1]: The note.\n",
        "Inline <span id=\"fnref:2\">raw</span> HTML.[^1]\n\n[^1]: The note.\n",
        "A note whose text says fn:1.[^1]\n\n[^1]: See fn:1 and fnref:2 in the text.\n",
        "Raw only: <a href=\"#fn:1\">x</a> and no notes.",
        "`id=\"fn:1\"` in code.[^1]\n\n```\n<li id=\"fn:1\">\n```\n\n[^1]: Note with `code`.\n",
        "A note that is long.[^long]\n\n[^long]: First paragraph.\n\n    Second paragraph of the note, with [a link](https://example.com/).\n",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Rendering_rewrites_the_footnotes_as_rewriting_the_whole_html_did(string body)
    {
        foreach (var (slug, links) in new[] { ("togo", LinkContext.From(Links, "/articles/togo/")), ("fn-1", LinkContext.AbsoluteFor(Links)) })
        {
            var article = Article(body, slug);
            Assert.Equal(WholeRewrite(article, links), ArticleMarkdown.Render(ArticleMarkdown.Parse(article), links));
        }
    }

    [Fact]
    public void A_body_with_notes_gets_prefixed_ids_labelled_back_links_and_the_endnotes_role()
    {
        var html = ArticleMarkdown.Render(ArticleMarkdown.Parse(Article("Text.[^1] More.[^1]\n\n[^1]: The note.\n")), LinkContext.From(Links, "/articles/togo/"));
        Assert.Contains("id=\"fnref-togo-1\"", html);
        Assert.Contains("href=\"#fn-togo-1\"", html);
        Assert.Contains("<li id=\"fn-togo-1\">", html);
        Assert.Contains("class=\"footnote-back-ref\" aria-label=\"Back to the text\"", html);
        Assert.Contains("<div class=\"footnotes\" role=\"doc-endnotes\">", html);
        Assert.DoesNotContain("fn:", html);
    }
}
