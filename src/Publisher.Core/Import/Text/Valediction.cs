using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The words that close a letter over its signature, on a line of their own: "Yours faithfully,", "Yours sincerely,",
/// "Kind regards,", "Best wishes,", "With thanks,", "Warmly,", and a newsletter's "Until next week,", "See you next
/// time,", "Talk soon,", and a body's signatory's "For the jury,", "On behalf of the Board," (the comma required: "For
/// the record" opens a sentence). A few words of the closing vocabulary, perhaps ending in a comma, a dash or "!"; the signer's
/// name is the next line (<see cref="IsSignerName"/>). Pure.
/// </summary>
internal static partial class Valediction
{
    private const int MaxWords = 6;
    private const int MaxOnBehalfWords = 9;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        return t.Length > 0 && (TextLines.WordCount(t) <= MaxWords && Closing().IsMatch(t) || TextLines.WordCount(t) <= MaxOnBehalfWords && OnBehalf().IsMatch(t));
    }

    /// <summary>
    /// The name under a valediction: a full name (<see cref="Signature"/>), or a first name or initials alone, as a
    /// letter writer signs to readers who know them ("Hanne", "— H.", "Ann &amp; Bo").
    /// </summary>
    public static bool IsSignerName(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        return t.Length is > 0 and <= 60 && (Signature.Names([t.TrimStart('—', '–', '-', ' ')]) is not null || FirstNames().IsMatch(t));
    }

    /// <summary>A short line under the signer's name: a role or an office ("Director of Communications", "Office of the Governor, Lakes Province").</summary>
    public static bool IsSignerRole(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && TextLines.WordCount(t) <= 10 && char.IsUpper(t[0]) && t[^1] is not ('.' or '!' or '?' or ':')
            && !t.Any(char.IsDigit) && !t.Contains('@', StringComparison.Ordinal) && !t.Contains("://", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:yours(?:\s+(?:faithfully|sincerely|truly|ever|respectfully|in\s+\p{L}+))?|(?:very\s+)?(?:sincerely|faithfully|truly|respectfully|cordially)(?:\s+yours)?|(?:with\s+)?(?:best|kind|kindest|warm|warmest|many|all\s+(?:the\s+)?best)\s+(?:wishes|regards|thanks)|(?:all\s+)?(?:the\s+)?best|regards|cheers|warmly|onwards|(?:thanks|thank\s+you)(?:\s+(?:again|for\s+reading|all))?|with\s+(?:thanks|gratitude|love|appreciation|best\s+wishes)|take\s+care|stay\s+safe|talk\s+soon|more\s+soon|(?:until|till|see\s+you|speak\s+to\s+you|talk\s+to\s+you|back)\s+(?:next\s+\p{L}+|soon|then|tomorrow|in\s+\p{L}+\s+\p{L}+))\s*[,!—–]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^(?:for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of|for)\s+the\s+\p{L}+(?:\s+\p{L}+){0,2}\s*,$", RegexOptions.IgnoreCase)]
    private static partial Regex OnBehalf();

    [GeneratedRegex(@"^[—–-]?\s*\p{Lu}[\p{Ll}'’\-]+\.?(?:\s+(?:&|and)\s+\p{Lu}[\p{Ll}'’\-]+)?$|^[—–-]?\s*(?:\p{Lu}\.\s?){1,3}$")]
    private static partial Regex FirstNames();
}
