using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The further lines of a note wrapped over several lines: "[2] See the author's earlier brief, “Pylons and
/// Patronage,”" / "Terrorism Monitor, Volume 27, Issue 20, 2029." or "… annual report 2028," / "https://…". Such a tail
/// names a journal, a volume and issue, a date or an address — the shapes of a masthead or a page footer — but it is
/// the note's text: it follows the note's first line with no blank line between, that line stops mid-sentence, and
/// the tail carries no separators or page number of its own. Pure.
/// </summary>
internal static partial class CitationContinuation
{
    private const int MaxLinesAbove = 4;
    private const int MaxLength = 160;

    /// <summary>
    /// The 0-based lines that continue a note entry and read as a citation's tail; a line printed more than once is a
    /// running line, never a note's own text.
    /// </summary>
    public static HashSet<int> Lines(IReadOnlyList<string> lines)
    {
        var found = new HashSet<int>();
        Dictionary<string, int>? counts = null;
        for (var i = 1; i < lines.Count; i++)
        {
            if (!Continues(lines, i)) continue;
            counts ??= lines.Select(l => l.Trim()).Where(l => l.Length > 0).GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            if (counts[lines[i].Trim()] == 1) found.Add(i);
        }
        return found;
    }

    /// <summary>Whether line <paramref name="i"/> continues the note entry right above it.</summary>
    public static bool Continues(IReadOnlyList<string> lines, int i)
    {
        var line = lines[i].Trim();
        if (line.Length == 0 || line.Length > MaxLength || !Tail().IsMatch(line) || Separators().IsMatch(line) || TrailingPage().IsMatch(line)) return false;
        if (EndnoteShapes.Entry(line) is not null || IsNoteStart(line)) return false;
        // The note above: its first line within a few lines, every line from it down to this one unbroken by a blank
        // line and stopping mid-sentence.
        for (var j = i - 1; j >= 0 && j >= i - MaxLinesAbove; j--)
        {
            var above = lines[j].Trim();
            if (above.Length == 0 || !StopsMidSentence(above)) return false;
            if (EndnoteShapes.Entry(above) is not null || IsNoteStart(above)) return true;
        }
        return false;
    }

    private static bool StopsMidSentence(string line)
    {
        var core = line.TrimEnd('"', '\'', '”', '’', ' ');
        if (core.Length == 0) return false;
        var last = core[^1];
        return last is ',' or '-' or '(' or ':' || char.IsLetterOrDigit(last);
    }

    /// <summary>A note's first line printed with a bare or superscript number ("1 On the origins …", "⁴ “Villagers say …”").</summary>
    private static bool IsNoteStart(string line) => EndnoteShapes.BareNumberEntry(line) is not null || SuperscriptStart().IsMatch(line);

    [GeneratedRegex(@"^[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*\s*\S")]
    private static partial Regex SuperscriptStart();

    // What a citation's tail holds: an address, "accessed …", a volume or issue, a year.
    [GeneratedRegex(@"https?://|www\.|\baccessed\b|\bretrieved\b|\bvol(?:ume)?\.?\s|\bissue\s|\bno\.\s*\d|\b(?:1[89]|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    // A running line's separators, which a citation does not print.
    [GeneratedRegex(@"\s[|•·]\s|\s{3,}")]
    private static partial Regex Separators();

    // A page number after the text ("… 2029   4", "… | 12").
    [GeneratedRegex(@"\s\d{1,3}$")]
    private static partial Regex TrailingPage();
}
