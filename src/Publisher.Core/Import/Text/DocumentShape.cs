using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>The physical shape of a seed's text, which decides whether paragraphs split by page breaks are rejoined.</summary>
public enum DocumentShapeKind
{
    /// <summary>Not enough evidence either way: the rules behave as for PDF text.</summary>
    Unknown,

    /// <summary>PDF text: hard-wrapped lines, line-end hyphenation, page numbers, running headers.</summary>
    Pdf,

    /// <summary>Web text: one line per paragraph, long lines, no page furniture. Never rejoined.</summary>
    Web,
}

/// <summary>The decision and the measurements it rests on, in words an editor can check.</summary>
public sealed record DocumentShapeReading(DocumentShapeKind Kind, string Evidence);

/// <summary>
/// Decides from evidence whether a text is PDF-shaped or web-shaped: the share of long lines (a paragraph per line),
/// the share of prose lines that end mid-sentence (hard wrapping), line-end hyphens, bare page numbers and how
/// regularly a blank line follows a line. Pure; measures the text before page furniture is stripped.
/// </summary>
public static partial class DocumentShape
{
    public static DocumentShapeReading Classify(string text)
    {
        var lines = text.Split('\n');
        var nonBlank = 0;
        var prose = 0;          // lines of 40+ characters: wrapped PDF lines or web paragraphs
        var longLines = 0;      // 200+ characters: only a paragraph per line makes these
        var openEnds = 0;       // full-width lines ending mid-sentence
        var hyphenEnds = 0;     // prose lines ending in a word broken by a hyphen
        var bareNumbers = new List<(int Line, int Value)>();
        var followedByBlank = 0;
        var lengths = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            nonBlank++;
            if (PageNumber().Match(line) is { Success: true } number) bareNumbers.Add((nonBlank, int.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture)));
            if (i + 1 < lines.Length && lines[i + 1].Trim().Length == 0) followedByBlank++;
            if (line.Length < 40) continue;
            prose++;
            lengths.Add(line.Length);
            if (line.Length >= 200) longLines++;
            if (BrokenWord().IsMatch(line)) hyphenEnds++;
        }
        if (prose == 0) return new DocumentShapeReading(DocumentShapeKind.Unknown, "no prose lines to measure");
        var pageNumbers = PagedSequence(bareNumbers);

        lengths.Sort();
        var median = lengths[lengths.Count / 2];
        // Hard wrapping shows in full-width lines: in PDF text most of them stop mid-sentence; in web text the lines
        // that stop without a full stop are short ones (headings, list items), so only full-width lines are counted.
        var fullWidth = 0;
        // "…that guided it.1" ends a sentence when the text lists note 1: a glued marker is not hard wrapping.
        var noteNumbers = GluedMarkers.NoteNumbers(lines);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length < 40 || line.Length < median * 0.8) continue;
            fullWidth++;
            if (!BrokenWord().IsMatch(line) && (char.IsLetterOrDigit(line[^1]) || line[^1] is ',' or ';' or '(')
                && !GluedMarkers.EndsSentence(line, noteNumbers)) openEnds++;
        }
        var longShare = (double)longLines / prose;
        var openShare = fullWidth == 0 ? 0 : (double)openEnds / fullWidth;
        var hyphenShare = (double)hyphenEnds / prose;
        var blankShare = nonBlank == 0 ? 0 : (double)followedByBlank / nonBlank;
        var evidence = string.Create(CultureInfo.InvariantCulture,
            $"{prose} prose lines, median {median} characters, {longShare:P0} over 200, {openShare:P0} of full-width lines ending mid-sentence, {hyphenEnds} ending in a broken word, {pageNumbers} bare page numbers, {blankShare:P0} followed by a blank line");

        var pdfEvidence = (pageNumbers >= 2 ? 1 : 0) + (hyphenEnds >= 2 && hyphenShare >= 0.01 ? 1 : 0) + (openShare >= 0.4 && median < 140 ? 1 : 0);
        var webEvidence = longShare >= 0.25 && openShare < 0.25 && hyphenEnds <= 1 && pageNumbers < 2;
        if (pdfEvidence >= 1 && !webEvidence) return new DocumentShapeReading(DocumentShapeKind.Pdf, evidence);
        if (webEvidence && pdfEvidence == 0) return new DocumentShapeReading(DocumentShapeKind.Web, evidence);
        // Short web paragraphs (news sites) are not over 200 characters, but they still end their sentences.
        if (pdfEvidence == 0 && openShare < 0.1 && prose >= 5) return new DocumentShapeReading(DocumentShapeKind.Web, evidence);
        // A blank line after nearly every line sets each line apart as a paragraph, as a browser's copy does; hard-wrapped
        // text has blank lines only between paragraphs.
        if (pdfEvidence == 0 && blankShare >= MinParagraphPerLineShare) return new DocumentShapeReading(DocumentShapeKind.Web, evidence);
        return new DocumentShapeReading(DocumentShapeKind.Unknown, evidence);
    }

    /// <summary>
    /// A web clipper's metadata block (a crawler's YAML front matter) says the text was saved from a web page: a shape
    /// the lines leave unclear is web text, never rejoined across page breaks. Measured evidence of either shape stands
    /// (a clipping hard-wrapped by a text-mode tool still reads as wrapped).
    /// </summary>
    public static DocumentShapeReading WithClipperBlock(DocumentShapeReading reading) =>
        reading.Kind == DocumentShapeKind.Unknown
            ? new DocumentShapeReading(DocumentShapeKind.Web, reading.Evidence + "; saved by a web clipper (its metadata block opens the file)")
            : reading;

    /// <summary>
    /// How many of the bare numbers read as page numbers: the longest run that rises in value down the text with a page's
    /// worth of lines between them. A web page's bare numbers (a like count over a comment count, note numbers each over
    /// its note) stand a line or two apart and do not rise with the text.
    /// </summary>
    private static int PagedSequence(List<(int Line, int Value)> numbers)
    {
        var longest = new int[numbers.Count];
        for (var i = 0; i < numbers.Count; i++)
        {
            longest[i] = 1;
            for (var j = 0; j < i; j++)
                if (numbers[j].Value < numbers[i].Value && numbers[i].Line - numbers[j].Line >= MinLinesPerPage)
                    longest[i] = Math.Max(longest[i], longest[j] + 1);
        }
        return longest.Length == 0 ? 0 : longest.Max();
    }

    private const int MinLinesPerPage = 5;

    private const double MinParagraphPerLineShare = 0.75;

    [GeneratedRegex(@"^(?:p\.?\s*(?<n>\d{1,4})|page\s+(?<n>\d{1,4})(?:\s+of\s+\d{1,4})?|(?<n>\d{1,4})|-\s*(?<n>\d{1,4})\s*-)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\p{Ll}-$")]
    private static partial Regex BrokenWord();
}
