using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The line a newsletter, blog or magazine prints under its name to say what it is: "A weekly letter on militancy,
/// borders and the people caught between them", "The fortnightly briefing for port security officers", "Your daily
/// digest of maritime risk". An article, a frequency or a possessive, a few words, a noun that names a publication
/// (letter, newsletter, digest, briefing, bulletin, podcast, blog, …), then what it is about; no sentence end. It
/// describes the publication, so it is never an article's title. Pure.
/// </summary>
internal static partial class PublicationTagline
{
    private const int MaxWords = 25;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        return t.Length > 0 && TextLines.WordCount(t) <= MaxWords && t[^1] is not ('.' or '?' or '!') && Tagline().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:an?|the|your|our)\s+(?:[\p{L}\-’']+\s+){0,3}(?:letter|newsletter|digest|briefing|bulletin|dispatch|round-?up|column|podcast|blog|magazine|review|notebook|journal|zine|e-?mail|mailing|guide|companion|reader)s?\s+(?:on|about|for|from|of|covering|to|with|tracking|that|by|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tagline();
}
