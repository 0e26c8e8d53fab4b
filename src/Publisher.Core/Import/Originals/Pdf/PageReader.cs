using Publisher.Core.Import.Text;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Publisher.Core.Import.Originals.Pdf;

/// <summary>
/// A PDF page's words as printed lines in reading order. Words are grouped into rows by baseline; the page's column
/// gutters are the vertical strips no body word crosses; a row that crosses a gutter (a masthead, a title set across the
/// columns) is read where it stands, and the rows between two such rows are read column by column.
/// </summary>
internal static class PageReader
{
    public static PdfPageLines Read(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(w => w.Letters.Count > 0 && !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => new PlacedWord(w))
            .ToList();
        words = PdfLinks.Attach(words, PdfLinks.Read(page));
        var lines = ReadingOrder(words, page.Width, page.Height).Select(r => r.ToLine(page.Number)).ToList();
        return new PdfPageLines(page.Number, page.Width, page.Height, lines);
    }

    internal static List<Row> ReadingOrder(List<PlacedWord> words, double pageWidth, double pageHeight)
    {
        if (words.Count == 0) return [];
        var bodySize = BodySize(words);
        var rows = Rows(words, bodySize);
        var margin = MarginRows(rows, pageHeight, bodySize);
        var gutters = Gutters(rows.Where(r => !margin.Contains(r)).ToList(), pageWidth, bodySize);
        var parts = rows.SelectMany(r => margin.Contains(r) ? Whole(r) : SplitAtGutters(r, gutters)).ToList();
        return Order(parts, gutters.Count + 1);
    }

    private static IEnumerable<Row> Whole(Row row)
    {
        row.Column = -1;
        row.InMargin = true;
        yield return row;
    }

    /// <summary>
    /// Rows in the page's top or bottom margin: the outermost rows, set apart from the rest by a wide gap (a running
    /// header, a footer, a page number). They are read whole, never split at a column gutter.
    /// </summary>
    private static HashSet<Row> MarginRows(List<Row> rows, double pageHeight, double bodySize)
    {
        var margin = new HashSet<Row>();
        var top = rows.OrderByDescending(r => r.Baseline).ToList();
        var bottom = rows.OrderBy(r => r.Baseline).ToList();
        // Top: the rows above the first wide gap, when they all stand in the top band. Bottom: likewise upwards.
        AddBeforeGap(top, r => r.Baseline >= pageHeight * 0.85, (upper, lower) => upper.Baseline - lower.Baseline - lower.Size);
        AddBeforeGap(bottom, r => r.Baseline <= pageHeight * 0.15, (lower, upper) => upper.Baseline - lower.Baseline - upper.Size);
        return margin;

        void AddBeforeGap(List<Row> ordered, Func<Row, bool> inBand, Func<Row, Row, double> whitespace)
        {
            for (var i = 0; i + 1 < ordered.Count && inBand(ordered[i]); i++)
            {
                if (whitespace(ordered[i], ordered[i + 1]) < bodySize) continue;
                for (var j = 0; j <= i; j++) margin.Add(ordered[j]);
                return;
            }
        }
    }

