using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>How a paragraph ends, as far as rejoining page breaks cares.</summary>
internal enum ParagraphEnd
{
    /// <summary>Mid-sentence: a word or a comma, nothing that closes a sentence.</summary>
    Open,
    /// <summary>A word broken with a hyphen ("anti-", "govern-").</summary>
    Hyphen,
    /// <summary>An em or en dash right after a word ("the most recent operation—").</summary>
    Dash,
    /// <summary>A closing parenthesis: often a citation whose sentence is complete.</summary>
    Soft,
    /// <summary>A sentence end: . ! ? : ; … (before closing quotes, brackets or a footnote marker).</summary>
    Closed,
}

/// <summary>Shape tests on single paragraphs, shared by the page-break, heading and boilerplate rules.</summary>
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

    public static ParagraphEnd EndOf(string text)
    {
        var t = TrailingMarkers().Replace(text.TrimEnd(), "");
        if (t.Length == 0) return ParagraphEnd.Closed;
        var last = t[^1];
        if (last == '-' && t.Length >= 2 && char.IsLetter(t[^2])) return ParagraphEnd.Hyphen;
        if (last is '—' or '–' && t.Length >= 2 && char.IsLetterOrDigit(t[^2])) return ParagraphEnd.Dash;
        if (last == ')') return ParagraphEnd.Soft;
        var core = t.TrimEnd('"', '\'', '”', '’', '»', ']', '*', '_');
        if (core.Length == 0) return ParagraphEnd.Closed;
        return core[^1] is '.' or '!' or '?' or ':' or ';' or '…' ? ParagraphEnd.Closed : ParagraphEnd.Open;
    }

    /// <summary>The first letter (after opening quotes and brackets) is lower case.</summary>
    public static bool StartsLower(string text)
    {
        foreach (var c in text)
        {
            if (c is '"' or '\'' or '“' or '‘' or '(' or '[' or '*' or '_' or '«') continue;
            return char.IsLower(c);
        }
        return false;
    }

    public static bool StartsUpperOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is '*' or '_') continue;
            return char.IsUpper(c) || char.IsDigit(c);
        }
        return false;
    }

    /// <summary>Markdown structure that never continues the paragraph before it (headings, lists, notes, quotes, tables, code).</summary>
    public static bool IsStructural(string line) =>
        Structural().IsMatch(line) || EndnoteShapes.Entry(line) is { } entry && (entry.Label.Roman || EndnoteShapes.HasWordProcessorAnchor(line));

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
        if (t.Contains("](", StringComparison.Ordinal) || DateOnlyLine().IsMatch(t)) return false;
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

    [GeneratedRegex(@"(\s*\[\^?\d+\])+$")]
    private static partial Regex TrailingMarkers();

    /// <summary>A line that is only a date ("Nov 8, 2021", "8 November 2021"): a dateline, not a sentence.</summary>
    public static bool IsDateLine(string line) => DateOnlyLine().IsMatch(line.Trim());

    /// <summary>A list item, possibly indented a little ("  • point", "1. point").</summary>
    public static bool IsListItem(string line) => ListItem().IsMatch(line);

    [GeneratedRegex(@"^(#{1,6}\s|>|\||```|~~~|\s{4}|\t|\s{0,3}[-*+•▪◦]\s|\s{0,3}\d{1,3}[.)]\s|\[\^?\d+\]|!\[)")]
    private static partial Regex Structural();

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{4})$")]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+•▪◦]|\d{1,3}[.)])\s")]
    private static partial Regex ListItem();
}
