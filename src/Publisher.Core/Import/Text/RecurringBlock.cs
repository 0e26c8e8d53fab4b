using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A block a daily letter prints between its stories in every send, no piece and no text of one: a label (in capitals,
/// or the name of a recurring feature: <see cref="RecurringFeature"/>) over rows of figures or times (a calendar, a tide
/// or weather table: no row is a sentence), or over one quotation and the line that attributes it ("— a farmer at the
/// market"); under a recurring feature's own name ("Figure of the day"), a few lines of anything. Pure.
/// </summary>
public static partial class RecurringBlock
{
    private const int MaxLabelWords = 6;
    private const int MaxRows = 12;
    private const int MaxNamedLines = 4;
    private const int MaxNamedWords = 60;

    /// <summary>The block's label: one line, capitals or a recurring feature's name, no sentence.</summary>
    public static bool IsLabel(string line)
    {
        var t = line.Trim().TrimEnd(':').Trim();
        return t.Length > 0 && TextLines.WordCount(t) <= MaxLabelWords && t[^1] is not ('.' or '?' or '!' or ',')
            && (TextShapes.IsCapitalsLabel(t) || RecurringFeature.IsName(t));
    }

    /// <summary>What the label stands over: rows of figures or times, or a quotation and its attribution.</summary>
    public static bool IsContent(IReadOnlyList<string> lines)
    {
        var rows = lines.Where(l => l.Trim().Length > 0).ToList();
        return rows.Count > 0 && (rows.Count <= MaxRows && (rows.All(IsFigureRow) || IsTableWithNote(rows)) || IsAttributedQuotation(rows));
    }

    /// <summary>
    /// Rows of figures and, last, one short note ("Last sailing Saturday 16:00; no sailings Sunday.", "Times local; heights
    /// above chart datum."): the table's own footnote, though it ends as a sentence does.
    /// </summary>
    private static bool IsTableWithNote(IReadOnlyList<string> rows) =>
        rows.Count >= MinRowsOverNote + 1 && rows.Take(rows.Count - 1).All(IsFigureRow)
        && TextLines.WordCount(rows[^1]) <= MaxNoteWords && EndnoteShapes.Entry(rows[^1].Trim()) is null;

    private const int MinRowsOverNote = 2;
    private const int MaxNoteWords = 12;

    /// <summary>
    /// What <paramref name="label"/> stands over: as <see cref="IsContent"/>, or, under a recurring feature's own name
    /// ("Figure of the day"), a few lines of anything — the name says what they are.
    /// </summary>
    public static bool IsContentUnder(string label, IReadOnlyList<string> lines) =>
        IsContent(lines) || RecurringFeature.IsName(label) && lines.Count(l => l.Trim().Length > 0) <= MaxNamedLines
            && lines.Sum(TextLines.WordCount) <= MaxNamedWords;

    /// <summary>
    /// "08:30  Magistrates sit, Town Hall" (a time first), "Harbour 06:42 4.8 m" (two figures or more), "Weir   2.40 m
    /// steady" (a figure in a row set in columns).
    /// </summary>
    private static bool IsFigureRow(string line)
    {
        var t = line.Trim();
        var figures = Figure().Count(t);
        // A note's entry ("2 Interview with an officer, March 2032.") has figures too, and is text.
        return !ProseEnd().IsMatch(t) && EndnoteShapes.Entry(t) is null && !NumberedItem().IsMatch(t)
            && (LeadingTime().IsMatch(t) || figures >= 2 || figures == 1 && ColumnGap().IsMatch(t));
    }

    /// <summary>"“You think about the men in the water.”" / "   - the coxswain": the quotation's lines, then a dash and who said it.</summary>
    private static bool IsAttributedQuotation(IReadOnlyList<string> rows)
    {
        if (rows.Count < 2 || QuotationAttribution.Who(rows[^1]) is null) return false;
        var quoted = string.Join(' ', rows.Take(rows.Count - 1).Select(r => r.Trim()));
        return PullQuote.IsStandaloneQuotation(quoted);
    }

    [GeneratedRegex(@"\S {2,}\S")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^\d{1,3}[.)]?\s+\p{Lu}\p{Ll}")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}\b")]
    private static partial Regex LeadingTime();

    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?:[.,:]\d+)?(?![\p{L}\d])")]
    private static partial Regex Figure();

    // A row of a table ends on a figure or a word; a sentence's full stop after a word of prose makes it text.
    [GeneratedRegex(@"\p{Ll}{2,}[.!?]$")]
    private static partial Regex ProseEnd();
}
