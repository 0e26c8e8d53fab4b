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
    /// <summary>Attributes that hold one URL, by element.</summary>
    private static readonly Dictionary<string, string[]> UrlAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"],
        ["area"] = ["href"],
        ["link"] = ["href"],
        ["script"] = ["src"],
        ["img"] = ["src"],
        ["source"] = ["src"],
        ["video"] = ["src", "poster"],
        ["audio"] = ["src"],
        ["track"] = ["src"],
        ["iframe"] = ["src"],
        ["embed"] = ["src"],
    };

    private static readonly HashSet<string> UrlMetaProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "og:url", "og:image", "og:image:url", "og:image:secure_url", "twitter:image",
    };

    public static PageScan Scan(string relativePath, string displayPath, string html, SiteUrls site) =>
        Scan(relativePath, displayPath, html, site, NewParser());

    /// <summary>A parser for <see cref="Scan(string, string, string, SiteUrls, HtmlParser)"/>; one per thread, reused for many pages.</summary>
    public static HtmlParser NewParser() => new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public static PageScan Scan(string relativePath, string displayPath, string html, SiteUrls site, HtmlParser parser)
    {
        var document = parser.ParseDocument(html);
        var diagnostics = new List<Diagnostic>();

        var anchors = CollectAnchors(document, displayPath, diagnostics);
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");

        // One walk over the document, in document order.
        var references = new List<PageReference>();
        foreach (var element in document.All)
        {
            if (UrlAttributes.TryGetValue(element.LocalName, out var attributes))
                foreach (var attribute in attributes)
                    if (element.GetAttribute(attribute) is { } url)
                        references.Add(new PageReference(url, Location(element, displayPath)));

            if (element.LocalName is "img" or "source" && element.GetAttribute("srcset") is { } srcset)
                foreach (var candidate in SrcsetCandidates.Parse(srcset))
                    references.Add(new PageReference(candidate.Url, Location(element, displayPath)));

            if (element.LocalName == "meta"
                && (element.GetAttribute("property") ?? element.GetAttribute("name")) is { } property
                && UrlMetaProperties.Contains(property)
                && element.GetAttribute("content") is { } content)
                references.Add(new PageReference(content, Location(element, displayPath)));
        }

        return new PageScan(relativePath, anchors, references, diagnostics)
        {
            DocumentBase = baseHref is null ? null : site.DocumentBase(site.PageUri(relativePath), baseHref),
        };
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
