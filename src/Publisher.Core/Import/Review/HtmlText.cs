using System.Text;

namespace Publisher.Core.Import.Review;

/// <summary>The report's one escaping function and a builder that uses it for every piece of text.</summary>
internal sealed class HtmlText
{
    private readonly StringBuilder _html = new();

    /// <summary>Escapes text for element content and double-quoted attribute values.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return sb.ToString();
    }

    /// <summary>Markup written as it is (tags and attributes the report itself spells).</summary>
    public HtmlText Raw(string markup) { _html.Append(markup); return this; }

    /// <summary>Text, escaped.</summary>
    public HtmlText Text(string text) { _html.Append(Escape(text)); return this; }

    /// <summary>An element around escaped text: <c>Element("td", "x", "class=\"n\"")</c>.</summary>
    public HtmlText Element(string tag, string text, string? attributes = null) =>
        Raw(attributes is null ? $"<{tag}>" : $"<{tag} {attributes}>").Text(text).Raw($"</{tag}>");

    public HtmlText Line(string markup = "") { _html.Append(markup).Append('\n'); return this; }

    public static string Attr(string name, string value) => $"{name}=\"{Escape(value)}\"";

    public override string ToString() => _html.ToString();
}
