using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Cuts a body into the units boilerplate detection judges: paragraphs separated by blank lines, and within them
/// lines that stand on their own. Scrapes often put one paragraph (or one button) per line with no blank line in
/// between, while PDF text wraps one paragraph over many lines; a line continues the unit before it only when
/// that line was long and broke off mid-sentence.
/// </summary>
internal static partial class TextUnits
{
    private const int WrappedLineMinLength = 45;

    /// <summary>0-based inclusive line ranges of the units, in order.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(IReadOnlyList<string> lines)
    {
        var units = new List<(int Start, int End)>();
        var start = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                if (start >= 0) units.Add((start, i - 1));
                start = -1;
                continue;
            }
            if (start >= 0 && !Continues(lines[i - 1], lines[i]))
            {
                units.Add((start, i - 1));
                start = -1;
            }
            if (start < 0) start = i;
        }
        if (start >= 0) units.Add((start, lines.Count - 1));
        return units;
    }

    public static string Flat(IReadOnlyList<string> lines, (int Start, int End) unit) =>
        string.Join(' ', Enumerable.Range(unit.Start, unit.End - unit.Start + 1).Select(i => lines[i].Trim()));

    private static bool Continues(string previous, string line)
    {
        var p = previous.TrimEnd();
        if (p.Length < WrappedLineMinLength || StartsStructure().IsMatch(line)) return false;
        var last = p[^1];
        if (last is '.' or '!' or '?' or ':' or ';' or '…' or '”' or '"' or '|') return char.IsLower(FirstLetter(line));
        return true;
    }

    private static char FirstLetter(string line)
    {
        foreach (var c in line) if (char.IsLetterOrDigit(c)) return c;
        return ' ';
    }

    [GeneratedRegex(@"^\s{0,3}(?:#{1,6}\s|>|[-*+•▪◦]\s|\d{1,3}[.)]\s|\[\^?\w+\]|\[\[)")]
    private static partial Regex StartsStructure();
}
