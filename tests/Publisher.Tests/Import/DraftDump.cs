using System.Globalization;
using System.Text;
using Publisher.Core.Import;
using Publisher.Core.Import.Formats;

namespace Publisher.Tests.Import;

/// <summary>A readable, stable text form of what a reader produced, for golden cases.</summary>
public static class DraftDump
{
    public static string Render(string formatName, RawReadResult result)
    {
        var sb = new StringBuilder();
        sb.Append("format: ").Append(formatName).Append('\n');
        var n = 0;
        foreach (var d in result.Drafts)
        {
            n++;
            sb.Append(CultureInfo.InvariantCulture, $"=== draft {n} (title line {d.Origin.Line}, body line {d.BodyStartLine})\n");
            sb.Append("title: ").Append(d.Title).Append('\n');
            sb.Append("authors: ").Append(string.Join("; ", d.Authors)).Append('\n');
            Field(sb, "kind", d.Kind);
            Field(sb, "publication", d.Publication);
            Field(sb, "volume", d.Volume?.ToString(CultureInfo.InvariantCulture));
            Field(sb, "issue", d.Issue?.ToString(CultureInfo.InvariantCulture));
            Field(sb, "date", d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Field(sb, "summary", d.Summary);
            if (d.Inferred.Count > 0) Field(sb, "inferred", string.Join(", ", d.Inferred));
            sb.Append("body:\n").Append(d.Body).Append('\n');
            if (d.Notes is not null) sb.Append("notes:\n").Append(d.Notes).Append('\n');
            if (d.AuthorBio is not null) sb.Append("bio:\n").Append(d.AuthorBio).Append('\n');
        }
        foreach (var piece in result.Dropped)
            sb.Append(CultureInfo.InvariantCulture, $"dropped {piece.Kind} @{piece.Location.Line}: {piece.Text}\n");
        foreach (var action in result.Actions)
            sb.Append(CultureInfo.InvariantCulture, $"{action.Kind} @{action.Location?.Line}: {action.Before} → {action.After}\n");
        return sb.ToString().TrimEnd('\n');
    }

    private static void Field(StringBuilder sb, string name, string? value)
    {
        if (value is not null) sb.Append(name).Append(": ").Append(value).Append('\n');
    }
}
