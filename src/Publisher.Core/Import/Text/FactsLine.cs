using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A line of facts about the page, not text: short segments joined by middle dots or bars, with two or more labelled
/// values ("Classification: PUBLIC · Region: West Africa · Issued 16-Nov-2026") or a date and a time of an event
/// ("Wednesday 4 November 2026 · 10:00–11:15 CET · Hybrid event"). No segment is a sentence. Pure.
/// </summary>
internal static partial class FactsLine
{
    private const int MaxSegmentWords = 9;

    public static bool Is(string line)
    {
        var t = line.Trim();
        var segments = Separator().Split(t).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count < 2 || segments.Any(s => TextLines.WordCount(s) > MaxSegmentWords || s.EndsWith('.'))) return false;
        var labelled = segments.Count(s => Labelled().IsMatch(s));
        var dated = segments.Any(s => DateLine.FindIn(s) is not null);
        var timed = segments.Any(s => Time().IsMatch(s));
        return labelled >= 2 || dated && timed;
    }

    [GeneratedRegex(@"\s+[·•|]\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\p{Lu}[\p{L} ]{1,25}:\s+\S")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\b\d{1,2}[.:]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();
}
