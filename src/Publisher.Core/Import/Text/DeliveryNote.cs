using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The note a speech or transcript carries about its own text, not part of it: "Check against delivery", "As prepared
/// for delivery", "Edited for readability.", "This transcript has been edited for length and clarity." Short lines made
/// only of such notes. Pure.
/// </summary>
internal static partial class DeliveryNote
{
    private const int MaxWords = 16;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_', '(', ')', '[', ']').Trim();
        if (t.Length == 0 || TextLines.WordCount(t) > MaxWords) return false;
        var parts = Sentence().Split(t).Select(p => p.Trim().TrimEnd('.')).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(p => Note().IsMatch(p));
    }

    [GeneratedRegex(@"^(?:check\s+against\s+(?:delivery|the\s+spoken\s+word)|(?:text\s+)?as\s+(?:prepared\s+for\s+delivery|delivered|prepared)|(?:this\s+(?:transcript|text|interview|conversation)\s+(?:has\s+been|was)\s+)?(?:lightly\s+|condensed\s+and\s+)?edited\s+(?:for\s+(?:length|clarity|readability|brevity)(?:\s+and\s+(?:length|clarity|readability|brevity))?))$", RegexOptions.IgnoreCase)]
    private static partial Regex Note();

    [GeneratedRegex(@"(?<=\.)\s+")]
    private static partial Regex Sentence();
}
