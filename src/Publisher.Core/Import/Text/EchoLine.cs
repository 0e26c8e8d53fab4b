using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A line of an article's body that only repeats its title or an author's name: a running title at a page's top (with
/// or without its page number, or the title's part before a colon), a name under a photo credit, a "By NAME" repeated
/// in a footer. Such a line is furniture; the title and byline themselves are not in the body. A name printed as a
/// line more than once is left alone (an interview's speaker turns), and so is a line with anything more than the
/// echo. Pure.
/// </summary>
public static partial class EchoLine
{
    /// <summary>Words the title's part before a colon needs to be a running title of its own.</summary>
    private const int MinShortTitleWords = 3;

    /// <summary>What the line echoes ("title", "author's name"), or null when it is not an echo.</summary>
    /// <param name="nameLines">How many lines of the body are this line alone (a speaker's turns repeat it).</param>
    public static string? Of(string line, string? title, IReadOnlyList<string> authors, int nameLines = 1)
    {
        var text = PageNumbers().Replace(line.Trim(), "").Trim();
        if (text.Length == 0 || !text.Any(char.IsLetter)) return null;
        var key = TextShapes.NormalizeForMatch(text);
        if (!string.IsNullOrWhiteSpace(title))
        {
            var whole = TextShapes.NormalizeForMatch(title);
            if (key == whole) return "title";
            var colon = title.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && TextLines.WordCount(title[..colon]) >= MinShortTitleWords && key == TextShapes.NormalizeForMatch(title[..colon])) return "title";
        }
        if (authors.Count == 0 || nameLines > 1) return null;
        var names = NamePrefix().Replace(text, "").Trim();
        var nameKey = TextShapes.NormalizeForMatch(names);
        if (nameKey.Length == 0) return null;
        if (authors.Any(a => TextShapes.NormalizeForMatch(a) == nameKey)) return "author's name";
        // "By Ana Ruiz and Tom Vik": every author, in the byline's order.
        if (authors.Count > 1 && nameKey == TextShapes.NormalizeForMatch(string.Join(" and ", authors))) return "authors' names";
        return authors.Count > 1 && nameKey == TextShapes.NormalizeForMatch(string.Join(", ", authors.Take(authors.Count - 1)) + " and " + authors[^1]) ? "authors' names" : null;
    }

    /// <summary>A page number before or after a running title ("12  Title", "Title | 12", "Page 3 · Title", "Title | Page 1 of 4").</summary>
    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*[|·•—–-]?\s+|\s+[|·•—–-]?\s*(?:(?:page|p\.)\s*)?\d{1,3}(?:\s+of\s+\d{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumbers();

    /// <summary>"By ", "— ", "Words: ", "Text by ": what a repeated byline opens with.</summary>
    [GeneratedRegex(@"^(?:[—–-]\s*)?(?:(?:by|words|text|text by|written by|author)\s*:?\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex NamePrefix();
}
