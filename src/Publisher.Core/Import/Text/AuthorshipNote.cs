using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A note closing a report or paper that says who wrote it: "This report was written by NAME", "This paper was
/// researched and written by NAME and NAME, with support from …", "This briefing was prepared by NAME. It was edited
/// by …". The names after the first "by" are the authors (people who only edited or supported are not). Pure.
/// </summary>
public static partial class AuthorshipNote
{
    /// <summary>The authors the note names, or null when the paragraph is not such a note.</summary>
    public static IReadOnlyList<string>? Read(string paragraph)
    {
        var text = paragraph.Trim().Trim('*', '_').Trim();
        if (text.Length is < 20 or > 400) return null;
        var m = Note().Match(text);
        if (!m.Success) return null;
        var names = PersonNames.Split(m.Groups["names"].Value.Trim());
        if (names.Count is 0 or > 4) return null;
        return names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) ? names : null;
    }

    // The names run to the first comma, semicolon or sentence end ("…by Ann Lee, with field support from …").
    [GeneratedRegex(@"^(?:This|The)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:was|were|has\s+been)\s+(?:\p{Ll}+\s+and\s+)?(?:written|authored|prepared|drafted)\s+by\s+(?<names>\p{Lu}[^,;.]*?(?:\s+and\s+\p{Lu}[^,;.]*?)?)\s*(?:[,;.]|$)")]
    private static partial Regex Note();
}
