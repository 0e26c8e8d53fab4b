using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The body a page's head names as the one that issued it: a "From:" field with the name after it or on the next line
/// (a government site's "From: Ministry of … and National Border Police"), or "Issued by: …". The first body of a list
/// is the issuer (after an officer's role: "Harbour Master, Valsund Port Authority"); a press office's name gives way to the body it speaks for ("Press Office of the Ministry of Justice" →
/// Ministry of Justice). A mail header's "From: name &lt;address&gt;" is a sender, not this. Pure.
/// </summary>
internal static partial class IssuingBody
{
    /// <summary>How far below the title the head's fields may stand.</summary>
    private const int HeadLines = 8;

    public static SiteNameReading? Find(IReadOnlyList<string> lines, int titleAt)
    {
        if (titleAt < 0) return null;
        for (var i = titleAt + 1; i < Math.Min(lines.Count, titleAt + 1 + HeadLines); i++)
        {
            var m = Field().Match(lines[i].Trim());
            if (!m.Success) continue;
            var value = m.Groups["value"].Value.Trim();
            if (value.Length == 0 && i + 1 < lines.Count) value = lines[i + 1].Trim();
            if (Body(value) is { } body)
                return new SiteNameReading(body, $"the body the page's '{m.Groups["label"].Value.Trim()}' field names as its issuer (line '{lines[i].Trim()}')");
        }
        return null;
    }

    /// <summary>The first body a field's value names, or null when it names none (a person, an address, a sentence).</summary>
    internal static string? Body(string value)
    {
        if (value.Length == 0 || value.IndexOfAny(['@', '<', '>']) >= 0 || value.EndsWith('.')) return null;
        var parts = ListSeparator().Split(value).Select(p => p.Trim().TrimEnd(',', ';')).ToList();
        var first = parts[0];
        // "Harbour Master, Valsund Port Authority": an officer's role before the body, which is the issuer.
        if (parts.Count > 1 && !SiteMasthead.HasPublisherNoun(first) && TextLines.WordCount(first) <= 3 && value.Contains(',', StringComparison.Ordinal)
            && parts.Skip(1).FirstOrDefault(p => SiteMasthead.HasPublisherNoun(p) && !EndsWithRole(p)) is { } body) first = body;
        if (SpokesOffice().Match(first) is { Success: true } office) first = office.Groups["body"].Value.Trim();
        if (first.Length == 0 || !char.IsUpper(first[0]) || TextLines.WordCount(first) > 10 || !SiteMasthead.HasPublisherNoun(first)) return null;
        return first;
    }

    /// <summary>"Press Officer", "Communications Director": a person's role, not a body, though it holds a body's word.</summary>
    private static bool EndsWithRole(string part) =>
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && words[^1].ToLowerInvariant() is "officer" or "manager" or "director" or "secretary" or "spokesperson" or "spokesman" or "spokeswoman"
            or "editor" or "coordinator" or "adviser" or "advisor" or "head" or "chief" or "lead" or "assistant" or "attaché" or "attache";

    [GeneratedRegex(@"^(?<label>From|Issued\s+by)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    /// <summary>
    /// " and " or ", " before a second body of two or more capitalised words ("… and National Border Police"), perhaps joined
    /// by "of" or "for" (", Directorate for Resilience").
    /// </summary>
    [GeneratedRegex(@"\s*(?:,|\band\b)\s+(?=(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu})")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(?:the\s+)?(?:press|media|communications?)\s+(?:office|unit|team|service|department|section)\s+of\s+(?:the\s+)?(?<body>\p{Lu}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpokesOffice();
}
