using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The note a speech carries about its own text, not part of it: "Check against delivery", "As prepared for delivery",
/// "Text as delivered", alone or beside an editing note ("Check against delivery. Edited for readability.",
/// <see cref="EditorialNote"/>). Short lines made only of such notes, one of them about delivery. Pure.
/// </summary>
internal static partial class DeliveryNote
{
    private const int MaxWords = 16;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_', '(', ')', '[', ']').Trim();
        if (t.Length == 0 || TextLines.WordCount(t) > MaxWords) return false;
        var parts = Sentence().Split(t).Select(p => p.Trim().TrimEnd('.')).Where(p => p.Length > 0).ToList();
        return parts.Any(p => Delivery().IsMatch(p)) && parts.All(p => Delivery().IsMatch(p) || EditorialNote.Is(p));
    }

    [GeneratedRegex(@"^(?:check\s+against\s+(?:delivery|the\s+spoken\s+word)|(?:text\s+)?as\s+(?:prepared\s+for\s+delivery|delivered|prepared))$", RegexOptions.IgnoreCase)]
    private static partial Regex Delivery();

    [GeneratedRegex(@"(?<=\.)\s+|\s+[·|•]\s+")]
    private static partial Regex Sentence();
}
