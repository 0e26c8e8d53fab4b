using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A page's licence notice: "Text is available under a free licence; additional terms may apply.", "Content is
/// licensed under CC BY-SA 4.0", "This work is licensed under a Creative Commons licence", a repository's field "License: CC BY 4.0". Short, about the page's
/// licence, not an article's subject. Pure.
/// </summary>
internal static partial class LicenceLine
{
    private const int MaxWords = 35;

    public static bool Is(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && TextLines.WordCount(t) <= MaxWords && Licence().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:(?:the\s+)?(?:text|content|this\s+(?:work|page|article|content)|all\s+content)\s+(?:is\s+)?(?:available|licen[cs]ed|published|released)\s+under\b|licen[cs]ed\s+under\s+(?:a\s+|the\s+)?(?:creative\s+commons|cc\b)|(?:creative\s+commons|cc)\s+by\b|licen[cs]e\s*:\s*(?:creative\s+commons|cc[\s-]*(?:by|0|zero)|public\s+domain|all\s+rights\s+reserved|mit|apache|gpl|odc|ogl|open\s+government)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Licence();
}
