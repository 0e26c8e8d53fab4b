using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A line of short fields set between middots or bars, none of them a sentence: "Classification: PUBLIC · Region: West
/// Africa · Issued 16-Nov-2026", "Wednesday 4 November 2026 · 10:00–11:15 CET · Hybrid event". What the fields say is
/// read by <see cref="FactsLine"/> (labelled values, an event's date and time) and <see cref="DatedFieldsLine"/> (the
/// page's date). Pure.
/// </summary>
internal static partial class FieldsLine
{
    private const int MaxFieldWords = 8;

    /// <summary>The line's parts (emphasis marks around the line removed), or null when it has fewer than two.</summary>
    public static IReadOnlyList<string>? Split(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        var parts = Separator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count < 2 ? null : parts;
    }

    /// <summary>A part short enough to be a field and not a sentence.</summary>
    public static bool IsField(string part) => TextLines.WordCount(part) <= MaxFieldWords && !part.EndsWith('.');

    [GeneratedRegex(@"\s+[|·•]\s+|\s*[·•]\s*")]
    private static partial Regex Separator();
}
