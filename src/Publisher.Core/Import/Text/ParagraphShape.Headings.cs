namespace Publisher.Core.Import.Text;

/// <summary>Could this one-line paragraph be a heading? Shared by the heading, page-break and boilerplate rules.</summary>
internal static partial class ParagraphShape
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "by", "for", "to", "with", "from",
        "as", "vs", "vs.", "via", "against", "into", "onto", "over", "under", "about", "after", "before",
        "between", "among", "amid", "than", "per", "up", "off", "out", "is", "are", "be", "its", "his", "her",
        "their", "not", "so", "yet", "if", "that", "what", "who", "how", "why", "when", "where", "which",
    };

    // Words a heading does not end with; a short line ending in one was cut off mid-sentence.
    private static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "by", "for", "to", "with", "from",
        "as", "than", "that", "which", "who", "whose", "its", "his", "her", "their", "our", "this", "these", "is", "are", "was", "were",
    };

    /// <summary>A heading candidate in title case: a strong one ("Conclusion", "What Comes Next?", "River Trade and Its Rivals").</summary>
    public static bool LooksLikeTitleCaseHeading(string line) => LooksLikeHeading(line, out var titleCase) && titleCase;

    /// <summary>A line in sentence case (a standfirst or a subtitle under a headline), not in capitals or title case.</summary>
    public static bool IsSentenceCase(string line) => line.Any(char.IsLower) && !LooksLikeTitleCaseHeading(line);

    /// <summary>
    /// A numbered section heading ("1. Introduction", "2.3 Data and methods", "4) What comes next"): a section number and a
    /// heading. On its own line it is shaped like a list item too; only what follows it tells the two apart.
    /// </summary>
    public static bool LooksLikeNumberedHeading(string line) =>
        SectionNumber().Match(line.Trim()) is { Success: true } number && LooksLikeHeading(line.Trim()[number.Length..], out _);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}(?:(?:\.\d{1,2}){1,2}\.?|[.)])\s+(?=\S)")]
    private static partial System.Text.RegularExpressions.Regex SectionNumber();

    /// <summary>
    /// Short, one line, no sentence punctuation at the end, starting with a capital: could be a heading.
    /// <paramref name="titleCase"/> says whether most significant words are capitalised, which makes it a strong candidate.
    /// </summary>
    public static bool LooksLikeHeading(string line, out bool titleCase)
    {
        titleCase = false;
        var t = line.Trim();
        if (t.Length == 0 || t.Length > 110 || TextLines.WordCount(t) > 14) return false;
        if (IsStructural(t) || !StartsUpperOrDigit(t)) return false;
        if (t[^1] is '.' or ',' or ';' or ':' or ')' or ']' or '-' or '—' or '–') return false;
        if (t.Contains("](", StringComparison.Ordinal) || IsDateLine(t)) return false;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '\'', '“', '”', '‘', '’', ',', '?', '!'))
            .Where(w => w.Length > 0 && !SmallWords.Contains(w))
            .ToList();
        if (words.Count == 0) return false;
        var lastWord = t.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (DanglingWords.Contains(lastWord)) return false;
        var capitalised = words.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
        titleCase = capitalised * 10 >= words.Count * 7;
        // Sentence-case headings are short; a longer sentence-case line is more likely a cut sentence.
        return titleCase || TextLines.WordCount(t) <= 10;
    }
}
