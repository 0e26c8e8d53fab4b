using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A note closing a report or paper that says who wrote it: "This report was written by NAME", "This paper was
/// researched and written by NAME and NAME, with support from …", "This briefing was prepared by NAME. It was edited
/// by …", and a newsletter's or column's statement of authorship, "NAME OF LETTER is written by NAME, a journalist …". The
/// names after the first "by" are the authors (people who only edited or supported are not). Pure.
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

    // The names run to the first comma, semicolon or sentence end ("…by Ann Lee, with field support from …"), or to the
    // team or body they belong to ("…by Ann Lee and Bo Ma of the Coalition's West Africa team").
    // The subject is the piece ("This report") or the newsletter or column by its name ("Borderlines is written by …").
    [GeneratedRegex(@"^(?:(?:This|The)\s+\p{Ll}+(?:\s+\p{Ll}+)?|(?!(?:It|He|She|They|We|I|You|This|That|These|Those|There|Which|Who|Everything|Nothing)\b)\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3})\s+(?:is|are|was|were|has\s+been)\s+(?:\p{Ll}+\s+and\s+)?(?:written|authored|prepared|drafted)(?:\s+and\s+\p{Ll}+)?\s+by\s+(?<names>\p{Lu}[^,;.]*?(?:\s+and\s+\p{Lu}[^,;.]*?)?)(?:\s*(?:[,;.]|$)|\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu})")]
    private static partial Regex Note();
}
