using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Feeds;

namespace Publisher.Core.Build.Checks;

/// <summary>
/// Reads one HTML page: every URL it uses (with the line and column of its element) and every anchor it offers
/// (<c>id</c>s and <c>a[name]</c>). Flags an <c>id</c> used twice on the page.
/// </summary>
/// <remarks>
/// A link is an attribute of a start tag, so the page is read as a stream of start tags by AngleSharp's HTML
/// tokenizer, the same one its DOM parser uses, without building the DOM (which cost most of the old check's time).
/// The tokenizer follows the HTML standard for what is a tag and what an attribute's value is: comments, bogus
/// comments, doctypes, CDATA sections, character references (<c>&amp;amp;</c>), upper-case and unquoted attributes
/// and repeated attributes (the first wins). The one thing the DOM parser adds is the tree builder telling the
/// tokenizer when an element's text is not markup: <see cref="TextModeAfter"/> does that for the elements whose
/// content is script or raw text, and CDATA sections are markup-free only inside <c>&lt;svg&gt;</c> and
/// <c>&lt;math&gt;</c>, as in the parser.
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

    public static PageScan Scan(string relativePath, string displayPath, string html, SiteUrls site)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            // Only start tags matter: text, comments and end tags are read past without building their tokens' text.
            SkipDataText = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
        };

        var diagnostics = new List<Diagnostic>();
        var references = new List<PageReference>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var firstById = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        string? baseHref = null;
        var foreignDepth = 0;

        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.EndTag)
            {
                if (foreignDepth > 0 && token.Name is "svg" or "math") tokenizer.IsAcceptingCharacterData = --foreignDepth > 0;
                continue;
            }
            if (token.Type != HtmlTokenType.StartTag) continue;

            var tag = token.AsTag();
            // The tree builder makes <image> an <img> in HTML content.
            var name = foreignDepth == 0 && tag.Name == "image" ? "img" : tag.Name;
            var location = Location(tag, displayPath);

            if (tag.GetAttribute("id") is { Length: > 0 } id) AddId(id, location, anchors, firstById, diagnostics);
            if (name == "a" && tag.GetAttribute("name") is { Length: > 0 } anchorName) anchors.Add(anchorName);

            if (UrlAttributes.TryGetValue(name, out var attributes))
                foreach (var attribute in attributes)
                    if (Attribute(tag, attribute) is { } url)
                        references.Add(new PageReference(url, location));

            if (name is "img" or "source" && Attribute(tag, "srcset") is { } srcset)
                foreach (var candidate in SrcsetCandidates.Parse(srcset))
                    references.Add(new PageReference(candidate.Url, location));

            if (name == "meta"
                && (Attribute(tag, "property") ?? Attribute(tag, "name")) is { } property
                && UrlMetaProperties.Contains(property)
                && Attribute(tag, "content") is { } content)
                references.Add(new PageReference(content, location));

            if (name == "base" && baseHref is null) baseHref = Attribute(tag, "href");

            if (name is "svg" or "math")
            {
                if (!tag.IsSelfClosing) tokenizer.IsAcceptingCharacterData = ++foreignDepth > 0;
            }
            else if (foreignDepth == 0 && TextModeAfter(name) is { } mode)
            {
                tokenizer.State = mode;
            }
        }

        return new PageScan(relativePath, anchors, references, diagnostics)
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

    // GetAttribute returns "" for a missing attribute; an attribute written without a value is "" too, and counts.
    private static string? Attribute(HtmlTagToken tag, string name)
    {
        foreach (var attribute in tag.Attributes)
            if (attribute.Name == name) return attribute.Value;
        return null;
    }

    private static SourceLocation Location(HtmlToken token, string displayPath) =>
        token.Position is { Line: > 0 } p ? new SourceLocation(displayPath, p.Line, p.Column) : SourceLocation.File(displayPath);
}
