using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The author box a site prints after an article, around the bio (which the bio rule reads, not this): the "About
/// the author(s)" label, "More articles by NAME", "View all posts by NAME", "Follow NAME" or "Follow @handle", and
/// the citation widget ("How to cite", "Cite this publication: …", "Suggested citation"). Pure.
/// </summary>
internal static partial class AuthorBox
{
    private const int MaxWords = 12;
    private const int MaxCitationWords = 80;

    public static bool Is(string text)
    {
        var t = text.Trim().Trim('*', '_', '#', ' ');
        if (t.Length == 0) return false;
        var words = TextLines.WordCount(t);
        return words <= MaxWords && (AboutLabel().IsMatch(t) || MoreBy().IsMatch(t) || Follow().IsMatch(t))
            || words <= MaxCitationWords && Citation().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:about|meet)\s+the\s+(?:authors?|contributors?|writers?|experts?)\s*:?$|^(?:the\s+)?authors?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutLabel();

    [GeneratedRegex(@"^(?:(?:read\s+|see\s+|view\s+)?(?:more|all|other|latest)\s+(?:articles|posts|stories|pieces|writing|work|commentary|publications|analysis)\s+(?:by|from)\s+\p{Lu}|(?:view|see|read)\s+(?:all\s+)?(?:posts|articles|stories|publications)\s+by\b|(?:view|see)\s+(?:full\s+)?(?:profile|bio)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MoreBy();

    [GeneratedRegex(@"^[Ff]ollow\s+(?:@[\w.]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+on\s+\p{L}+)?\s*$")]
    private static partial Regex Follow();

    [GeneratedRegex(@"^(?:how\s+to\s+cite(?:\s+this\s+\w+)?|cite\s+this(?:\s+\w+)?|suggested\s+citation|citation)\s*(?::|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();
}
