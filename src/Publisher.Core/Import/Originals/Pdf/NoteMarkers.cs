using System.Text;
using UglyToad.PdfPig.Content;

namespace Publisher.Core.Import.Originals.Pdf;

/// <summary>
/// Note markers set as superscripts (small, raised glyphs) written as the text importer reads them: <c>[n]</c>.
/// A superscript that is not a number (an asterisk, an ordinal's letters) is kept as printed.
/// </summary>
internal static class NoteMarkers
{
    /// <summary>
    /// Below this share of the text's size a glyph may be a note marker; it is one only if it is also raised. Layouts set
    /// markers anywhere from about half the body size to 85–90% of it; the raise is what tells them from small type.
    /// </summary>
    internal const double SizeRatio = 0.9;

    private const double RaisedBy = 0.15;

    /// <summary>"1" → "[1]", "2,3" → "[2][3]", anything else as printed.</summary>
    public static string Marker(string superscript)
    {
        var numbers = superscript.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return numbers.Length > 0 && numbers.All(n => n.Length is > 0 and <= 3 && n.All(char.IsAsciiDigit))
            ? string.Concat(numbers.Select(n => $"[{n}]"))
            : superscript;
    }

    /// <summary>A word's text with the superscript digits glued to it ("afford.1" set with a small raised 1) as markers.</summary>
    public static string WithGluedMarkers(Word word, double rowSize)
    {
        var letters = word.Letters;
        var mainBaseline = letters.Where(l => l.PointSize >= rowSize * SizeRatio).Select(l => l.StartBaseLine.Y).DefaultIfEmpty(double.NaN).First();
        if (double.IsNaN(mainBaseline)) return word.Text;
        var text = new StringBuilder();
        var run = new StringBuilder();
        foreach (var letter in letters)
        {
            var raised = letter.PointSize < rowSize * SizeRatio && letter.StartBaseLine.Y > mainBaseline + rowSize * RaisedBy;
            if (raised) { run.Append(letter.Value); continue; }
            if (run.Length > 0) { text.Append(Marker(run.ToString())); run.Clear(); }
            text.Append(letter.Value);
        }
        if (run.Length > 0) text.Append(Marker(run.ToString()));
        return text.ToString();
    }
}
