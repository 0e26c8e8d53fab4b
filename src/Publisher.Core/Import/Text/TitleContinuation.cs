namespace Publisher.Core.Import.Text;

/// <summary>
/// A title line that does not end the title: it ends on a word that needs what follows (a preposition, an article, a
/// conjunction: "… Rebuilt an Insurgent Network on") or on the colon or dash before a subtitle. The line under it
/// continues the title even when it reads like a name ("Lake Tanganyika"), so it is never the byline. Pure.
/// </summary>
internal static partial class TitleContinuation
{
    private static readonly HashSet<string> OpenWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "as", "of", "on", "in", "at", "to", "for", "from", "with", "by",
        "into", "onto", "over", "under", "after", "before", "between", "among", "amid", "against", "across", "through",
        "toward", "towards", "behind", "beyond", "inside", "along", "around", "near", "versus", "vs.", "without",
        "within", "upon", "about",
        // A relative or a possessive word needs what follows it: "The harbour master who" / "counts the boats twice".
        "who", "whose", "whom", "which", "whether", "than", "his", "their", "its", "our", "your", "my",
        // A modal needs its verb: "What Prosecutors Should" / "Take From It".
        "should", "would", "could", "must", "shall", "might", "cannot",
    };

    /// <summary>Whether <paramref name="line"/> (a title's line) leaves the title open: the next line continues it.</summary>
    public static bool EndsOpen(string line)
    {
        var text = line.TrimEnd();
        if (text.Length == 0) return false;
        if (text[^1] is ':' or '—' or '–' or '-') return true;
        var space = text.LastIndexOf(' ');
        if (space < 0) return false;
        return OpenWords.Contains(text[(space + 1)..]);
    }

    /// <summary>
    /// A sentence-case headline wrapped mid-phrase: the line under a title line opens in lower case ("The harbour master
    /// who" / "counts the boats twice"), where a deck, a byline or a label opens in capitals. The line above ends on a
    /// word, not on a sentence's or clause's mark; the line below is short and no sentence.
    /// </summary>
    public static bool ContinuesInLowerCase(string above, string below)
    {
        var top = above.Trim();
        var next = below.Trim().TrimStart('*', '_');
        return top.Length > 0 && next.Length > 0 && char.IsLower(next[0]) && char.IsLetterOrDigit(top[^1])
            && TextLines.WordCount(top) >= 2 && TextLines.WordCount(next) <= 12 && next[^1] is not ('.' or ',' or ';' or ':');
    }

    /// <summary>
    /// "Report No. 6", "No. 4", "Update #12": a series number wrapped onto a line of its own under a report's title
    /// ("… Displacement following armed attacks - Situation" / "Report No. 6"). At most two capitalised words, then a
    /// number marked as one ("No.", "Nº", "#"): the end of the title above, never a title or a label of its own.
    /// </summary>
    public static bool IsNumberTail(string line) => NumberTail().IsMatch(line.Trim());

    /// <summary>
    /// Line <paramref name="above"/> is a title's first line that a series number on the next line ends: four words or
    /// more, in lower case somewhere (not a label in capitals), ending on a word, not on a sentence's or clause's mark.
    /// </summary>
    public static bool TakesNumberTail(string above)
    {
        var text = above.Trim();
        return text.Length > 0 && TextLines.WordCount(text) >= 4 && text.Any(char.IsLower) && char.IsLetterOrDigit(text[^1]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’]*\s+){0,2}(?:No\.?|Nº|#)\s*\d{1,4}$")]
    private static partial System.Text.RegularExpressions.Regex NumberTail();
}
