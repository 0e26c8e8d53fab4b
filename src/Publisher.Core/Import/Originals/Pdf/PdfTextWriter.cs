using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Originals.Pdf;

/// <summary>
/// A PDF's lines (in reading order, running lines already found) written as the seed text the text importer reads: one
/// printed line per text line, a blank line between paragraphs (a wider gap, an indented first line, a change of type
/// such as a title, a byline or a heading), a form feed opening each new page, and line-end hyphens resolved with the
/// document's own words.
/// </summary>
internal static class PdfTextWriter
{
    public static string Write(IReadOnlyList<PdfPageLines> pages, HashSet<PdfLine> running, string seedPath, List<FixupAction> fixes) =>
        WriteWithType(pages, running, seedPath, fixes).Text;

    /// <summary>The text, and the numbers of its lines set in title type (<see cref="TitleType"/>), as section labels and as bylines (<see cref="TypeRoles"/>).</summary>
    public static (string Text, LineTypes Type) WriteWithType(IReadOnlyList<PdfPageLines> pages, HashSet<PdfLine> running, string seedPath, List<FixupAction> fixes)
    {
        var kept = new List<PdfLine>();
        var droppedBefore = new List<(int Index, PdfLine Line)>();
        foreach (var page in pages)
        foreach (var line in page.Lines)
        {
            if (running.Contains(line)) droppedBefore.Add((kept.Count, line));
            else kept.Add(line);
        }
        var texts = PdfLinks.JoinWrapped(LineEndHyphen.Resolve(kept.Select(l => l.Text).ToList()));
        var pitch = LinePitch(kept);
        var columnRight = kept.Where(l => l.Column >= 0).GroupBy(l => (l.Page, l.Column)).ToDictionary(g => g.Key, g => g.Max(l => l.Right));
        // A column's left edge is where most of its lines start (a centred or indented line does not move it).
        var columnLeft = kept.GroupBy(l => (l.Page, l.Column)).ToDictionary(g => g.Key,
            g => g.GroupBy(l => Math.Round(l.Left)).OrderByDescending(x => x.Count()).ThenBy(x => x.Key).First().Min(l => l.Left));
        var bodySize = BodySize(kept);
        var pitchPerSize = pitch / bodySize;
        var titleLines = new HashSet<int>();
        var inTitleType = kept.Select(l => TitleType.Is(l, bodySize) && !l.InMargin).ToList();

        var output = new StringBuilder();
        var lineNumber = 1;
        var lineOfIndex = new int[kept.Count + 1];
        for (var i = 0; i < kept.Count; i++)
        {
            var line = kept[i];
            if (i > 0)
            {
                var previous = kept[i - 1];
                if (StartsParagraph(previous, line, pitchPerSize, columnLeft, columnRight)) { output.Append('\n'); lineNumber++; }
            }
            lineOfIndex[i] = lineNumber;
            if (inTitleType[i]) titleLines.Add(lineNumber);
            if (i > 0 && line.Page != kept[i - 1].Page) output.Append('\f');
            output.Append(texts[i]).Append('\n');
            lineNumber++;
        }
        lineOfIndex[kept.Count] = lineNumber;
        foreach (var (index, line) in droppedBefore)
            fixes.Add(new FixupAction(FixupActionKinds.DroppedPdfRunningLine, line.Text, new SourceLocation(seedPath, Math.Max(1, lineOfIndex[index])))
            {
                Reason = RunningLines.Reason(line, pages),
            });
        var (labels, bylines) = TypeRoles.Find(kept, inTitleType, bodySize);
        return (output.ToString(), new LineTypes(titleLines, labels.Select(i => lineOfIndex[i]).ToHashSet(), bylines.Select(i => lineOfIndex[i]).ToHashSet()));
    }

    /// <summary>The seed lines set in title type, as section labels and as bylines.</summary>
    internal sealed record LineTypes(IReadOnlySet<int> Titles, IReadOnlySet<int> Labels, IReadOnlySet<int> Bylines);

    /// <summary>The usual distance between the baselines of two lines of one paragraph in the body type.</summary>
    private static double LinePitch(List<PdfLine> lines)
    {
        var gaps = lines.Zip(lines.Skip(1))
            .Where(p => p.First.Page == p.Second.Page && p.First.Column == p.Second.Column && p.First.Style == p.Second.Style)
            .Select(p => Math.Round(p.First.Baseline - p.Second.Baseline, 1))
            .Where(g => g > 0)
            .ToList();
        return gaps.Count == 0 ? 12 : gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    private static double BodySize(List<PdfLine> lines) =>
        lines.Count == 0 ? 10 : lines.GroupBy(l => l.Style.Size).OrderByDescending(g => g.Sum(l => l.Text.Length)).ThenBy(g => g.Key).First().Key;

    /// <summary>
    /// The line stands at the same inset as the line before it, which runs on without ending a sentence: both are set
    /// inside a box or a quotation (a sidebar's padding), not a paragraph's first-line indent, which one line has alone.
    /// </summary>
    internal static bool InSameInset(PdfLine previous, PdfLine line) =>
        Math.Abs(previous.Left - line.Left) < line.FontSize * 0.2 && !EndsSentence(previous.Text);

    /// <summary>The line ends a sentence or a lead-in's colon (<see cref="SentenceEnd"/>).</summary>
    internal static bool EndsSentence(string text) => SentenceEnd.Closes(text, colon: true);

    private static bool StartsParagraph(PdfLine previous, PdfLine line, double pitchPerSize,
        Dictionary<(int, int), double> columnLeft, Dictionary<(int, int), double> columnRight)
    {
        if (previous.Style != line.Style) return true;
        var indent = line.Left - columnLeft[(line.Page, line.Column)];
        var indented = indent > line.FontSize * 0.6 && indent < line.FontSize * 4;
        var sameColumn = previous.Page == line.Page && previous.Column == line.Column;
        if (sameColumn)
        {
            var gap = previous.Baseline - line.Baseline;
            return gap > pitchPerSize * line.FontSize * 1.4 || gap < 0 || (indented && !InSameInset(previous, line));
        }
        // Across a column or a page: the paragraph ends when the next line is indented, or when the last line ends a
        // sentence and stops short of the column's right edge (a ragged line that ends mid-sentence runs on).
        var right = previous.Column >= 0 ? columnRight[(previous.Page, previous.Column)] : previous.Right;
        var endsSentence = EndsSentence(previous.Text);
        return indented || (endsSentence && previous.Right < right - previous.FontSize * 2.5);
    }
}
