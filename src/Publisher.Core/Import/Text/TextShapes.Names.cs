using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>Shape tests on single lines of raw text, in one file per concept; here: person names on a byline. Pure.</summary>
public static partial class TextShapes
{
    /// <summary>The particles of surnames, in lower case: "van der Berg", "de la Cruz", "al-Rashid", "ten Brink", "ap Gwilym", "binti Yusof".</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "el", "bin", "ibn", "bint", "de", "da", "das", "del", "della", "der", "den", "di", "du",
        "la", "le", "van", "von", "ul", "ud", "e", "y", "dos", "zu", "ter", "ten", "abu", "ben",
        // Welsh "ap"/"ab", Malay "binti", Swedish "af", Portuguese "do", French "des", Italian "dei"/"degli", German "vom"/"zur".
        "ap", "ab", "binti", "binte", "af", "do", "des", "dei", "degli", "vom", "zur", "zum",
    };

    /// <summary>A regex alternation of the particles ("van|von|de|…"), longest first.</summary>
    internal static string NameParticlePattern { get; } =
        string.Join('|', NameParticles.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).Select(Regex.Escape));

    /// <summary>
    /// A surname particle alone ("van", "de") or joined to its surname ("al-Rashid"); printed in lower case unless
    /// <paramref name="anyCase"/> ("Van der Berg" at a sentence's start).
    /// </summary>
    internal static bool IsNameParticle(string word, bool anyCase = false)
    {
        var hyphen = word.IndexOf('-');
        var head = hyphen > 0 ? word[..hyphen] : word;
        return NameParticles.Contains(anyCase ? head.ToLowerInvariant() : head);
    }

    /// <summary>"al-Sadr", "bin-Laden": a particle joined to its surname by a hyphen, at the start of <paramref name="text"/>.</summary>
    internal static bool StartsWithJoinedParticle(string text)
    {
        var word = text.TrimStart().Split(' ', 2)[0];
        return word.IndexOf('-') > 0 && IsNameParticle(word, anyCase: true);
    }

    /// <summary>
    /// The author names on a byline-shaped line ("Jacob Zenn", "Ann Lee and Bo Ma", "Ann Lee, Bo Ma"), honorifics dropped,
    /// or null when the line does not look like one (a sentence, a heading, a label).
    /// </summary>
    public static IReadOnlyList<string>? AuthorNames(string line)
    {
        line = PersonNames.WithoutFormerBeforeRank(line.Trim());
        if (line.Length is 0 or > 100) return null;
        if (line[^1] is '.' or ',' or ';' or ':' or '?' or '!' or ')') return null;
        if (line.Any(char.IsDigit)) return null;
        var names = SplitNames(line);
        if (names.Count == 0) return null;
        // "Lieutenant-Colonel the Hon. Ann Lee", "the Rev. Dr Ann Lee": the style's article, in lower case, goes with the honorifics.
        foreach (var name in names)
            if (!IsPersonName(name) && !(name.Split(' ').Contains("the") && IsPersonName(PersonNames.Clean(name)))) return null;
        // "Dr. Ann Lee": an honorific is printed with the name but is not part of it.
        return names.Select(PersonNames.Clean).ToList();
    }

    /// <summary>Splits "A and B", "A, B and C", "A & B", "A with B", "A · B · C" into names (trimmed, empty parts dropped).</summary>
    public static IReadOnlyList<string> SplitNames(string line) =>
        AndSplitter().Split(line.Trim())
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .ToList();

    private static bool IsPersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5) return false;
        var capitalised = 0;
        foreach (var word in words)
        {
            if (IsNameParticle(word, anyCase: true)) continue;
            var first = word.TrimStart('\'', '‘', '"', '“', '(');
            if (first.Length == 0 || !char.IsLetter(first[0])) return false;
            if (!char.IsUpper(first[0])) return false;
            // "BRIEFS", "ABOUT THE AUTHORS": labels are all capitals; names are not (initials like "J." aside).
            if (PersonNames.IsCapitalsWord(first)) return false;
            capitalised++;
        }
        // "Recent Posts", "Full Article": capitalised words of the page's interface are a label, not a name.
        return (capitalised >= 2 || (capitalised >= 1 && words.Length >= 2)) && PersonNames.ReadsAsName(words);
    }

    /// <remarks>"Ann Lee with Bo Park", "Ann Lee, with Bo Park": a co-author credited with "with" is a co-author.</remarks>
    [GeneratedRegex(@"\s*(?:,\s*(?:and|with)\s+|\s+and\s+|\s+with\s+|\s*&\s*|\s*,\s*|\s+[·•]\s+)")]
    private static partial Regex AndSplitter();
}
