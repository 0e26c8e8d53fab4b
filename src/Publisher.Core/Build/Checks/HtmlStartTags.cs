using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Publisher.Core.Build.Checks;

/// <summary>
/// A start tag as the HTML standard's tokenizer reads it: lower-case names, the first of a repeated attribute. Read
/// while it is current: <see cref="HtmlStartTags.Read"/> reuses its attribute list for the next tag.
/// </summary>
/// <param name="Line">1-based line of its <c>&lt;</c>.</param>
/// <param name="Column">1-based column of its <c>&lt;</c>.</param>
internal readonly record struct StartTag(string Name, int Line, int Column, IReadOnlyList<TagAttribute> Attributes)
{
    /// <summary>The decoded value of the attribute called <paramref name="name"/> (the first, if repeated); null when the tag has none.</summary>
    public string? Attribute(string name) => Find(name)?.Value;

    /// <summary>The attribute called <paramref name="name"/> (the first, if repeated), with where its value is written.</summary>
    public TagAttribute? Find(string name)
    {
        foreach (var attribute in Attributes)
            if (attribute.Name == name) return attribute;
        return null;
    }
}

/// <summary>
/// An attribute of a <see cref="StartTag"/>: its lower-case name, where its value is written and, decoded when asked
/// for (most attributes a scan passes are never read), its value.
/// </summary>
/// <param name="RawStart">Index in the page where the written value starts (its opening quote, if quoted); for an attribute
/// without a value (<c>&lt;a href&gt;</c>), the index just after its name.</param>
/// <param name="RawEnd">Index just after the written value (after its closing quote); equal to <paramref name="RawStart"/> when it has none.</param>
/// <param name="HasValue">False for an attribute written without <c>=</c>.</param>
internal readonly record struct TagAttribute(string Name, int RawStart, int RawEnd, bool HasValue)
{
    /// <summary>The page the attribute is written in.</summary>
    internal string Page { get; init; } = "";

    /// <summary>Where the value's characters are (inside the quotes, if quoted).</summary>
    internal int ValueStart { get; init; }

    internal int ValueEnd { get; init; }

    /// <summary>The value, its character references decoded (a new string each time it is read).</summary>
    public string Value => ValueEnd > ValueStart ? HtmlStartTags.Decode(Page, ValueStart, ValueEnd) : "";
}

