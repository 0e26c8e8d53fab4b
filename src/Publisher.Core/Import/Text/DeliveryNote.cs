using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The note a speech carries about its own text, not part of it: "Check against delivery", "As prepared for delivery",
/// "Text as delivered", "Transcript of the speech, exactly as it was delivered", alone or beside an editing note ("Check against delivery. Edited for readability.",
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

    // "Transcript of the speech, exactly as it was delivered", "Original script, may differ from delivered version": which text
    // of the speech the page prints.
    [GeneratedRegex(@"^(?:check\s+against\s+(?:delivery|the\s+spoken\s+word)|(?:text\s+)?as\s+(?:prepared\s+for\s+delivery|delivered|prepared)"
        + @"|(?:(?:a|the)\s+)?(?:transcript|(?:original\s+)?(?:script|text)|speaker'?s\s+notes)(?:\s+of\s+(?:the|this)\s+(?:speech|address|remarks|lecture|statement))?,?\s+"
        + @"(?:(?:exactly\s+)?as\s+(?:it\s+was\s+)?(?:delivered|spoken|prepared\s+for\s+delivery)|(?:which\s+)?may\s+differ\s+from\s+(?:the\s+)?delivered\s+version))$", RegexOptions.IgnoreCase)]
    private static partial Regex Delivery();

    [GeneratedRegex(@"(?<=\.)\s+|\s+[·|•]\s+")]
    private static partial Regex Sentence();
}
