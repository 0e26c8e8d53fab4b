using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A masthead set as a table: a row of field names over a row of their values, column by column ("VOLUME    ISSUE
/// PUBLISHED" over "XLVI      20       16 OCTOBER 2048"), read as the one line a masthead prints them on ("VOLUME XLVI ·
/// ISSUE 20 · PUBLISHED 16 OCTOBER 2048"); or stacked, a field a line (<see cref="FoldStacked"/>). Pure.
/// </summary>
public static partial class MastheadTable
{
    /// <summary>The two rows as one masthead line, or null unless every name is a masthead field's and each has its value.</summary>
    public static string? Fold(string names, string values)
    {
        var fields = Columns(names);
        var cells = Columns(values);
        if (fields.Length < 2 || fields.Length != cells.Length || !fields.All(f => FieldName().IsMatch(f))) return null;
        return string.Join(" · ", fields.Zip(cells, (field, cell) => $"{field} {cell}"));
    }

    /// <summary>
    /// "VOLUME   XLVII" / "ISSUE    11" / "DATE     5 JUNE 2049": the fields stacked one a line, each name and its value
    /// apart by a wide gap, as one masthead line ("VOLUME XLVII · ISSUE 11 · DATE 5 JUNE 2049"); null unless every line
    /// is such a field and there are two or more.
    /// </summary>
    public static string? FoldStacked(IReadOnlyList<string> rows)
    {
        if (rows.Count < 2) return null;
        var fields = rows.Select(Columns).ToList();
        if (fields.Any(f => f.Length != 2 || !FieldName().IsMatch(f[0]))) return null;
        return string.Join(" · ", fields.Select(f => $"{f[0]} {f[1]}"));
    }

    private static string[] Columns(string row) => ColumnGap().Split(row.Trim());

    [GeneratedRegex(@"\s{2,}|\t+")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^(?:vol(?:ume)?\.?|issue|no\.?|number|edition|date|dated|published|issued)$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldName();
}
