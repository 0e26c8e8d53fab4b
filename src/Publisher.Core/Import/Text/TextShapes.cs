using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>Shape tests on single lines of raw text: is this a name, a title, a label, a date? Pure.</summary>
public static partial class TextShapes
{
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "al-", "el", "bin", "ibn", "bint", "de", "da", "das", "del", "della", "der", "den", "di", "du",
        "la", "le", "van", "von", "ul", "ud", "e", "y", "dos", "zu", "ter", "abu", "ben",
    };

    /// <summary>
    /// The author names on a byline-shaped line ("Jacob Zenn", "Ann Lee and Bo Ma", "Ann Lee, Bo Ma"),
    /// or null when the line does not look like one (a sentence, a heading, a label).
    /// </summary>
    public static IReadOnlyList<string>? AuthorNames(string line)
    {
        line = line.Trim();
        if (line.Length is 0 or > 100) return null;
        if (line[^1] is '.' or ',' or ';' or ':' or '?' or '!' or ')') return null;
        if (line.Any(char.IsDigit)) return null;
        var names = SplitNames(line);
        if (names.Count == 0) return null;
        foreach (var name in names)
            if (!IsPersonName(name)) return null;
        return names;
    }

    /// <summary>Splits "A and B", "A, B and C", "A & B" into names (trimmed, empty parts dropped).</summary>
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
            if (NameParticles.Contains(word.ToLowerInvariant())) continue;
            var first = word.TrimStart('\'', '‘', '"', '“', '(');
            if (first.Length == 0 || !char.IsLetter(first[0])) return false;
            if (!char.IsUpper(first[0])) return false;
            // "BRIEFS", "ABOUT THE AUTHORS": labels are all capitals; names are not (initials like "J." aside).
            if (first.Length > 3 && first.All(c => !char.IsLetter(c) || char.IsUpper(c))) return false;
            capitalised++;
        }
        return capitalised >= 2 || (capitalised >= 1 && words.Length >= 2);
    }

    /// <summary>A line shaped like a title or heading: starts with a capital (or quote/digit), no sentence end.</summary>
    public static bool IsTitleLike(string line, int maxWords = 30)
    {
        line = line.Trim();
        if (line.Length is 0 or > 250) return false;
        var first = line.TrimStart('\'', '‘', '"', '“', '«');
        if (first.Length == 0 || !(char.IsUpper(first[0]) || char.IsDigit(first[0]))) return false;
        if (line[^1] is '.' or ',' or ';' or ':') return false;
        return TextLines.WordCount(line) <= maxWords;
    }

    /// <summary>A section label in capitals: "BRIEFS", "ANALYSIS", "ARTICLES & TESTIMONY".</summary>
    public static bool IsCapitalsLabel(string line)
    {
        line = line.Trim();
        if (line.Length is < 3 or > 40) return false;
        if (!line.Any(char.IsLetter)) return false;
        if (line.Any(c => char.IsLetter(c) && !char.IsUpper(c))) return false;
        return line.All(c => char.IsLetter(c) || c is ' ' or '&' or '-' or '/') && TextLines.WordCount(line) <= 4;
    }

    /// <summary>A short standalone heading line ("Conclusion", "Inter-Shia Polarization", "What Next?").</summary>
    public static bool IsHeadingLike(string line)
    {
        line = line.Trim();
        if (!IsTitleLike(line, maxWords: 12)) return false;
        if (line[^1] is '!' or ')' or '”' or '"') return false;
        if (line.StartsWith('[')) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var significant = words.Where(w => w.Length > 3).ToList();
        if (significant.Count == 0) return true;
        var capitalised = significant.Count(w => char.IsUpper(w.TrimStart('\'', '‘', '"', '“')[0]));
        return capitalised * 2 >= significant.Count;
    }

    /// <summary>Joins a title wrapped over several lines; a line-end hyphen is kept (compounds like "Al-Qaeda-").</summary>
    public static string UnwrapTitle(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (sb.Length > 0 && sb[^1] != '-') sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>Lower-case words only, quotes and punctuation dropped: for comparing titles across sources.</summary>
    public static string NormalizeForMatch(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '‘') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Share of distinct words the two texts have in common (Jaccard), after <see cref="NormalizeForMatch"/>.</summary>
    public static double WordSimilarity(string a, string b)
    {
        var wa = NormalizeForMatch(a).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var wb = NormalizeForMatch(b).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (wa.Count == 0 || wb.Count == 0) return 0;
        var common = wa.Count(wb.Contains);
        return (double)common / (wa.Count + wb.Count - common);
    }

    /// <summary>Parses a Roman numeral ("XIX" → 19) or plain digits; null when it is neither.</summary>
    public static int? ParseNumber(string text)
    {
        text = text.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        if (text.Length == 0 || text.Length > 15) return null;
        var total = 0;
        var previous = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var value = char.ToUpperInvariant(text[i]) switch
            {
                'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
            };
            if (value == 0) return null;
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }
        return total > 0 ? total : null;
    }

    [GeneratedRegex(@"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|\s*,\s*)")]
    private static partial Regex AndSplitter();
}
