using System.Text;

namespace Publisher.Core.Import.Originals.Html;

/// <summary>Whitespace of HTML text: runs of spaces, tabs, line breaks and no-break spaces become one space. Pure.</summary>
internal static class HtmlText
{
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0') { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
