using AngleSharp.Dom;

namespace Publisher.Core.Import.Originals.Html;

/// <summary>
/// Page elements that are not the article: navigation, side boxes, forms, share bars, cookie and newsletter boxes,
/// related links, comments — known by element, ARIA role or a class/id word. Returns why, or null. Pure.
/// </summary>
internal static class PageFurniture
{
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "sharebar", "social", "socials", "related", "recommended", "recirculation", "more-stories",
        "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "promo", "advert",
        "advertisement", "ad", "ads", "sponsor", "sponsored", "comments", "comment-list", "breadcrumb", "breadcrumbs",
        "paywall", "popup", "modal", "toolbar", "skip-link", "print-only", "sidebar", "widget", "tags", "post-tags",
        "nav", "navbar", "navigation", "menu", "masthead", "cat-links", "categories",
    };

    /// <summary>Words that name the page's own header and footer: furniture outside the article, the article's own inside it.</summary>
    private static readonly HashSet<string> PageFrameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "header", "footer", "site-header", "site-footer", "colophon", "topbar", "top-bar",
    };

    /// <summary>Why <paramref name="element"/> is page furniture ("a &lt;nav&gt; element", "a share box"), or null.</summary>
    /// <param name="insideArticle">Inside the article's own element, a header or footer belongs to the article.</param>
    public static string? Why(IElement element, bool insideArticle)
    {
        var tag = element.LocalName;
        if (tag is "nav" or "aside" or "form" or "dialog") return $"a <{tag}> element";
        if (!insideArticle && tag is "header" or "footer") return $"the page's <{tag}>";
        if (element.GetAttribute("role") is "navigation" or "complementary" or "search" or "dialog" or "alertdialog"
            || (!insideArticle && element.GetAttribute("role") is "banner" or "contentinfo"))
            return $"an element with role '{element.GetAttribute("role")}'";
        if (element.GetAttribute("aria-label") is { } label && label.Contains("share", StringComparison.OrdinalIgnoreCase)) return "a share box";
        foreach (var word in Words(element))
            if (FurnitureWords.Contains(word) || !insideArticle && PageFrameWords.Contains(word)) return $"a '{word}' box";
        return null;
    }

    /// <summary>The element's class names and id, and their parts split at '-' and '_'.</summary>
    private static IEnumerable<string> Words(IElement element)
    {
        var names = element.ClassList.Concat(element.Id is { Length: > 0 } id ? [id] : []);
        foreach (var name in names)
        {
            yield return name;
            foreach (var part in name.Split('-', '_', StringSplitOptions.RemoveEmptyEntries)) yield return part;
        }
    }
}
