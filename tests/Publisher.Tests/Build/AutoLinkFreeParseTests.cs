using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Build;

namespace Publisher.Tests.Build;

/// <summary>
/// A body is parsed without the autolinks extension unless its literal text could hold an autolink
/// (<see cref="ArticleMarkdown.Tree"/>): the tree must render as the full pipeline's does, byte for byte, whatever the body holds.
/// </summary>
public class AutoLinkFreeParseTests
{
    private static string Html(MarkdownDocument document)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        ArticleMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string Text(MarkdownDocument document) =>
        string.Join("|", document.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    public static TheoryData<string, bool> Bodies() => new()
    {
        // (body, whether an autolink is possible in it)
        { "Plain prose about the harbour, the ministry and the mayor: what they said, and when.", false },
        { "The [ministry's statement](https://www.example.org/statements/7) said so.", false },
        { "An image ![map](https://maps.example/m.png \"Map\") and a [reference][r].\n\n[r]: https://example.org/r\n", false },
        { "Code `https://example.org/` and\n\n```\nhttp://x.example/\n```\n", false },
        { "<a href=\"http://example.org/\">raw</a> and <span>x</span> in HTML.", false },
        // Text between raw tags is literal text: the check cannot tell that '>' before it rules an autolink out.
        { "<span>www.example.org</span> in HTML.", true },
        { "An angle autolink <https://example.org/> and <mailto:a@example.org>.", false },
        { "A bare URL https://example.org/a/b?c=d in the text.", true },
        { "Shouting HTTP://EXAMPLE.ORG/ and ftp://files.example/x.", true },
        { "See www.example.org, or WWW.EXAMPLE.ORG.", true },
        { "Write to mailto:editor@example.org or call tel:+15551234.", true },
        { "In brackets (https://example.org/x) and *https://example.org/y* emphasised.", true },
        { "A broken [link](https://example.org/x without its parenthesis.", true },
        { "Link text that is a URL: [https://example.org/](https://example.org/).", true },
        { "Not links: http:/example.org, nhttp://x.example, www. alone, tel: alone, a.b:c.", true },
        { "A table:\n\n| a | b |\n|---|---|\n| https://example.org/ | www.example.org |\n", true },
        { "A note.[^1]\n\n[^1]: Source: https://example.org/source.\n", true },
        { "# Heading with www.example.org\n\nText.", true },
        { "Escaped http:\\/\\/example.org and h\\ttp://example.org.", true },
        { "Term\n:   Definition with https://example.org/ inside.\n", true },
        { "^^^ Figure\n![x](/a.png)\n^^^ Caption www.example.org\n", true },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_tree_renders_as_the_full_pipelines_does(string body, bool mayHoldAutoLink)
    {
        var full = Markdown.Parse(body, ArticleMarkdown.Pipeline);
        var tree = ArticleMarkdown.Tree(body);
        Assert.Equal(Html(full), Html(tree));
        Assert.Equal(Text(full).Replace("|", ""), Text(tree).Replace("|", ""));
        Assert.Equal(mayHoldAutoLink, ArticleMarkdown.MayHoldAutoLink(Markdown.Parse(body, ArticleMarkdown.WithoutAutoLinks)));
    }

    [Fact]
    public void A_bare_url_is_still_a_link()
    {
        var html = Html(ArticleMarkdown.Tree("See https://example.org/a for more."));
        Assert.Contains("<a href=\"https://example.org/a\">https://example.org/a</a>", html);
    }
}
