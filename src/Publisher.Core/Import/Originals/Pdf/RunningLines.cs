using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Originals.Pdf;

/// <summary>
/// Running headers, footers and page numbers: lines in the top or bottom band of a page that repeat (numbers aside) in
/// that band on other pages, or that are a bare page number ("7", "- 7 -", "Page 7 of 12"). Found by position and
/// repetition, never by wording, so a new publication's running lines are found as well as this one's.
/// </summary>
internal static partial class RunningLines
{
    /// <summary>The share of the page's height, at the top and at the bottom, where running lines stand.</summary>
    private const double Band = 0.12;

    /// <summary>The lines to leave out of the text, each with the page it stood on.</summary>
    public static HashSet<PdfLine> Find(IReadOnlyList<PdfPageLines> pages)
    {
        var inBand = pages.SelectMany(p => p.Lines.Select(l => (Line: l, Page: p)))
            .Where(x => IsInBand(x.Line, x.Page))
            .ToList();
        var pagesByShape = inBand.GroupBy(x => Shape(x.Line.Text), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Page.Page).Distinct().Count(), StringComparer.Ordinal);
        var bodySize = BodySize(pages);
        var mastheadLines = MastheadLines(pages, bodySize);
        var masthead = mastheadLines.SelectMany(l => Words(l.Text)).ToHashSet(StringComparer.Ordinal);
        return inBand
            .Where(x => IsPageNumber(x.Line.Text) || (Shape(x.Line.Text).Length > 0 && pagesByShape[Shape(x.Line.Text)] >= 2)
                        || Alternates(x.Line, x.Page, inBand, bodySize)
                        || !mastheadLines.Contains(x.Line) && (RepeatsMasthead(x.Line, masthead, bodySize) || LoneHeader(x.Line, x.Page, masthead, bodySize)))
            .Select(x => x.Line)
            .ToHashSet();
    }

    /// <summary>Why a running line was left out, for the review report.</summary>
    internal static string Reason(PdfLine line, IReadOnlyList<PdfPageLines> pages)
    {
        if (IsPageNumber(line.Text)) return $"a page number at the edge of page {line.Page}";
        var shape = Shape(line.Text);
        var repeated = pages.Count(p => p.Page != line.Page && p.Lines.Any(l => l.InMargin && Shape(l.Text) == shape));
        return repeated > 0
            ? $"a running line at the edge of page {line.Page}, repeated on other pages"
            : $"a running line at the edge of page {line.Page}, in small type like the running lines of the facing pages, repeating the masthead or set as a header's fields";
    }

    /// <summary>
    /// Left and right pages often carry different running lines (the publication's name on one, the issue and date on
    /// the other), so each may occur once in a short issue: a line in small type in a page's margin band is running
    /// when a page of the other parity has a line in the same band set in the same type.
    /// </summary>
    private static bool Alternates(PdfLine line, PdfPageLines page, List<(PdfLine Line, PdfPageLines Page)> inBand, double bodySize) =>
        line.FontSize < bodySize * 0.95 && TopBand(line, page) is var top
        && inBand.Any(x => (x.Page.Page - page.Page) % 2 != 0 && TopBand(x.Line, x.Page) == top && x.Line.Style == line.Style && !IsPageNumber(x.Line.Text));

    /// <summary>A small margin line whose every word (two or more) is printed in the masthead repeats the publication's name, volume, issue or date.</summary>
    private static bool RepeatsMasthead(PdfLine line, HashSet<string> masthead, double bodySize)
    {
        if (line.FontSize >= bodySize * 0.95) return false;
        var words = Words(line.Text);
        return words.Count >= 2 && words.All(masthead.Contains);
    }

    /// <summary>
    /// A running header printed once (a short issue, or a header only on the pages after the masthead's): a line in small
    /// type in the top margin of a later page that names the publication (most of its words, two or more, are the
    /// masthead's) or is set as separated fields with a number in one (a volume, an issue, a date). A note in the margin
    /// in words of its own stays.
    /// </summary>
    private static bool LoneHeader(PdfLine line, PdfPageLines page, HashSet<string> masthead, double bodySize)
    {
        if (page.Page == 1 || !TopBand(line, page) || line.FontSize >= bodySize * 0.95) return false;
        var words = Words(line.Text);
        var named = words.Count(masthead.Contains);
        return named >= 2 && named * 2 > words.Count || FieldsWithNumber().IsMatch(line.Text);
    }

    /// <summary>
    /// The first page's lines above its first line of body type (its masthead), page numbers aside; a masthead standing
    /// in the top margin, apart from the text by a rule's gap, is still the masthead.
    /// </summary>
    private static HashSet<PdfLine> MastheadLines(IReadOnlyList<PdfPageLines> pages, double bodySize)
    {
        if (pages.Count == 0) return [];
        return pages[0].Lines.Where(l => !l.InMargin || TopBand(l, pages[0])).TakeWhile(l => Math.Abs(l.FontSize - bodySize) > bodySize * 0.05)
            .Where(l => !IsPageNumber(l.Text)).ToHashSet();
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    private static bool TopBand(PdfLine line, PdfPageLines page) => line.Top >= page.Height * (1 - Band);

    /// <summary>The body text's size: the size most of the document's letters are set in.</summary>
    private static double BodySize(IReadOnlyList<PdfPageLines> pages) =>
        pages.SelectMany(p => p.Lines).GroupBy(l => l.Style.Size).OrderByDescending(g => g.Sum(l => l.Text.Length)).ThenBy(g => g.Key)
            .Select(g => g.Key).DefaultIfEmpty(10).First();

    /// <summary>Two or more fields between separators (· | • — –), one of them holding a number: "Review | Spring 2030".</summary>
    [GeneratedRegex(@"^[^·|•—–]*\p{L}[^·|•—–]*\s[·|•—–]\s.*\d|^[^·|•—–]*\d[^·|•—–]*\s[·|•—–]\s.*\p{L}")]
    private static partial Regex FieldsWithNumber();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    /// <summary>Set apart from the text in the top or bottom margin (a body line near the edge is not a running line).</summary>
    private static bool IsInBand(PdfLine line, PdfPageLines page) =>
        line.InMargin && (line.Top >= page.Height * (1 - Band) || line.Baseline <= page.Height * Band);

    /// <summary>The line with numbers (page, issue, date) and spacing made uniform, so each page's variant compares equal.</summary>
    internal static string Shape(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsDigit(c)) { if (sb.Length == 0 || sb[^1] != '#') sb.Append('#'); }
            else if (char.IsLetter(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString().Trim('#');
    }

    internal static bool IsPageNumber(string text) => PageNumberShape().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:[-–—|·•(\[]\s*)?(?:(?:page|p\.|pg\.?)\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—|·•)\]])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberShape();
}