/// <summary>
/// Reads the start tags of an HTML page, and nothing else, the way the HTML standard's tokenizer splits a page:
/// comments (<c>&lt;!-- --&gt;</c>, <c>&lt;!-- --!&gt;</c>, bogus <c>&lt;! &gt;</c> and <c>&lt;? &gt;</c>), doctypes and
/// end tags (whose attributes are read past) are skipped; the text of <c>script</c>, <c>style</c>, <c>title</c>,
/// <c>textarea</c> and the other raw-text elements runs to its own end tag, as the tree builder has the tokenizer
/// read it, so markup written inside them is not a tag; CDATA sections are text inside <c>svg</c> and <c>math</c> and
/// bogus comments elsewhere; tag and attribute names are lower-cased; values may be double-, single- or unquoted; a
/// value with a character reference (<c>&amp;amp;</c>) is decoded by AngleSharp's tokenizer itself, so the legacy
/// rules for references without a semicolon are the browser's. One simplification: in a script, the "double escaped"
/// state (<c>&lt;!--&lt;script&gt;</c> inside a script) is not followed; the script ends at its first <c>&lt;/script</c>.
/// A tag cut off by the end of the file is not a tag, as in a browser.
/// </summary>
internal static class HtmlStartTags
{
    public static IEnumerable<StartTag> Read(string html)
    {
        var lines = new LineCounter(html);
        var attributes = new List<TagAttribute>();
        var foreignDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) yield break;
            var next = html[lt + 1];
            if (IsAsciiLetter(next))
            {
                var name = ReadTag(html, lt + 1, attributes, out var end, out var selfClosing);
                if (name is null) yield break;
                var (line, column) = lines.At(lt);
                if (foreignDepth == 0 && name == "image") name = "img";
                yield return new StartTag(name, line, column, attributes);
                i = end;
                if (name is "svg" or "math")
                {
                    if (!selfClosing) foreignDepth++;
                }
                else if (foreignDepth == 0 && HtmlPageScanner.TextModeAfter(name) is { } mode)
                {
                    if (mode == HtmlParseMode.Plaintext) yield break;
                    i = EndOfText(html, i, name);
                }
            }
            else if (next == '/')
            {
                if (lt + 2 < html.Length && IsAsciiLetter(html[lt + 2]))
                {
                    var name = ReadTag(html, lt + 2, attributes, out var end, out _);
                    if (name is null) yield break;
                    if (foreignDepth > 0 && name is "svg" or "math") foreignDepth--;
                    i = end;
                }
                else
                {
                    i = AfterBogusComment(html, lt + 2);
                }
            }
            else if (next == '!')
            {
                if (string.CompareOrdinal(html, lt + 2, "--", 0, 2) == 0) i = AfterComment(html, lt + 4);
                else if (foreignDepth > 0 && string.CompareOrdinal(html, lt + 2, "[CDATA[", 0, 7) == 0) i = After(html, lt + 9, "]]>");
                else i = AfterBogusComment(html, lt + 2);
            }
            else if (next == '?')
            {
                i = AfterBogusComment(html, lt + 2);
            }
            else
            {
                i = lt + 1;
            }
        }
    }

    /// <summary>Reads a tag's name, and its attributes into <paramref name="attributes"/>, from its first letter; null when the file ends inside it.</summary>
    private static string? ReadTag(string html, int start, List<TagAttribute> attributes, out int end, out bool selfClosing)
    {
        selfClosing = false;
        attributes.Clear();
        var i = start;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>')) i++;
        var name = Lower(html, start, i);
        while (true)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                selfClosing = html[i] == '/' && i + 1 < html.Length && html[i + 1] == '>';
                i++;
            }
            if (i >= html.Length)
            {
                end = i;
                return null;
            }
            if (html[i] == '>')
            {
                end = i + 1;
                return name;
            }
            selfClosing = false;

            // An attribute name: an '=' first is part of it.
            var nameStart = i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '=')) i++;
            var attributeName = Lower(html, nameStart, i);
            var nameEnd = i;
            while (i < html.Length && IsSpace(html[i])) i++;
            int rawStart = nameEnd, rawEnd = nameEnd, valueStart = 0, valueEnd = 0;
            var hasValue = false;
            if (i < html.Length && html[i] == '=')
            {
                hasValue = true;
                i++;
                while (i < html.Length && IsSpace(html[i])) i++;
                if (i >= html.Length)
                {
                    end = i;
                    return null;
                }
                if (html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var close = html.IndexOf(quote, i + 1);
                    if (close < 0)
                    {
                        end = html.Length;
                        return null;
                    }
                    (valueStart, valueEnd) = (i + 1, close);
                    rawStart = i;
                    i = close + 1;
                    rawEnd = i;
                }
                else if (html[i] != '>')
                {
                    valueStart = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>') i++;
                    (rawStart, rawEnd) = (valueStart, i);
                    valueEnd = i;
                }
                else
                {
                    (rawStart, rawEnd) = (i, i);
                }
            }
            if (!Has(attributes, attributeName))
                attributes.Add(new TagAttribute(attributeName, rawStart, rawEnd, hasValue) { Page = html, ValueStart = valueStart, ValueEnd = valueEnd });
        }
    }

    /// <summary>Where the text of a raw-text element ends: at <c>&lt;/name</c> (any case) followed by a space, <c>/</c> or <c>&gt;</c>.</summary>
    private static int EndOfText(string html, int from, string name)
    {
        for (var i = html.IndexOf("</", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("</", i + 2, StringComparison.Ordinal))
        {
            var after = i + 2 + name.Length;
            if (after < html.Length && string.Compare(html, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (IsSpace(html[after]) || html[after] is '/' or '>'))
                return i;
        }
        return html.Length;
    }

    // "<!--" was read: "<!-->" and "<!--->" end at once; otherwise at "-->" or "--!>".
    private static int AfterComment(string html, int from)
    {
        if (from < html.Length && html[from] == '>') return from + 1;
        if (from + 1 < html.Length && html[from] == '-' && html[from + 1] == '>') return from + 2;
        var close = html.IndexOf("--", from, StringComparison.Ordinal);
        while (close >= 0)
        {
            if (close + 2 < html.Length && html[close + 2] == '>') return close + 3;
            if (close + 3 < html.Length && html[close + 2] == '!' && html[close + 3] == '>') return close + 4;
            close = html.IndexOf("--", close + 1, StringComparison.Ordinal);
        }
        return html.Length;
    }

    private static int AfterBogusComment(string html, int from) => After(html, from, ">");

    private static int After(string html, int from, string close)
    {
        var at = html.IndexOf(close, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + close.Length;
    }

    private static bool Has(List<TagAttribute> attributes, string name)
    {
        foreach (var attribute in attributes)
            if (attribute.Name == name) return true;
        return false;
    }

    /// <summary>An attribute value as written; one with a character reference is decoded by AngleSharp's tokenizer.</summary>
    internal static string Decode(string html, int start, int end)
    {
        var raw = html[start..end];
        if (!raw.Contains('&')) return raw.Contains('\0') ? raw.Replace('\0', '\uFFFD') : raw;
        var quote = raw.Contains('"') ? '\'' : '"';
        var tokenizer = new HtmlTokenizer(new TextSource($"<a v={quote}{raw}{quote}>"), HtmlEntityProvider.Resolver);
        return tokenizer.Get().AsTag().GetAttribute("v");
    }

    /// <summary>
    /// The names of elements and attributes a site's pages use most, so reading one makes no string: a page has
    /// hundreds of tags, and a scan reads every name.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonNames = new HashSet<string>(
    [
        "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button", "caption", "cite", "code", "dd", "details", "div", "dl", "dt",
        "em", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "img", "input",
        "label", "li", "link", "main", "meta", "nav", "ol", "option", "p", "path", "picture", "pre", "script", "section", "select", "small",
        "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "th", "thead", "time", "title",
        "tr", "ul",
        "alt", "aria-current", "aria-describedby", "aria-hidden", "aria-label", "aria-labelledby", "charset", "class", "content", "crossorigin",
        "d", "data-pagefind-body", "datetime", "decoding", "defer", "dir", "fill", "for", "height", "href", "hreflang", "id", "integrity", "itemprop",
        "lang", "loading", "media", "name", "property", "rel", "role", "scope", "sizes", "src", "srcset", "stroke", "tabindex", "target", "title",
        "type", "value", "viewbox", "width", "xmlns",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Lower(string html, int start, int end)
    {
        var span = html.AsSpan(start, end - start);
        foreach (var c in span)
            if (c is >= 'A' and <= 'Z' or '\0')
                return string.Create(span.Length, (html, start), static (chars, state) =>
                {
                    for (var k = 0; k < chars.Length; k++)
                    {
                        var c = state.html[state.start + k];
                        chars[k] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c == '\0' ? '\uFFFD' : c;
                    }
                });
        return CommonNames.TryGetValue(span, out var common) ? common : span.ToString();
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>Line and column of positions asked for in increasing order, counting from the last one.</summary>
    private sealed class LineCounter(string text)
    {
        private int _at;
        private int _line = 1;
        private int _lineStart;

        public (int Line, int Column) At(int index)
        {
            var span = text.AsSpan(_at, index - _at);
            var newlines = span.Count('\n');
            if (newlines > 0)
            {
                _line += newlines;
                _lineStart = _at + span.LastIndexOf('\n') + 1;
            }
            _at = index;
            return (_line, index - _lineStart + 1);
        }
    }
}
