using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Originals.Html;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Originals;

/// <summary>
/// A saved web page (<c>.html</c>, <c>.htm</c>) as the seed text the web-scrape reader reads best: the page's metadata
/// (JSON-LD, OpenGraph, <c>&lt;meta&gt;</c>, <c>&lt;title&gt;</c>, the canonical link) as a crawler block at the top
/// (<see cref="CrawlerFrontMatter"/>), then the article's element written one paragraph per line
/// (<see cref="PageBody"/>). Page furniture left out is recorded as <see cref="FixupActionKinds.DroppedPageElement"/>
/// with its full text. A page that holds no article gives a diagnostic and no text, never an exception.
/// </summary>
public static partial class HtmlOriginal
{
    /// <summary>Fewer words than this in the article's element: not an article (a listing's teaser, an empty shell).</summary>
    private const int MinArticleWords = 25;

    public static string ToText(byte[] bytes, string seedPath, List<Diagnostic> diagnostics, List<FixupAction> fixes) =>
        Convert(bytes, seedPath, diagnostics, fixes).Text;

    /// <summary>The seed text and what the page's markup says beyond it (null when it is not a readable page).</summary>
    public static (string Text, PageFacts? Facts) Convert(byte[] bytes, string seedPath, List<Diagnostic> diagnostics, List<FixupAction> fixes)
    {
        var html = TextOriginal.Decode(bytes, seedPath, diagnostics);
        var start = new SourceLocation(seedPath, 1);
        if (!LooksLikeHtml().IsMatch(html))
        {
            if (html.Trim().Length > 0)
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportHtmlNotHtml,
                    "the file ends in .html but holds no HTML (no <html>, <body> or paragraph tags); it is read as plain text", start));
            return (html, null);
        }
        IDocument document;
        try { document = new HtmlParser().ParseDocument(html); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportSeedUnreadable, $"the web page could not be read ({e.Message}); nothing was imported from it", start));
            return ("", null);
        }

        var metadata = PageMetadataReader.Read(document);
        var body = document.Body;
        if (body is null || HtmlText.Collapse(body.TextContent).Length == 0)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportHtmlNoArticle, "the page's body is empty: no article text found in the page; save the article page itself, not a listing", start));
            return ("", null);
        }
        var root = ArticleElement.Find(document);
        var rootIsArticle = root is not null;
        if (IsListing(document) || (root ?? body) is var chosen && ArticleElement.ParagraphWords(chosen) < MinArticleWords || root is null && !Readable(html, metadata))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportHtmlNoArticle, "no article text found in the page; save the article page itself, not a listing", start));
            return ("", null);
        }
        root ??= body;

        var written = PageBody.Write(document, root, rootIsArticle, metadata.BaseUri);
        var authors = metadata.Authors.Count > 0 ? metadata.Authors : DomByline(root);
        // A page that gives no date in its metadata often still marks one: the article's first <time>, else the page's.
        var date = metadata.Date ?? (root.QuerySelector("time[datetime]") ?? document.QuerySelector("time[datetime]"))?.GetAttribute("datetime");
        var block = CrawlerBlock(metadata with { Authors = authors, Date = date });
        var head = HeadLines(metadata, written.Lines);
        var lines = block.Concat(head).Concat(written.Lines).ToList();
        var offset = block.Count + head.Count;

        foreach (var drop in written.Dropped)
            fixes.Add(new FixupAction(FixupActionKinds.DroppedPageElement, $"{drop.Why}: {drop.Text}", new SourceLocation(seedPath, offset + Math.Min(drop.Line, Math.Max(0, written.Lines.Count - 1)) + 1))
            {
                Reason = $"{drop.Why} of the saved page is not the article's text",
            });
        foreach (var outside in Outside(body, root))
            fixes.Add(new FixupAction(FixupActionKinds.DroppedPageElement, $"outside the article: {outside}", new SourceLocation(seedPath, offset + 1))
            {
                Reason = $"the page marks its article with <{root.LocalName}>; this text stands outside it",
            });

        var from = new List<string> { rootIsArticle ? $"the article from its <{root.LocalName}{(root.Id is { Length: > 0 } id ? "#" + id : "")}> element" : "the article from the page's whole body (it marks no article element)" };
        if (block.Count > 0) from.Add($"its metadata into the block on lines 1–{block.Count - 1}");
        if (metadata.SiteName is not null && metadata.SiteNameFrom is not null) from.Add($"the site's name \"{metadata.SiteName}\" from {metadata.SiteNameFrom}");
        else if (metadata.PrintedSiteName is { } printed) from.Add($"the site's name \"{printed.Name}\" from {printed.From} (the page's metadata names none)");
        if (metadata.Kicker is not null) from.Add($"the genre label \"{metadata.Kicker}\" from the element over its headline");
        if (metadata.Types.Count > 0) from.Add($"its schema.org type {string.Join(", ", metadata.Types)}");
        if (written.Dropped.Count > 0) from.Add($"{written.Dropped.Count} page element(s) left out (see the report)");
        diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportHtmlRead, "read as a saved web page: " + string.Join("; ", from), start));
        return (string.Join('\n', lines) + "\n", Facts(metadata));
    }

    private static PageFacts Facts(PageMetadata m) => new()
    {
        SiteName = m.SiteName is { } name && m.SiteNameFrom is { } from ? (name, from) : null,
        PrintedSiteName = m.PrintedSiteName,
        KickerKind = m.Kicker is { } kicker && Genres.OwnLabel(kicker) is { } kind
            ? new GenreEvidence(kind, $"the genre label '{kicker}' the page prints over its headline (its kicker element)") : null,
        TypeKind = SchemaTypeGenre.Of(m.Types),
    };

    /// <summary>The crawler block: the keys <see cref="CrawlerFrontMatter"/> reads, a blank line after it; none when the page says nothing.</summary>
    internal static List<string> CrawlerBlock(PageMetadata m)
    {
        var fields = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) fields.Add($"{key}: {Quote(value)}"); }
        Add("title", m.Title);
        Add("source", m.Url);
        Add("date", Date(m.Date));
        Add("site_name", m.SiteName);
        Add("section", m.Section);
        Add("description", m.Description);
        if (m.Authors.Count > 0)
        {
            fields.Add("authors:");
            fields.AddRange(m.Authors.Select(a => "  - " + Quote(a)));
        }
        return fields.Count == 0 ? [] : ["---", .. fields, "---", ""];
    }

    /// <summary>Lines the page's text lacks at its head: the section as a kind label and the title when the article element holds neither.</summary>
    private static List<string> HeadLines(PageMetadata m, IReadOnlyList<string> body)
    {
        var head = new List<string>();
        var top = body.Take(8).ToList();
        if (m.Title is { } title && !top.Any(l => TextShapes.NormalizeForMatch(l).Contains(TextShapes.NormalizeForMatch(title), StringComparison.Ordinal)))
        {
            if (m.Section is { } section && Genres.Of(section) is not null) head.Add(section);
            head.Add(title);
        }
        return head;
    }

    /// <summary>A byline the page marks in its DOM (<c>rel=author</c>, <c>itemprop=author</c>, <c>.byline</c>, <c>.author</c>).</summary>
    private static IReadOnlyList<string> DomByline(IElement root)
    {
        var owner = root.Owner!;
        foreach (var selector in new[] { "[rel~='author']", "[itemprop='author'] [itemprop='name']", "[itemprop='author']", ".byline .author", ".author-name", ".byline", ".author" })
        {
            var names = owner.QuerySelectorAll(selector).Select(e => HtmlText.Collapse(e.TextContent)).Where(t => t.Length is > 2 and < 120).ToList();
            if (names.Count == 0) continue;
            var split = names.SelectMany(n => PersonNames.Split(Byline.Read(n, allowBare: true)?.Names is { Count: > 0 } read ? string.Join(", ", read) : n))
                .Where(n => n.Length > 2).Distinct(StringComparer.Ordinal).ToList();
            if (split.Count > 0) return split;
        }
        return [];
    }

    /// <summary>The text of the body's top-level blocks the article element is not part of (what the page printed around it).</summary>
    private static IEnumerable<string> Outside(IElement body, IElement root)
    {
        if (root == body) yield break;
        for (var e = root; e.ParentElement is { } parent && e != body; e = parent)
            foreach (var sibling in parent.Children)
                if (sibling != e && sibling.LocalName is not ("script" or "style" or "noscript" or "template")
                    && HtmlText.Collapse(sibling.TextContent) is { Length: > 0 } text)
                    yield return text;
    }

    /// <summary>Several <c>&lt;article&gt;</c> teasers and none holding most of the text: a listing or index page.</summary>
    private static bool IsListing(IDocument document)
    {
        var articles = document.QuerySelectorAll("article").Select(ArticleElement.ParagraphWords).OrderDescending().ToList();
        return articles.Count >= 3 && articles[0] < 120 && articles[0] < 2 * articles[1];
    }

    /// <summary>Readability's verdict (SmartReader) on a page that marks no article element.</summary>
    private static bool Readable(string html, PageMetadata metadata)
    {
        try
        {
            // The constructor that takes the page's text: it reads, never fetches (ParseArticle(uri, …) downloads).
            var article = new SmartReader.Reader(metadata.Url ?? "https://localhost/", html).GetArticle();
            return article.IsReadable && (article.TextContent?.Length ?? 0) > 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException) { return false; }
    }

    /// <summary>An ISO date ("2026-11-03T08:00:00+01:00") as the day it names; other forms as printed.</summary>
    private static string? Date(string? value)
    {
        if (value is null) return null;
        if (IsoDate().Match(value) is { Success: true } iso) return iso.Value;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"<\s*(?:!doctype\s+html|html|head|body|article|main|p|div|h[1-6])\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeHtml();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
