using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Originals.Pdf;

/// <summary>
/// Lines whose type and place mark their role beside a title (<see cref="TitleType"/>): a section label is a short line
/// right above a title, set apart from the body type (smaller, or in capitals or small capitals); a byline is a short
/// line right under a title, set in a type of its own (italic, another size or weight), that the byline recognisers read
/// as names. Evidence for the text reader (<see cref="PageFacts.SectionLabelLines"/>, <see cref="PageFacts.BylineLines"/>),
/// as title type is: the words still have to read as a label or a byline.
/// </summary>
internal static class TypeRoles
{
    private const int MaxLabelWords = 4;
    private const int MaxBylineWords = 12;

    /// <param name="lines">The kept lines in reading order.</param>
    /// <param name="title">Whether each line is set in title type.</param>
    public static (HashSet<int> Labels, HashSet<int> Bylines) Find(IReadOnlyList<PdfLine> lines, IReadOnlyList<bool> title, double bodySize)
    {
        var labels = new HashSet<int>();
        var bylines = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (title[i] || lines[i].InMargin) continue;
            var line = lines[i];
            var underTitle = i > 0 && title[i - 1] && lines[i - 1].Page == line.Page;
            var overTitle = i + 1 < lines.Count && title[i + 1] && lines[i + 1].Page == line.Page;
            if (overTitle && IsLabel(line, bodySize)) labels.Add(i);
            else if (underTitle && IsByline(line, bodySize)) bylines.Add(i);
        }
        return (labels, bylines);
    }

    /// <summary>A few words, no numbers, no sentence, in smaller type or capitals; not a name printed over the title.</summary>
    internal static bool IsLabel(PdfLine line, double bodySize)
    {
        var text = LetterSpacing.Collapse(line.Text).Trim();
        if (text.Length == 0 || TextLines.WordCount(text) > MaxLabelWords || text.Any(char.IsDigit) || IssueSegmenter.EndsSentence(text)) return false;
        if (!text.Any(char.IsLetter) || IssueSegmenter.BylineNames(text) is not null && SectionLabels.IssueKind(text) is null) return false;
        var apart = line.FontSize < bodySize * 0.95 || text.Where(char.IsLetter).All(char.IsUpper);
        return apart && line.FontSize < bodySize * 1.2;
    }

    /// <summary>A short line in a type other than the body's, whose words read as a byline's names.</summary>
    internal static bool IsByline(PdfLine line, double bodySize)
    {
        var text = line.Text.Trim();
        if (text.Length == 0 || TextLines.WordCount(text) > MaxBylineWords) return false;
        var ownType = line.Italic || line.Bold || Math.Abs(line.FontSize - bodySize) > bodySize * 0.05;
        return ownType && (IssueSegmenter.BylineNames(text) ?? CapitalsByline.Names(text)) is not null;
    }
}
