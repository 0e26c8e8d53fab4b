using System.Text;
using AngleSharp.Dom;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Originals.Html;

/// <summary>A page element left out of the text, its full text, and the body line it stood before (0-based).</summary>
internal sealed record DroppedElement(string Why, string Text, int Line);

/// <summary>The article's text as seed lines and the page elements left out of it.</summary>
internal sealed record PageBodyText(IReadOnlyList<string> Lines, IReadOnlyList<DroppedElement> Dropped);

/// <summary>
/// Writes an article element as the seed text the web-scrape reader reads: one line per paragraph, headings on their
/// own lines, list items as <c>- </c> (or <c>N. </c>) lines, quotes as <c>&gt; </c> lines, captions as
/// <c>Figure: </c> lines, table rows with <c> | </c> between cells, links as Markdown links resolved against the
/// page's address, note references as <c>[N]</c> and note entries as <c>[N] text</c> lines under a "Notes" heading.
/// Page furniture inside (<see cref="PageFurniture"/>) is left out and returned with its text.
/// </summary>
internal sealed class PageBody
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "input", "select", "textarea", "img",
        "link", "meta", "canvas", "video", "audio", "picture", "source", "object", "embed", "head", "title",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "dl", "dt", "dd", "pre", "address",
        "hr", "body", "details", "summary", "center", "caption",
    };

    private readonly IDocument _document;
    private readonly Uri? _base;
    private readonly PageNotes _notes;
    private readonly List<string> _lines = [];
    private readonly List<DroppedElement> _dropped = [];
    private readonly StringBuilder _line = new();
    private string _prefix = "";
    private bool _notesHeadingWritten;
    private readonly HashSet<IElement> _written = new();

    private PageBody(IDocument document, Uri? baseUri, PageNotes notes)
    {
        _document = document;
        _base = baseUri;
        _notes = notes;
    }

    /// <param name="root">The article's element (or the page's body when it has none).</param>
    /// <param name="rootIsArticle">False when <paramref name="root"/> is the whole body: its header and footer are then the page's.</param>
    public static PageBodyText Write(IDocument document, IElement root, bool rootIsArticle, Uri? baseUri)
    {
        var notes = PageNotes.Find(document, document.Body ?? root);
        var body = new PageBody(document, baseUri, notes);
        body.Block(root, rootIsArticle);
        body.Flush();
        // Notes the article cites but printed outside its element (a notes list after it) are still its text.
        foreach (var entry in notes.Entries.Where(e => !body._written.Contains(e)).OrderBy(e => notes.EntryNumber(e)))
            body.Entry(entry);
        return new PageBodyText(body._lines, body._dropped);
    }

    private void Block(IElement element, bool insideArticle)
    {
        foreach (var child in element.ChildNodes) Node(child, insideArticle);
    }

    private void Node(INode node, bool insideArticle)
    {
        if (node is IText text) { Append(text.Data); return; }
        if (node is not IElement element) return;
        var tag = element.LocalName;
        if (Skipped.Contains(tag) || element.HasAttribute("hidden")) return;
        if (_notes.EntryNumber(element) is not null) { Flush(); Entry(element); return; }
        if (PageFurniture.Why(element, insideArticle) is { } why)
        {
            Flush();
            var dropped = HtmlText.Collapse(element.TextContent);
            if (dropped.Length > 0) _dropped.Add(new DroppedElement(why, dropped, _lines.Count));
            return;
        }
        if (tag == "br") { Append(" "); return; }
        if (tag == "a") { Anchor(element, insideArticle); return; }
        if (!Blocks.Contains(tag)) { Block(element, insideArticle); return; }

        Flush();
        var inner = insideArticle || tag == "article";
        switch (tag)
        {
            case "li":
                _prefix = element.ParentElement?.LocalName == "ol" ? $"{element.ParentElement.Children.Where(c => c.LocalName == "li").ToList().IndexOf(element) + 1}. " : "- ";
                Block(element, inner);
                break;
            case "blockquote":
                var before = _lines.Count;
                Block(element, inner);
                Flush();
                for (var i = before; i < _lines.Count; i++) if (!_lines[i].StartsWith("> ", StringComparison.Ordinal)) _lines[i] = "> " + _lines[i];
                break;
            case "figcaption" or "caption":
                Block(element, inner);
                if (_line.Length > 0 && !PhotoCaption.IsCaptionOrCredit(HtmlText.Collapse(_line.ToString()))) _prefix = "Figure: ";
                break;
            case "tr":
                var cells = element.Children.Where(c => c.LocalName is "td" or "th").Select(c => Inline(c, inner)).Where(c => c.Length > 0);
                Append(string.Join(" | ", cells));
                break;
            default:
                if (element.ClassList.Any(c => c is "wp-caption-text" or "caption" or "image-caption")) _prefix = "Figure: ";
                Block(element, inner);
                break;
        }
        Flush();
    }

    /// <summary>A note entry as one line, "[N] text", under a "Notes" heading the page may not print.</summary>
    private void Entry(IElement entry)
    {
        Flush();
        _written.Add(entry);
        var text = Inline(entry, insideArticle: true);
        if (text.Length == 0) return;
        if (!_notesHeadingWritten && !(_lines.Count > 0 && EndnoteShapes.IsNotesHeading(_lines[^1])))
            _lines.Add("Notes");
        _notesHeadingWritten = true;
        _lines.Add($"[{_notes.EntryNumber(entry)}] {text}");
    }

    private void Anchor(IElement anchor, bool insideArticle)
    {
        if (_notes.ReferenceNumber(anchor, _document) is { } number) { Append($"[{number}]"); return; }
        if (_notes.IsBacklink(anchor)) return;
        var text = Inline(anchor, insideArticle);
        var href = anchor.GetAttribute("href")?.Trim();
        if (text.Length == 0) return;
        if (string.IsNullOrEmpty(href) || href.StartsWith('#') || IsAuthorLink(anchor) || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) { Append(text); return; }
        Append($"[{text.Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal)}]({Resolve(href)})");
    }

    /// <summary>A link to an author's profile: its name is a byline's text, not a citation.</summary>
    private static bool IsAuthorLink(IElement anchor) =>
        (anchor.GetAttribute("rel") ?? "").Split(' ').Contains("author", StringComparer.OrdinalIgnoreCase)
        || anchor.Ancestors<IElement>().Take(3).Any(e => e.ClassList.Any(c => c.Contains("byline", StringComparison.OrdinalIgnoreCase) || c.Contains("author", StringComparison.OrdinalIgnoreCase)));

    /// <summary>An element's text on one line, links and note references written as in the body.</summary>
    private string Inline(IElement element, bool insideArticle)
    {
        var (line, prefix) = (_line.ToString(), _prefix);
        _line.Clear();
        _prefix = "";
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e && Blocks.Contains(e.LocalName)) { Append(" "); InlineBlock(e, insideArticle); Append(" "); }
            else if (child is IElement a && a.LocalName == "a") Anchor(a, insideArticle);
            else if (child is IElement other && (Skipped.Contains(other.LocalName) || PageFurniture.Why(other, insideArticle) is not null)) { }
            else if (child is IElement inline) Append(Inline(inline, insideArticle));
            else if (child is IText t) Append(t.Data);
        }
        var result = HtmlText.Collapse(_line.ToString());
        _line.Clear().Append(line);
        _prefix = prefix;
        return result;
    }

    private void InlineBlock(IElement element, bool insideArticle) => Append(Inline(element, insideArticle));

    private string Resolve(string href)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && !absolute.IsFile) return absolute.AbsoluteUri;
        return _base is not null && Uri.TryCreate(_base, href, out var resolved) ? resolved.AbsoluteUri : href;
    }

    private void Append(string text) => _line.Append(text);

    private void Flush()
    {
        var text = HtmlText.Collapse(_line.ToString());
        _line.Clear();
        if (text.Length > 0) _lines.Add(_prefix + text);
        _prefix = "";
    }
}
