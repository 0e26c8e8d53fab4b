using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A call to action on a page: a short link or button telling the reader to do something ("Access the data export
/// tool →", "Explore the dashboard", "Register for the webinar »", "Read the full report"). It opens with an
/// imperative verb or closes with an arrow, and is no sentence. Pure.
/// </summary>
public static partial class CallToAction
{
    public static bool Is(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length < 4 || TextLines.WordCount(text) > 12 || text[^1] is '.' or '?' or '!') return false;
        if (Arrow().IsMatch(text)) return true;
        return Imperative().IsMatch(text) && TextLines.WordCount(text) <= 8 && !text.Contains(':', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?:[→➔➜⟶»›▸▶]|->)\s*$")]
    private static partial Regex Arrow();

    /// <summary>An imperative verb and the thing offered ("Access the …", "Explore our …"): "Access denied to …" is a headline.</summary>
    [GeneratedRegex(@"^(?:(?:access|explore|download|discover|register\s+for|sign\s+up\s+for|join|try|visit|watch|listen\s+to|subscribe\s+to|request|get|view|read|see|open|browse|search)\s+(?:the|our|your|this|these|all|a|an|more|full)\b|(?:learn|find\s+out|read|see)\s+more\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Imperative();
}
