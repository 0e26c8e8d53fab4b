using System.Globalization;
using System.Text;

namespace Publisher.Core.Build.Reading;

/// <summary>
/// A citation as one BibTeX <c>@article</c> entry (UTF-8; biblatex and BibTeX both read it). Text fields are escaped
/// for LaTeX and the title is braced so its capitals are kept; the URL field is verbatim, as the url package reads it.
/// </summary>
public static class BibTeX
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Write(Citation citation)
    {
        var sb = new StringBuilder();
        sb.Append("@article{").Append(Key(citation.Key)).Append(",\n");
        if (citation.Authors.Count > 0)
            Field(sb, "author", string.Join(" and ", citation.Authors.Select(Author)));
        Field(sb, "title", "{" + Escape(citation.Title) + "}");
        Field(sb, "journal", Escape(citation.Publication));
        if (citation.Volume is { } volume) Field(sb, "volume", volume.ToString(CultureInfo.InvariantCulture));
        if (citation.Issue is { } issue) Field(sb, "number", issue.ToString(CultureInfo.InvariantCulture));
        Field(sb, "year", citation.Date.Year.ToString(CultureInfo.InvariantCulture));
        sb.Append("  month = ").Append(Months[citation.Date.Month - 1]).Append(",\n");
        Field(sb, "date", citation.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(sb, "url", Url(citation.Url));
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>LaTeX's special characters written so they print as themselves; whitespace runs become one space.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space) sb.Append(' ');
                space = true;
                continue;
            }
            space = false;
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '$' => @"\$",
                '&' => @"\&",
                '%' => @"\%",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>"Doe, Jane Q."; a one-word name (an organisation) is braced so it is never split into given and family names.</summary>
    private static string Author(string name)
    {
        var (given, family) = Citation.Split(name);
        // Braced: "and" inside a name would otherwise split it in two.
        return given.Length == 0 ? "{" + Escape(family) + "}" : "{" + Escape(family) + "}, " + Escape(given);
    }

    /// <summary>An entry key: the slug's letters, digits and <c>-_:.</c> (anything else would end the key).</summary>
    private static string Key(string slug)
    {
        var key = new string(slug.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.').ToArray());
        return key.Length > 0 ? key : "article";
    }

    /// <summary>A URL is read verbatim: only braces (which would end the field) and spaces are percent-encoded.</summary>
    private static string Url(string url) =>
        url.Trim().Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);

    private static void Field(StringBuilder sb, string name, string value) =>
        sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
