using AngleSharp.Dom;

namespace Publisher.Core.Import.Originals.Html;

/// <summary>
/// The element that holds a page's article, by what the page itself marks: <c>itemprop=articleBody</c>, the
/// <c>&lt;article&gt;</c> with the most paragraph text, <c>&lt;main&gt;</c>, or a content element a blog engine names
/// (<c>.entry-content</c>, <c>.post-content</c>, …). Null when the page marks none. Pure.
/// </summary>
internal static class ArticleElement
{
    private const string ContentSelectors =
        ".entry-content, .post-content, .article-content, .article-body, .post-body, .story-body, .body-text, #article-body, .available-content";

    public static IElement? Find(IDocument document)
    {
        var articles = document.QuerySelectorAll("article").Where(a => !a.Ancestors<IElement>().Any(p => p.LocalName == "article")).ToList();
        var best = articles.OrderByDescending(ParagraphWords).FirstOrDefault();
        // Of an article's marked elements the outermost wins: its header holds the title and byline.
        if (best is not null && ParagraphWords(best) > 0) return best;
        if (document.QuerySelector("main, [role='main']") is { } main && ParagraphWords(main) > 0) return main;
        if (document.QuerySelector("[itemprop='articleBody']") is { } body && ParagraphWords(body) > 0) return body;
        return document.QuerySelector(ContentSelectors) is { } content && ParagraphWords(content) > 0 ? content : null;
    }

    /// <summary>Words in the element's paragraphs, list items and quotes: the article's own text, not its links.</summary>
    public static int ParagraphWords(IElement element) =>
        element.QuerySelectorAll("p, li, blockquote, dd, td").Where(p => p.QuerySelector("p") is null)
            .Sum(p => HtmlText.Collapse(p.TextContent).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
        + (element.QuerySelector("p") is null ? HtmlText.Collapse(element.TextContent).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length : 0);
}
