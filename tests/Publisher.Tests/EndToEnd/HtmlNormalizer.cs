using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// Parses HTML with AngleSharp and writes it back in a form that diffs well: one element, text run or
/// comment per line, indented by depth, attributes sorted by name, whitespace runs collapsed to one space
/// (except inside <c>pre</c>/<c>textarea</c>). A change in markup shows up as a change in one line.
/// </summary>
public static partial class HtmlNormalizer
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly HashSet<string> PreformattedElements = new(StringComparer.Ordinal) { "pre", "textarea" };

    public static string Normalize(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var sb = new StringBuilder();
        foreach (var node in document.ChildNodes) Write(node, 0, preformatted: false, sb);
        return sb.ToString();
    }

    private static void Write(INode node, int depth, bool preformatted, StringBuilder sb)
    {
        switch (node)
        {
            case IDocumentType doctype:
                Line(sb, depth, $"<!DOCTYPE {doctype.Name}>");
                break;
            case IComment comment:
                Line(sb, depth, $"<!--{Collapse(comment.Data)}-->");
                break;
            case IText text:
                WriteText(text.Data, depth, preformatted, sb);
                break;
            case IElement element:
                WriteElement(element, depth, preformatted, sb);
                break;
        }
    }

    private static void WriteElement(IElement element, int depth, bool preformatted, StringBuilder sb)
    {
        var name = element.LocalName;
        var attributes = element.Attributes
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => a.Value.Length == 0 ? " " + a.Name : $" {a.Name}=\"{EscapeAttribute(Collapse(a.Value))}\"");
        Line(sb, depth, $"<{name}{string.Concat(attributes)}>");
        if (VoidElements.Contains(name)) return;

        var inner = preformatted || PreformattedElements.Contains(name);
        foreach (var child in element.ChildNodes) Write(child, depth + 1, inner, sb);
        Line(sb, depth, $"</{name}>");
    }

    private static void WriteText(string text, int depth, bool preformatted, StringBuilder sb)
    {
        if (preformatted)
        {
            foreach (var line in text.Replace("\r\n", "\n").Split('\n')) Line(sb, depth, EscapeText(line), trim: false);
            return;
        }
        var collapsed = Collapse(text);
        if (collapsed.Length > 0) Line(sb, depth, EscapeText(collapsed));
    }

    private static void Line(StringBuilder sb, int depth, string content, bool trim = true) =>
        sb.Append(' ', depth * 2).Append(trim ? content.Trim() : content).Append('\n');

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private static string EscapeText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);

    private static string EscapeAttribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);

    // HTML whitespace only: a no-break space is content and stays (written as &nbsp;).
    [GeneratedRegex("[ \t\n\r\f]+")]
    private static partial Regex Whitespace();
}
