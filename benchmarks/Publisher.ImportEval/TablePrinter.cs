using System.Globalization;

namespace Publisher.ImportEval;

/// <summary>Prints file scores as a fixed-width table or a Markdown table, and (verbose) the misses of each file.</summary>
public static class TablePrinter
{
    private static readonly string[] Headers =
        ["file", "exp", "found", "match", "title", "authors", "date", "kind", "pub", "vol/iss", "P", "R", "F1", "furn", "glued", "lost"];

    public static void Print(TextWriter writer, string caption, IReadOnlyList<FileScore> files, bool markdown, bool verbose)
    {
        var total = FileScore.Total("TOTAL", files);
        var rows = files.Append(total).Select(Cells).ToList();
        writer.WriteLine(markdown ? $"**{caption}**" : caption);
        writer.WriteLine();
        if (markdown) PrintMarkdown(writer, rows);
        else PrintFixed(writer, rows);
        writer.WriteLine();
        if (!verbose) return;
        foreach (var file in files) PrintMisses(writer, file);
    }

    private static string[] Cells(FileScore s) =>
    [
        s.Name, N(s.Expected), N(s.Found), N(s.Matched),
        Ratio(s.TitleOk, s.Expected), Ratio(s.AuthorsOk, s.Expected), Ratio(s.DateOk, s.Expected), Ratio(s.KindOk, s.Expected),
        Ratio(s.PublicationOk, s.Expected), Ratio(s.VolumeIssueOk, s.Expected),
        P(s.Precision), P(s.Recall), P(s.F1), N(s.FurnitureKept.Count), N(s.Glued.Count), N(s.Lost.Count),
    ];

    private static void PrintFixed(TextWriter writer, List<string[]> rows)
    {
        var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
        writer.WriteLine(Line(Headers));
        writer.WriteLine(new string('-', widths.Sum() + 2 * (widths.Length - 1)));
        foreach (var row in rows.Take(rows.Count - 1)) writer.WriteLine(Line(row));
        writer.WriteLine(new string('-', widths.Sum() + 2 * (widths.Length - 1)));
        writer.WriteLine(Line(rows[^1]));
    }

    private static void PrintMarkdown(TextWriter writer, List<string[]> rows)
    {
        writer.WriteLine("| " + string.Join(" | ", Headers) + " |");
        writer.WriteLine("|" + string.Join("|", Headers.Select((_, i) => i == 0 ? " --- " : " ---: ")) + "|");
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            var cells = i == rows.Count - 1 ? row.Select(c => $"**{c}**") : row;
            writer.WriteLine("| " + string.Join(" | ", cells) + " |");
        }
    }

    private static void PrintMisses(TextWriter writer, FileScore file)
    {
        var lines = file.ImportNotes.Select(n => "  import          " + n).ToList();
        foreach (var article in file.Articles.Where(a => a.WrongFields.Count > 0))
        {
            var fm = article.Found?.FrontMatter;
            var got = fm is null ? "nothing" :
                $"title \"{fm.Title}\", authors [{string.Join(", ", fm.Authors)}], date {fm.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}, kind {fm.Kind ?? "-"}, publication {fm.Publication ?? "-"}, vol/iss {fm.Volume?.ToString(CultureInfo.InvariantCulture) ?? "-"}/{fm.Issue?.ToString(CultureInfo.InvariantCulture) ?? "-"}";
            lines.Add($"  \"{article.Expected.Title}\": wrong {string.Join(", ", article.WrongFields)}; got {got}");
        }
        lines.AddRange(file.FurnitureKept.Select(l => "  furniture kept  " + l));
        lines.AddRange(file.Glued.Select(l => "  glued           " + l));
        lines.AddRange(file.Lost.Select(l => "  text lost       " + l));
        writer.WriteLine(file.Name);
        foreach (var line in lines) writer.WriteLine(line);
        writer.WriteLine();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Ratio(int ok, int of) => $"{N(ok)}/{N(of)}";
    private static string P(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
