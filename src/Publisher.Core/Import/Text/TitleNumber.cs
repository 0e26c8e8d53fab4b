using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A running number printed before a title, apart from it by a dash or a full stop ("3 — Title", "No. 4 – Title",
/// "#5 - Title", "12. Title"): a digest's or an issue's item number, not part of the title. Only that shape counts: a
/// title that is a phrase led by a number ("10 Downing Street talks", "12 months on the road", "2030 — the year of the
/// vote") keeps it. Pure.
/// </summary>
public static partial class TitleNumber
{
    /// <summary>The title without its running number, or null when it has none (or nothing of a title would remain).</summary>
    public static string? Strip(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var match = Numbered().Match(title.Trim());
        if (!match.Success) return null;
        var rest = match.Groups["rest"].Value.Trim();
        return rest.Count(char.IsLetter) >= 3 ? rest : null;
    }

    /// <summary>
    /// "No. 4 – ", "#5 - ", "3 — ": one to three digits and a dash with a space after it; "12. ": one or two digits and a
    /// full stop. The title after it opens with a capital letter or a quotation mark.
    /// </summary>
    [GeneratedRegex(@"^(?:(?i:No\.?|Nr\.?|Number|#)\s*)?(?:\d{1,3}\s*[—–-]|\d{1,2}\.)\s+(?<rest>[\p{Lu}""“‘'].*)$")]
    private static partial Regex Numbered();
}