    /// <summary>The most common letter size on the page, weighted by letters (the body text's size).</summary>
    internal static double BodySize(IEnumerable<PlacedWord> words) =>
        words.SelectMany(w => w.Word.Letters).GroupBy(l => Math.Round(l.PointSize, 1))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    /// <summary>Words grouped into rows by baseline; small raised words (note markers) join the row they are raised above.</summary>
    private static List<Row> Rows(List<PlacedWord> words, double bodySize)
    {
        var rows = new List<Row>();
        var small = new List<PlacedWord>();
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            if (word.Size < bodySize * NoteMarkers.SizeRatio && word.Text.All(c => char.IsDigit(c) || c is ',' or '*' or '†'))
            {
                small.Add(word);
                continue;
            }
            var row = rows.FirstOrDefault(r => Math.Abs(r.Baseline - word.Baseline) < Math.Min(r.Size, word.Size) * 0.35);
            if (row is null) rows.Add(row = new Row(word.Baseline, word.Size));
            row.Words.Add(word);
        }
        foreach (var word in small)
        {
            var row = rows.Where(r => word.Baseline >= r.Baseline - r.Size * 0.2 && word.Baseline <= r.Baseline + r.Size * 0.8
                                      && word.Left >= r.Words.Min(w => w.Left) - r.Size && word.Left <= r.Words.Max(w => w.Right) + r.Size)
                .OrderBy(r => Math.Abs(r.Baseline - word.Baseline)).FirstOrDefault();
            if (row is null)
            {
                rows.Add(row = new Row(word.Baseline, word.Size));
                row.Words.Add(word);
                continue;
            }
            row.Words.Add(word with { Superscript = word.Baseline > row.Baseline + row.Size * 0.15 });
        }
        foreach (var row in rows) row.Words.Sort((a, b) => a.Left.CompareTo(b.Left));
        return rows.OrderByDescending(r => r.Baseline).ToList();
    }

    /// <summary>
    /// The x positions of the page's column gutters: strips at least an em wide in the middle of the page that body
    /// rows never cross, with body text on both sides over several rows.
    /// </summary>
    internal static List<double> Gutters(List<Row> rows, double pageWidth, double bodySize)
    {
        var body = rows.Where(r => Math.Abs(r.Size - bodySize) < bodySize * 0.25 && r.Words.Count > 0).ToList();
        if (body.Count < 3) return [];
        // Over a few rows an aligned gap can be chance: then a gutter must be wider and hold text on both sides of each row.
        var few = body.Count < 6;
        var left = body.Min(r => r.Words[0].Left);
        var right = body.Max(r => r.Words[^1].Right);
        var width = (int)Math.Ceiling(right - left);
        if (width <= 0) return [];
        var covered = new int[width + 1];
        foreach (var row in body)
        foreach (var word in row.Words)
            for (var x = (int)Math.Max(0, word.Left - left); x <= Math.Min(width, word.Right - left); x++) covered[x]++;
        // A gutter may be crossed by the few rows set across the columns (a contents list, a standfirst), never by the
        // body's rows; inside a column nearly every row covers any x (word spaces are narrow).
        var allowed = Math.Max(1, body.Count / 4);
        var gutters = new List<double>();
        var start = -1;
        for (var x = (int)(width * 0.2); x <= (int)(width * 0.8) + 1; x++)
        {
            var open = x <= width && covered[x] <= allowed;
            if (open && start < 0) start = x;
            if (!open && start >= 0)
            {
                if (x - start >= bodySize * (few ? 1.5 : 0.9)) gutters.Add(left + (start + x) / 2.0);
                start = -1;
            }
        }
        return gutters.Where(g => SidesHoldText(body, g, few ? body.Count : 4)).ToList();
    }

    private static bool SidesHoldText(List<Row> body, double gutter, int rows) =>
        body.Count(r => r.Words.Any(w => w.Right < gutter)) >= rows && body.Count(r => r.Words.Any(w => w.Left > gutter)) >= rows;

    /// <summary>A row split at the gutters it does not cross; a row with a word across a gutter stays whole (column -1).</summary>
    private static IEnumerable<Row> SplitAtGutters(Row row, List<double> gutters)
    {
        if (gutters.Count == 0) { row.Column = 0; yield return row; yield break; }
        if (row.Words.Any(w => gutters.Any(g => w.Left < g && w.Right > g)) || SpacedAcross(row, gutters)) { row.Column = -1; yield return row; yield break; }
        foreach (var group in row.Words.GroupBy(w => gutters.Count(g => w.Left > g)).OrderBy(g => g.Key))
        {
            var part = new Row(row.Baseline, row.Size) { Column = group.Key };
            part.Words.AddRange(group);
            yield return part;
        }
    }

    /// <summary>
    /// A row whose words run on over a gutter with only a word space between them (a footnote or a caption set across
    /// the columns in a smaller type, its word gap falling where the gutter is): one line, not the ends of two columns,
    /// whose lines stand at least a gutter's width apart.
    /// </summary>
    internal static bool SpacedAcross(Row row, List<double> gutters) =>
        gutters.Any(g => row.Words.LastOrDefault(w => w.Right <= g) is { } before && row.Words.FirstOrDefault(w => w.Left >= g) is { } after
                         && after.Left - before.Right < row.Size * 0.6);

    /// <summary>
    /// Top to bottom; the rows between two rows set across the columns are read column by column. Rows of the first
    /// column above the top of the others (a heading set over the columns but not across them) are read first.
    /// </summary>
    private static List<Row> Order(List<Row> parts, int columns)
    {
        var ordered = new List<Row>();
        var band = new List<Row>();
        void Flush()
        {
            if (band.Count == 0) return;
            var others = band.Where(r => r.Column > 0).ToList();
            var topOfOthers = others.Count == 0 ? double.MinValue : others.Max(r => r.Baseline + r.Size);
            var above = band.Where(r => r.Column == 0 && r.Baseline - r.Size * 0.2 > topOfOthers).ToList();
            ordered.AddRange(above);
            var below = BelowTheColumns(band.Where(r => r.Column == 0 && !above.Contains(r)).OrderByDescending(r => r.Baseline).ToList(), others);
            for (var c = 0; c < columns; c++)
                ordered.AddRange(band.Where(r => r.Column == c && !above.Contains(r) && !below.Contains(r)).OrderByDescending(r => r.Baseline));
            ordered.AddRange(below);
            band.Clear();
        }
        foreach (var part in parts.OrderByDescending(r => r.Baseline).ThenBy(r => r.Column))
        {
            if (part.Column < 0) { Flush(); ordered.Add(part); }
            else band.Add(part);
        }
        Flush();
        foreach (var row in ordered.Where(r => r.Column < 0)) row.Column = -1;
        return ordered;
    }

    /// <summary>
    /// Rows at the left margin under the foot of every column, set off by a gap wider than a paragraph's (a "Notes"
    /// heading or a short line printed across the page below balanced columns): read after the columns, not between the
    /// first column and the second. A first column that simply runs longer than the others has no such gap; balanced
    /// columns leave the first a line or two longer, so the gap is looked for under those lines too.
    /// </summary>
    private static List<Row> BelowTheColumns(List<Row> first, List<Row> others)
    {
        if (others.Count == 0 || first.Count < 2) return [];
        var bottom = others.Min(r => r.Baseline);
        var gaps = first.Zip(first.Skip(1), (a, b) => a.Baseline - b.Baseline).Order().ToList();
        var usual = gaps[gaps.Count / 2];
        var runOn = 0;
        for (var k = 1; k < first.Count; k++)
        {
            var row = first[k];
            if (row.Baseline >= bottom - row.Size * 0.5) continue;
            // Set off by more white than the column's lines by half a line of its own type (a heading in a smaller type
            // has a smaller pitch, so the white, not the pitch, is compared).
            if (first[k - 1].Baseline - row.Baseline - row.Size > usual - first[k - 1].Size + row.Size * 0.5) return first.Skip(k).ToList();
            if (++runOn > MaxRunOnRows) return [];
        }
        return [];
    }

    /// <summary>How many lines longer than the others balanced columns leave the first.</summary>
    private const int MaxRunOnRows = 2;

    /// <summary>A word with its position, size and whether it is set raised and small (a note marker).</summary>
    internal sealed record PlacedWord(Word Word, bool Superscript = false)
    {
        /// <summary>The address of the link annotation the word stands under (a web link), if any.</summary>
        public string? Link { get; init; }

        public string Text => Word.Text;
        public double Left => Word.BoundingBox.Left;
        public double Right => Word.BoundingBox.Right;
        public double Top => Word.BoundingBox.Top;
        public double Size { get; } = Word.Letters.Max(l => l.PointSize);
        public double Baseline { get; } = Word.Letters.Where(l => l.PointSize >= Word.Letters.Max(m => m.PointSize) * NoteMarkers.SizeRatio)
            .Select(l => l.StartBaseLine.Y).DefaultIfEmpty(Word.Letters[0].StartBaseLine.Y).First();
        public bool Bold => FontIs(Word, "bold", "black", "heavy") || Word.Letters.Any(l => l.FontDetails?.IsBold == true);
        public bool Italic => FontIs(Word, "italic", "oblique") || Word.Letters.Any(l => l.FontDetails?.IsItalic == true);

        private static bool FontIs(Word word, params string[] names) =>
            word.FontName is { } font && names.Any(n => font.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    internal sealed class Row(double baseline, double size)
    {
        public double Baseline { get; } = baseline;
        public double Size { get; } = size;
        public int Column { get; set; }
        public bool InMargin { get; set; }
        public List<PlacedWord> Words { get; } = [];

        public PdfLine ToLine(int page)
        {
            var text = new StringBuilder();
            string? openLink = null;
            var wordGap = LetterSpacedWordGap();
            for (var i = 0; i < Words.Count; i++)
            {
                var word = Words[i];
                var link = word.Superscript ? null : word.Link;
                if (openLink is not null && link != openLink) { PdfLinks.Close(text, openLink); openLink = null; }
                if (word.Superscript) { text.Append(NoteMarkers.Marker(word.Text)); continue; }
                if (text.Length > 0 && !ClosesUpToMarker(i)) text.Append(i > 0 && word.Left - Words[i - 1].Right > wordGap ? "  " : " ");
                if (link is not null && openLink is null) { text.Append('['); openLink = link; }
                text.Append(NoteMarkers.WithGluedMarkers(word.Word, Size));
            }
            if (openLink is not null) PdfLinks.Close(text, openLink);
            var main = Words.Where(w => !w.Superscript).DefaultIfEmpty(Words[0]).ToList();
            return new PdfLine(page, Ligatures.Spell(text.ToString()), Words.Min(w => w.Left), Words.Max(w => w.Right), Words.Max(w => w.Top), Baseline,
                main.Max(w => w.Size), main.Count(w => w.Bold) * 2 > main.Count, main.Count(w => w.Italic) * 2 > main.Count, Column) { InMargin = InMargin };
        }

        /// <summary>
        /// A full stop or other closing punctuation set hard after a note marker ("salt²."): the text layer makes the
        /// smaller marker its own word, but no space was printed between them.
        /// </summary>
        private bool ClosesUpToMarker(int i) =>
            i > 0 && Words[i - 1].Superscript && Words[i].Text[0] is '.' or ',' or ';' or ':' or ')' or ']' or '?' or '!' or '\u2019' or '\u201D'
            && Words[i].Left - Words[i - 1].Right < Size * 0.15;

        /// <summary>
        /// In a row of letter-spaced display type (each letter its own word: "I N F O C U S"), the gap wider than the
        /// spacing between letters that marks a word break, so the line is written with two spaces there and
        /// <see cref="Publisher.Core.Import.Text.LetterSpacing"/> can give the words back ("IN FOCUS"). Any other row: no gap counts.
        /// </summary>
        private double LetterSpacedWordGap()
        {
            var single = Words.Count(w => !w.Superscript && w.Text.Length == 1 && char.IsLetter(w.Text[0]));
            if (single < 3 || single * 4 < Words.Count * 3) return double.PositiveInfinity;
            var gaps = Words.Zip(Words.Skip(1), (a, b) => b.Left - a.Right).Order().ToList();
            var letterGap = gaps[gaps.Count / 2];
            return letterGap + Size * 0.2;
        }
    }
}
