using System.Globalization;
using System.Text;

namespace Publisher.Core.Build.Reading;

/// <summary>
/// A citation as one RIS record (the format reference managers import): <c>TAG  - value</c> lines, two letters or a
/// letter and a digit, two spaces, a hyphen and a space; CRLF line ends as the specification has them; the record
/// starts with <c>TY  - JOUR</c> and ends with <c>ER  - </c>. A value is one line: line breaks become spaces.
/// </summary>
public static class Ris
{
    public const string LineEnd = "\r\n";

    public static string Write(Citation citation)
    {
        var sb = new StringBuilder();
        Line(sb, "TY", "JOUR");
        foreach (var author in citation.Authors) Line(sb, "AU", Citation.Inverted(author));
        Line(sb, "TI", citation.Title);
        Line(sb, "T2", citation.Publication);
        Line(sb, "JO", citation.Publication);
        if (citation.Volume is { } volume) Line(sb, "VL", volume.ToString(CultureInfo.InvariantCulture));
        if (citation.Issue is { } issue) Line(sb, "IS", issue.ToString(CultureInfo.InvariantCulture));
        Line(sb, "PY", citation.Date.Year.ToString(CultureInfo.InvariantCulture));
        Line(sb, "DA", citation.Date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Line(sb, "UR", citation.Url);
        Line(sb, "ID", citation.Key);
        sb.Append("ER  - ").Append(LineEnd);
        return sb.ToString();
    }

    /// <summary>A value on one line: every run of whitespace (line breaks included) becomes one space.</summary>
    public static string OneLine(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Line(StringBuilder sb, string tag, string value) =>
        sb.Append(tag).Append("  - ").Append(OneLine(value)).Append(LineEnd);
}
