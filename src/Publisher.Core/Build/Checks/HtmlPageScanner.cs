using AngleSharp.Html.Parser;
using Publisher.Core.Diagnostics;
using Publisher.Core.Feeds;

namespace Publisher.Core.Build.Checks;

/// <summary>
/// Reads one HTML page: every URL it uses (with the line and column of its element) and every anchor it offers
/// (<c>id</c>s and <c>a[name]</c>). Flags an <c>id</c> used twice on the page.
/// </summary>
/// <remarks>
/// A link or an anchor is an attribute of a start tag, so the page is read as a stream of start tags
/// (<see cref="HtmlStartTags"/>), without building a DOM, which cost most of the old check's time.
/// </remarks>
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

    /// <param name="pool">Shares the URL strings among the pages a build holds; null keeps each page's own.</param>
    public static PageScan Scan(string relativePath, string displayPath, string html, SiteUrls site, StringPool? pool = null)
    {
        string Url(string url) => pool is null ? url : pool.Get(url);
        var diagnostics = new List<Diagnostic>();
        var references = new List<PageReference>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var firstById = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        string? baseHref = null;

        foreach (var tag in HtmlStartTags.Read(html))
        {
            var name = tag.Name;

            if (tag.Attribute("id") is { Length: > 0 } id) AddId(id, new SourceLocation(displayPath, tag.Line, tag.Column), anchors, firstById, diagnostics);
            if (name == "a" && tag.Attribute("name") is { Length: > 0 } anchorName) anchors.Add(anchorName);

            if (UrlAttributes.TryGetValue(name, out var attributes))
                foreach (var attribute in attributes)
                    if (tag.Attribute(attribute) is { } url)
                        references.Add(new PageReference(Url(url), tag.Line, tag.Column));

            if (name is "img" or "source" && tag.Attribute("srcset") is { } srcset)
                foreach (var candidate in SrcsetCandidates.Parse(srcset))
                    references.Add(new PageReference(Url(candidate.Url), tag.Line, tag.Column));

            if (name == "meta"
                && (tag.Attribute("property") ?? tag.Attribute("name")) is { } property
                && UrlMetaProperties.Contains(property)
                && tag.Attribute("content") is { } content)
                references.Add(new PageReference(Url(content), tag.Line, tag.Column));

            if (name == "base" && baseHref is null) baseHref = tag.Attribute("href");
        }

        return new PageScan(relativePath, displayPath, anchors, references.ToArray(), diagnostics.Count == 0 ? [] : diagnostics)
        {
            DocumentBase = baseHref is null ? null : site.DocumentBase(site.PageUri(relativePath), baseHref),
        };
    }

    /// <summary>
    /// How the HTML standard's tree builder has the tokenizer read what follows an element's start tag in HTML
    /// content: script data, raw text or escapable raw text, where a <c>&lt;a href&gt;</c> is text, not a link
    /// (null: markup, as usual). <c>noscript</c> is markup, as in a parser without scripting.
    /// </summary>
    internal static HtmlParseMode? TextModeAfter(string element) => element switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "textarea" or "title" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => null,
    };

    private static void AddId(string id, SourceLocation location, HashSet<string> anchors, Dictionary<string, SourceLocation> firstById, List<Diagnostic> diagnostics)
    {
        anchors.Add(id);
        if (firstById.TryGetValue(id, out var first))
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.DuplicateId,
                $"duplicate id '{id}' (first used at line {first.Line}:{first.Column}); links to '#{id}' go to the first",
                location));
        else
            firstById[id] = location;
    }
}
