using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A <see cref="FieldsLine"/> that states facts about the page, not text: two or more labelled values
/// ("Classification: PUBLIC · Region: West Africa · Issued 16-Nov-2026") or a date and a time of an event
/// ("Wednesday 4 November 2026 · 10:00–11:15 CET · Hybrid event"). Pure.
/// </summary>
internal static partial class FactsLine
{
    public static bool Is(string line)
    {
        if (FieldsLine.Split(line) is not { } segments || !segments.All(FieldsLine.IsField)) return false;
        var labelled = segments.Count(s => Labelled().IsMatch(s));
        var dated = segments.Any(s => DateLine.FindIn(s) is not null);
        var timed = segments.Any(s => Time().IsMatch(s));
        return labelled >= 2 || dated && timed;
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L} ]{1,25}:\s+\S")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\b\d{1,2}[.:]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();
}
