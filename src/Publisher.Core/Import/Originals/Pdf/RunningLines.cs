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
        return inBand
            .Where(x => IsPageNumber(x.Line.Text) || (Shape(x.Line.Text).Length > 0 && pagesByShape[Shape(x.Line.Text)] >= 2))
            .Select(x => x.Line)
            .ToHashSet();
    }

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
