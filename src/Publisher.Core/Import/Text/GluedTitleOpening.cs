using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The opening of an issue's piece printed with no blank line under it: section labels in capitals ("IN BRIEF", "IN THREE
/// PARAGRAPHS") and a title in title case or capitals glued to the first lines of the prose in one block. Pure.
/// </summary>
internal static partial class GluedTitleOpening
{
    /// <summary>A glued title has at most this many words.</summary>
    private const int MaxTitleWords = 16;

    /// <summary>
    /// The number of label lines and whether a title line follows them, at the head of <paramref name="lines"/>, or null
    /// when the block does not open that way: at most two label lines (set apart in capitals or letterspacing, a few
    /// words, no sentence's end), then one title line (capitals or title case, no sentence's end) and at least two lines
    /// of prose under it (the first of them opening with a capital). A line of wrapped prose in sentence case is no title.
    /// </summary>
    public static (int Labels, int Title)? Find(IReadOnlyList<string> lines)
    {
        var labels = 0;
        while (labels < 2 && labels < lines.Count && IsLabel(lines[labels])) labels++;
        var title = labels;
        if (lines.Count - title < 3) return null;
        var line = lines[title].Trim();
        if (!TextShapes.IsTitleLike(line, MaxTitleWords) || line.EndsWith('-') || !IsTitleCase(line)) return null;
        if (Byline.Read(line) is not null || line.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) return null;
        var next = lines[title + 1].Trim();
        if (next.Length == 0 || !char.IsUpper(next[0])) return null;
        // The prose under it: two lines at least, longer than the title or ending a sentence.
        var prose = lines.Skip(title + 1).ToList();
        if (prose.Count(l => TextLines.WordCount(l) >= 6) < 2) return null;
        return (labels, title);
    }

    /// <summary>A section label line: capitals or letterspacing, one to four words, no sentence's end.</summary>
    public static bool IsLabel(string line) =>
        LetterSpacing.Collapse(line).Trim() is var text && text.Length >= 3
        && (TextShapes.IsCapitalsLabel(text) || SectionLabels.IsLabelShaped(line) && SectionLabels.IsSetApart(line));

    /// <summary>Capitals, or title case: most words of four letters or more open with a capital, the first word too.</summary>
    private static bool IsTitleCase(string line)
    {
        var words = Word().Matches(line).Select(m => m.Value).ToList();
        if (words.Count < 2 || !char.IsUpper(words[0][0])) return false;
        var longWords = words.Where(w => w.Length >= 4).ToList();
        if (longWords.Count == 0) return false;
        return longWords.Count(w => char.IsUpper(w[0])) * 4 >= longWords.Count * 3;
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Word();
}
