using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publisher.Core.Diagnostics;
using Publisher.Core.Feeds;

namespace Publisher.Core.Build.Checks;

/// <summary>
/// Reads one HTML output file: every URL it uses (with the line and column of its element) and every
/// anchor it offers (<c>id</c>s and <c>a[name]</c>). Flags an <c>id</c> used twice on the page.
/// </summary>
public static class HtmlPageScanner
{
    /// <summary>Elements and the attributes on them that hold one URL.</summary>
    private static readonly (string Selector, string Attribute)[] UrlAttributes =
    [
        ("a[href]", "href"),
        ("area[href]", "href"),
        ("link[href]", "href"),
        ("script[src]", "src"),
        ("img[src]", "src"),
        ("source[src]", "src"),
        ("video[src]", "src"),
        ("video[poster]", "poster"),
        ("audio[src]", "src"),
        ("track[src]", "src"),
        ("iframe[src]", "src"),
        ("embed[src]", "src"),
    ];

    private static readonly string SrcsetSelector = "img[srcset], source[srcset]";

    private static readonly HashSet<string> UrlMetaProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "og:url", "og:image", "og:image:url", "og:image:secure_url", "twitter:image",
    };

    public static PageScan Scan(string relativePath, string displayPath, string html, SiteUrls site)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var diagnostics = new List<Diagnostic>();

        var anchors = CollectAnchors(document, displayPath, diagnostics);
        var page = site.PageUri(relativePath);
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");

        var references = new List<PageReference>();
        foreach (var (selector, attribute) in UrlAttributes)
            foreach (var element in document.QuerySelectorAll(selector))
                references.Add(new PageReference(element.GetAttribute(attribute)!, Location(element, displayPath)));

        foreach (var element in document.QuerySelectorAll(SrcsetSelector))
            foreach (var candidate in SrcsetCandidates.Parse(element.GetAttribute("srcset")!))
                references.Add(new PageReference(candidate.Url, Location(element, displayPath)));

        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var property = element.GetAttribute("property") ?? element.GetAttribute("name");
            if (property is not null && UrlMetaProperties.Contains(property))
                references.Add(new PageReference(element.GetAttribute("content")!, Location(element, displayPath)));
        }

        return new PageScan(relativePath, anchors, references, diagnostics) { DocumentBase = site.DocumentBase(page, baseHref) };
    }

    private static HashSet<string> CollectAnchors(IDocument document, string displayPath, List<Diagnostic> diagnostics)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var firstById = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            var id = element.GetAttribute("id");
            if (!string.IsNullOrEmpty(id))
            {
                anchors.Add(id);
                if (firstById.TryGetValue(id, out var first))
                {
                    var at = Location(first, displayPath);
                    diagnostics.Add(Diagnostic.Warning(
                        DiagnosticCodes.DuplicateId,
                        $"duplicate id '{id}' (first used at line {at.Line}:{at.Column}); links to '#{id}' go to the first",
                        Location(element, displayPath)));
                }
                else
                {
                    firstById[id] = element;
                }
            }

            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name) anchors.Add(name);
        }
        return anchors;
    }

    private static SourceLocation Location(IElement element, string displayPath)
    {
        var position = element.SourceReference?.Position;
        return position is { Line: > 0 } p ? new SourceLocation(displayPath, p.Line, p.Column) : SourceLocation.File(displayPath);
    }
}
