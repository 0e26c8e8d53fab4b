using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Publisher.Core.Build;

/// <summary>
/// Where a body's footnotes are in its rendered HTML, so that <see cref="ArticleMarkdown.PrefixFootnotes"/> rewrites only
/// those pieces instead of the whole body (a regular expression and two replaces over every page's and feed item's
/// body, each a copy of it). Markdig's own footnote renderers still write the pieces (wrapped, not imitated); the
/// pieces are recorded as offsets in the HTML being written.
/// <para>
/// The result is <see cref="ArticleMarkdown.PrefixFootnotes"/> of the whole HTML, byte for byte: that rewrite is local
/// (each of its patterns — <c>id="fn:</c>, <c>href="#fnref:</c>, <c>class="footnote-back-ref"</c>,
/// <c>&lt;div class="footnotes"&gt;</c> — holds no <c>&lt;</c> or <c>&gt;</c> but at its ends and no line break, while
/// a piece starts with a line break or <c>&lt;</c> and ends with <c>&gt;</c> or a line break after it, so no match
/// straddles a piece's edge), so rewriting each piece alone gives the same text as rewriting the whole, provided the
/// HTML between the pieces holds no match. That is checked on the result: no <c>fn:</c>, <c>fnref:</c> or
/// <c>&lt;div class="footnotes"&gt;</c> anywhere, and <c>class="footnote-back-ref"</c> only as often as the rewritten
/// pieces hold it; otherwise (a raw HTML block or a link naming <c>#fn:1</c>, a footnote's text saying "fn:") the whole
/// HTML is rewritten as before.
/// </para>
/// </summary>
internal sealed class FootnotePieces
{
    private readonly List<(int Start, int End)> _pieces = [];
    private readonly StringBuilder _html;
    private int _depth;

    private FootnotePieces(StringBuilder html) => _html = html;

    /// <summary>Wraps the renderer's footnote renderers (after <c>Pipeline.Setup</c>) so they record their pieces of <paramref name="html"/>, which the renderer writes into.</summary>
    public static FootnotePieces Install(HtmlRenderer renderer, StringBuilder html)
    {
        var pieces = new FootnotePieces(html);
        var group = renderer.ObjectRenderers.Find<HtmlFootnoteGroupRenderer>();
        var link = renderer.ObjectRenderers.Find<HtmlFootnoteLinkRenderer>();
        if (group is null || link is null) throw new InvalidOperationException("the Markdown pipeline has no footnote renderers");
        renderer.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new Recorded<FootnoteGroup>(group, pieces));
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new Recorded<FootnoteLink>(link, pieces));
        return pieces;
    }

    /// <summary>The rendered HTML (written into the builder given to <see cref="Install"/>) with its footnotes' ids prefixed by <paramref name="slug"/>.</summary>
    public string Finish(StringBuilder html, string slug)
    {
        if (!ReferenceEquals(html, _html)) throw new ArgumentException("not the builder the pieces were recorded in", nameof(html));
        if (_pieces.Count == 0) return ArticleMarkdown.PrefixFootnotes(html.ToString(), slug);
        var rewritten = new string[_pieces.Count];
        var length = html.Length;
        var backLinks = 0;
        for (var i = 0; i < _pieces.Count; i++)
        {
            var (start, end) = _pieces[i];
            rewritten[i] = ArticleMarkdown.PrefixFootnotes(html.ToString(start, end - start), slug);
            length += rewritten[i].Length - (end - start);
            backLinks += Count(rewritten[i], BackLink);
        }
        var result = string.Create(length, (html, _pieces, rewritten), static (span, state) =>
        {
            var (source, pieces, texts) = state;
            var at = 0;
            var written = 0;
            for (var i = 0; i < pieces.Count; i++)
            {
                var (start, end) = pieces[i];
                source.CopyTo(at, span[written..], start - at);
                written += start - at;
                texts[i].CopyTo(span[written..]);
                written += texts[i].Length;
                at = end;
            }
            source.CopyTo(at, span[written..], source.Length - at);
        });
        return result.Contains("fn:", StringComparison.Ordinal) || result.Contains("fnref:", StringComparison.Ordinal)
            || result.Contains(GroupStart, StringComparison.Ordinal) || Count(result, BackLink) != backLinks
            ? ArticleMarkdown.PrefixFootnotes(html.ToString(), slug)
            : result;
    }

    private const string BackLink = "class=\"footnote-back-ref\"";
    private const string GroupStart = "<div class=\"footnotes\">";

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>A footnote renderer of Markdig's, its output recorded as a piece (the outermost only: a group holds its back-links).</summary>
    private sealed class Recorded<T>(IMarkdownObjectRenderer inner, FootnotePieces pieces) : HtmlObjectRenderer<T> where T : MarkdownObject
    {
        protected override void Write(HtmlRenderer renderer, T obj)
        {
            renderer.Writer.Flush();
            var start = pieces._html.Length;
            pieces._depth++;
            try
            {
                inner.Write(renderer, obj);
            }
            finally
            {
                pieces._depth--;
            }
            renderer.Writer.Flush();
            if (pieces._depth == 0) pieces._pieces.Add((start, pieces._html.Length));
        }
    }
}
