using AngleSharp.Dom;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Originals.Html;

/// <summary>
/// The genre label a page prints over its headline in its own element — a kicker, eyebrow, overline or rubric, or a
/// label/category element — when its text names a genre (<see cref="Genres.OwnLabel"/>: "Analysis", "Field Diary"). Only
/// elements in the headline's neighbourhood are read (the headline's header block, its parent and grandparent), never
/// navigation, footers, asides or lists, where other stories' teasers print their own labels. Pure.
/// </summary>
internal static class PageKicker
{
    private static readonly string[] ClassWords = ["kicker", "eyebrow", "overline", "rubric", "genre", "label", "category", "flag", "strap", "section"];

    public static string? Find(IDocument document)
    {
        if ((document.Body?.QuerySelector("h1") ?? document.Body?.QuerySelector("h2")) is not { } heading) return null;
        var scopes = new List<IElement>();
        for (IElement? e = heading.ParentElement; e is not null && scopes.Count < 3 && e.LocalName != "body"; e = e.ParentElement) scopes.Add(e);
        foreach (var scope in scopes)
        foreach (var element in scope.QuerySelectorAll("*"))
        {
            if (element == heading || element.Closest("nav, footer, aside, li, h1") is not null) continue;
            var classes = (element.ClassName ?? "") + " " + (element.GetAttribute("data-component") ?? "");
            if (!ClassWords.Any(w => classes.Contains(w, StringComparison.OrdinalIgnoreCase))) continue;
            var text = HtmlText.Collapse(element.TextContent);
            if (text.Length is > 0 and <= 40 && Genres.OwnLabel(text) is not null) return text;
        }
        return null;
    }
}
