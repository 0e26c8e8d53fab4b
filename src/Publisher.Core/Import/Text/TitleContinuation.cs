namespace Publisher.Core.Import.Text;

/// <summary>
/// A title line that does not end the title: it ends on a word that needs what follows (a preposition, an article, a
/// conjunction: "… Rebuilt an Insurgent Network on") or on the colon or dash before a subtitle. The line under it
/// continues the title even when it reads like a name ("Lake Tanganyika"), so it is never the byline. Pure.
/// </summary>
internal static class TitleContinuation
{
    private static readonly HashSet<string> OpenWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "as", "of", "on", "in", "at", "to", "for", "from", "with", "by",
        "into", "onto", "over", "under", "after", "before", "between", "among", "amid", "against", "across", "through",
        "toward", "towards", "behind", "beyond", "inside", "along", "around", "near", "versus", "vs.", "without",
        "within", "upon", "about",
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
}
