using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 2: removes running page headers/footers and page numbers from PDF text. They are recognised
/// by shape and repetition, never by wording: a page-number line ("3", "Page 3 of 12", "p.5", "- 3 -"),
/// or a short line that recurs at page breaks (next to page numbers, splitting a sentence, or carrying
/// numbers and separators like "Volume XIX • Issue 22 | November 19, 2021").
/// The table of contents at the start (everything before the first prose paragraph, and any cluster
/// of "p.N" markers) is left alone: the reader needs it. Removed lines become blank lines, so the
/// seed's line numbers stay valid for later stages.
/// </summary>
public static partial class StripPageFurniture
{
    private const int MaxFurnitureLength = 120;
    private const int MaxFurnitureWords = 16;

    public static FixupResult Apply(string text, FixupContext context)
    {
        var lines = TextLines.Split(text);
        var protectedUntil = FirstProseLine(lines);
        var tocMarkers = TocMarkerLines(lines);

        var pageNumbers = PageNumberLines(lines, protectedUntil, tocMarkers);
        var furniture = RunningLines(lines, protectedUntil, pageNumbers, context.OwnPublication);

        var remove = pageNumbers.Union(furniture).Order().ToList();
        if (remove.Count == 0) return FixupResult.Unchanged(text);

        var actions = new List<FixupAction>();
        foreach (var index in remove)
        {
            var what = pageNumbers.Contains(index) ? "page number" : "running header/footer";
            actions.Add(new FixupAction(FixupActionKinds.DroppedBoilerplate, $"{what}: {lines[index].Trim()}", context.At(index)));
            lines[index] = "";
        }
        return new FixupResult(TextLines.Join(lines), [], actions);
    }

    /// <summary>The first line that reads like running prose: many words and a sentence end.</summary>
    private static int FirstProseLine(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
            if (IsProse(lines[i])) return i;
        return lines.Length;
    }

    internal static bool IsProse(string line) =>
        TextLines.WordCount(line) >= 15 && SentenceEnd().IsMatch(line);

    /// <summary>"p.N" lines that belong to a contents list: two or more close together with no prose between.</summary>
    private static HashSet<int> TocMarkerLines(string[] lines)
    {
        var markers = Enumerable.Range(0, lines.Length).Where(i => TocMarker().IsMatch(lines[i].Trim())).ToList();
        var result = new HashSet<int>();
        for (var k = 0; k + 1 < markers.Count; k++)
        {
            var (a, b) = (markers[k], markers[k + 1]);
            if (b - a > 20) continue;
            if (Enumerable.Range(a + 1, b - a - 1).Any(i => IsProse(lines[i]))) continue;
            result.Add(a);
            result.Add(b);
        }
        return result;
    }

    private static HashSet<int> PageNumberLines(string[] lines, int protectedUntil, HashSet<int> tocMarkers)
    {
        var result = new HashSet<int>();
        var bare = new List<(int Line, int Number)>();
        for (var i = protectedUntil; i < lines.Length; i++)
        {
            if (tocMarkers.Contains(i)) continue;
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (ExplicitPageNumber().IsMatch(line))
            {
                result.Add(i);
            }
            else if (BareNumber().IsMatch(line) && Isolated(lines, i))
            {
                bare.Add((i, int.Parse(line.Trim('-', '–', ' '), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        // A lone number could be anything; several increasing ones are page numbers.
        if (bare.Count >= 2 && bare.Zip(bare.Skip(1)).All(p => p.Second.Number > p.First.Number))
            foreach (var (line, _) in bare) result.Add(line);
        return result;
    }

    /// <summary>Not part of a column of numbers (a table): the nearest non-blank neighbours are not numbers.</summary>
    private static bool Isolated(string[] lines, int i)
    {
        var before = NeighbourText(lines, i, -1);
        var after = NeighbourText(lines, i, +1);
        return (before is null || !BareNumber().IsMatch(before)) && (after is null || !BareNumber().IsMatch(after));
    }

    private static string? NeighbourText(string[] lines, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Length; j += step)
            if (!TextLines.IsBlank(lines[j])) return lines[j].Trim();
        return null;
    }

    private static int? NeighbourIndex(string[] lines, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Length; j += step)
            if (!TextLines.IsBlank(lines[j])) return j;
        return null;
    }

    private static HashSet<int> RunningLines(string[] lines, int protectedUntil, HashSet<int> pageNumbers, string? ownPublication)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = protectedUntil; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.Length > MaxFurnitureLength || pageNumbers.Contains(i)) continue;
            if (TextLines.WordCount(line) > MaxFurnitureWords || line.StartsWith('#') || line.StartsWith('[')) continue;
            // Lone numbers are page numbers or content (a table column); PageNumberLines decided which.
            if (BareNumber().IsMatch(line)) continue;
            var shape = Shape(line);
            if (!groups.TryGetValue(shape, out var list)) groups[shape] = list = [];
            list.Add(i);
        }

        var result = new HashSet<int>();
        foreach (var (shape, occurrences) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (occurrences.Count < 2) continue;
            var nextToPageNumber = occurrences.Count(i => NextToPageNumber(lines, i, pageNumbers));
            var splitsSentence = occurrences.Any(i => SplitsSentence(lines, i));
            var looksLikeFurniture = FurnitureMarks().IsMatch(lines[occurrences[0]])
                || ownPublication is not null && lines[occurrences[0]].Contains(ownPublication, StringComparison.OrdinalIgnoreCase);
            // Same shape, different numbers: "… | 3", "… | 4" is a running line carrying the page number.
            var numbersVary = occurrences.Select(i => lines[i].Trim()).Distinct(StringComparer.Ordinal).Count() > 1;

            // Repeated dates or numbers alone are not enough (a timeline, a list of teasers): they must
            // also sit at page breaks, next to page numbers or inside split sentences.
            var isFurniture =
                nextToPageNumber >= 2
                || occurrences.Count >= 3 && (looksLikeFurniture || splitsSentence)
                || occurrences.Count >= 2 && splitsSentence && (looksLikeFurniture || numbersVary);
            if (isFurniture) result.UnionWith(occurrences);
        }
        return result;
    }

    private static bool NextToPageNumber(string[] lines, int i, HashSet<int> pageNumbers) =>
        NeighbourIndex(lines, i, -1) is { } before && pageNumbers.Contains(before)
        || NeighbourIndex(lines, i, +1) is { } after && pageNumbers.Contains(after);

    /// <summary>The line sits inside a sentence: the text before it does not end one, the text after starts lower case.</summary>
    private static bool SplitsSentence(string[] lines, int i)
    {
        var before = NeighbourText(lines, i, -1);
        var after = NeighbourText(lines, i, +1);
        if (before is null || after is null) return false;
        return !SentenceEnd().IsMatch(before) && after.Length > 0 && char.IsLower(after[0]);
    }

    /// <summary>Lines that differ only in their numbers (page, issue) share a shape.</summary>
    private static string Shape(string line) =>
        Digits().Replace(Whitespace().Replace(line.Trim(), " "), "#").ToLowerInvariant();

    [GeneratedRegex(@"[.!?…][""'”’)\]]*\s*(\[\^?\d+\])?$|[.!?]\s")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^p\.\s?\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex TocMarker();

    [GeneratedRegex(@"^(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|p\.\s?\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*/\s*\d{1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitPageNumber();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"[|•·©]|\bvol(?:ume)?\b|\bissue\b|\bno\.|www\.|https?://", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureMarks();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
