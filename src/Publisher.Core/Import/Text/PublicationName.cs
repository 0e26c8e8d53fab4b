using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;
using Publisher.Core.Model;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A publication's name in its proper form: the site's own publication or an outlet's name when the printed one
/// matches it (ignoring case and punctuation: "TERRORISM MONITOR" → "Terrorism Monitor"); otherwise a name printed all
/// in capitals becomes Title Case with the small words in lower case ("JOURNAL OF THE SAHEL" → "Journal of the
/// Sahel"). A name already in mixed case is kept as printed.
/// </summary>
public static partial class PublicationName
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "per", "via",
        "off", "into", "onto", "upon", "vs", "vs.", "v.",
        "de", "du", "des", "la", "le", "les", "et", "y", "del", "da", "di", "bin", "ibn",
    };

    /// <summary>The Arabic article joined to a name ("al-Sahil", "ash-Shabaab"): in lower case inside a title, as names print it.</summary>
    [GeneratedRegex(@"^(?:al|el|ad|an|ar|as|ash|at|az|ath)-\p{L}")]
    private static partial Regex ArticlePrefix();

    public static string Proper(string printed, string? sitePublication, IReadOnlyList<Outlet> outlets)
    {
        var name = string.Join(' ', printed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length == 0) return printed;
        var key = TextShapes.NormalizeForMatch(name);
        if (sitePublication is not null && TextShapes.NormalizeForMatch(sitePublication) == key) return sitePublication;
        foreach (var outlet in outlets)
        {
            if (TextShapes.NormalizeForMatch(outlet.Name) == key) return outlet.Name;
            if (outlet.Aliases.Any(a => TextShapes.NormalizeForMatch(a) == key)) return outlet.Name;
        }
        if (name.Any(char.IsLower)) return name;
        // "NSBC", "AFP": a one-word name of a few capitals is an acronym, printed as it is.
        if (!name.Contains(' ', StringComparison.Ordinal) && name.Count(char.IsLetter) is >= 2 and <= MaxAcronymLetters) return name;
        return TitleCase(name, keepAcronyms: true);
    }

    private const int MaxAcronymLetters = 5;

    /// <summary>
    /// The name alone, without what a masthead or a page's field line prints after it: a tagline or fields after a dash,
    /// bar or middle dot ("THE SANVARO GAZETTE — Published by Authority", "Terrorism Monitor · Volume: 25 · Issue: 14")
    /// and a company's legal form ("Brannock Cobalt Resources Ltd"). A part after a separator is cut only when it reads
    /// as a phrase (its second word a small word: "Published by …", "News for …"), a field ("Volume: 25") or a date,
    /// never when it is a name of its own ("Foreign Desk — Harbour Post"). Null when nothing is cut.
    /// </summary>
    public static string? WithoutTail(string printed)
    {
        var name = printed.Trim();
        if (Separator().Match(name) is { Success: true, Index: > 0 } sep)
        {
            var head = name[..sep.Index].Trim();
            var tail = name[(sep.Index + sep.Length)..].Trim();
            var tailWords = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var phrase = tailWords.Length >= 2 && SmallWords.Contains(tailWords[1].ToLowerInvariant());
            if (head.Any(char.IsLetter) && (phrase || tail.Contains(':', StringComparison.Ordinal) || DateLine.FindIn(tail) is not null)) name = head;
        }
        if (LegalForm().Match(name) is { Success: true, Index: > 0 } legal && TextLines.WordCount(name[..legal.Index]) >= 1) name = name[..legal.Index].Trim();
        return name == printed.Trim() ? null : name;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+[—–|·•]\s+")]
    private static partial System.Text.RegularExpressions.Regex Separator();

    /// <summary>", Inc.", " Ltd", " LIMITED", " plc", " GmbH", " LLC", " Pty Ltd": a company's legal form at the end of its name.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@",?\s+(?:pty\.?\s+)?(?:ltd\.?|limited|inc\.?|llc|plc|gmbh|corp\.?|s\.a\.)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LegalForm();

    /// <summary>A word of capitals without a vowel ("NSBC", "PKK") is an acronym, not a word to put in Title Case.</summary>
    private static bool IsAcronym(string word) =>
        word.Count(char.IsLetter) >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c))
        && !word.Any(c => "AEIOUY".Contains(c, StringComparison.Ordinal));

    /// <summary>"MILITANT LEADERSHIP MONITOR" → "Militant Leadership Monitor"; "AL-QAEDA AND THE SAHEL" → "Al-Qaeda and the Sahel".</summary>
    public static string TitleCase(string text) => TitleCase(text, keepAcronyms: false);

    /// <summary>Title Case; with <paramref name="keepAcronyms"/>, words that are acronyms (<see cref="IsAcronym"/>) keep their capitals.</summary>
    private static string TitleCase(string text, bool keepAcronyms)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            if (keepAcronyms && IsAcronym(words[i])) { sb.Append(words[i]); continue; }
            var lower = words[i].ToLowerInvariant();
            // The first word after a colon, question mark or dash starts the subtitle or second clause: "Who Guards the Passes? A New Law".
            var inner = i > 0 && i < words.Length - 1 && !OpensClause(words[i - 1]);
            sb.Append(inner && SmallWords.Contains(lower) ? lower
                : i > 0 && !OpensClause(words[i - 1]) && ArticlePrefix().IsMatch(lower) ? lower[..(lower.IndexOf('-') + 1)] + CapitaliseParts(lower[(lower.IndexOf('-') + 1)..])
                : CapitaliseParts(lower));
        }
        return sb.ToString();
    }

    private static bool OpensClause(string previous) => previous[^1] is ':' or '?' or '!' or '—' or '–' || previous is "-";

    private static string CapitaliseParts(string word)
    {
        var chars = word.ToCharArray();
        var atStart = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (atStart && char.IsLetter(chars[i])) { chars[i] = char.ToUpperInvariant(chars[i]); atStart = false; }
            else if (chars[i] is '-' or '/' or '(' or '"' or '“') atStart = true;
        }
        return new string(chars);
    }
}
