using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A header line of short fields set between middots or bars, one of which is the page's date: "Classification: PUBLIC ·
/// Region: West Africa · Issued 16-Nov-2026", "Wednesday 4 November 2026 · 10:00–11:15 CET · Hybrid event, online".
/// Exactly one part is a date line (<see cref="DateLine.Read"/>); every other part is short (a field, a time, a place)
/// and no part is a sentence. Pure.
/// </summary>
public static partial class DatedFieldsLine
{
    private const int MaxPartWords = 8;
    private const int MaxParts = 5;

    /// <summary>The date the line gives, or null when it is not such a line.</summary>
    public static DateReading? Read(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length > 160) return null;
        var parts = Separator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count is < 2 or > MaxParts) return null;
        DateReading? date = null;
        foreach (var part in parts)
        {
            if (DateLine.Read(part) is { } reading)
            {
                if (date is not null) return null;
                date = reading;
                continue;
            }
            if (TextLines.WordCount(part) > MaxPartWords || part.EndsWith('.') || DateLine.IsAmbiguous(part)) return null;
        }
        return date;
    }

    [GeneratedRegex(@"\s+[|·•]\s+|\s*[·•]\s*")]
    private static partial Regex Separator();
}
