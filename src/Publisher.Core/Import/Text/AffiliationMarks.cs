using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The marks a journal or report prints after each author's name to point at an affiliation or a note:
/// "Ann Lee a, Bo Ma b &amp; Cy Young a", "Ann Lee^1, Bo Ma^2", "Ann Lee 1, Bo Ma 2 *", "Ann Lee¹", "Ann Lee*", "Ann Lee¹ ✉" (the corresponding
/// author's envelope). A mark stands straight after a name (a lower-case letter or a digit after a space or a caret,
/// superscripts, asterisks, daggers and the envelope glued on or a space apart, several in a row) and before a comma,
/// "and", "&amp;" or the end. Pure.
/// </summary>
public static partial class AffiliationMarks
{
    /// <summary>The line without its marks, and whether it had any.</summary>
    public static (string Text, bool Marked) Strip(string line)
    {
        var stripped = Mark().Replace(line, "");
        return stripped.Length == line.Length ? (line, false) : (Spaces().Replace(stripped, " ").Trim(), true);
    }

    /// <summary>
    /// An affiliation line under such a byline: the mark, then the institution ("a Department of Conflict Studies,
    /// University of Lenhausen", "¹ Institute for Maritime Governance, Hollerup").
    /// </summary>
    public static bool IsAffiliationLine(string line)
    {
        var text = line.Trim();
        return text.Length <= 200 && AffiliationLine().IsMatch(text) && text[^1] is not ('.' or '?' or '!' or ':')
            && DateLine.FindIn(text) is null && !TimestampLine.Is(text);
    }

    [GeneratedRegex(@"(?<=\p{L})(?:(?:\s|\^)[a-h](?:,[a-h])*|(?:\s|\^)?\d{1,2}(?:,\d{1,2})*|\s?[¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉ]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|\s?[*†‡✉]+)(?:\s?[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡✉]+)*(?=\s*(?:,|&|\band\b|$))")]
    private static partial Regex Mark();

    [GeneratedRegex(@"^(?:[a-h]|\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉ]|[*†‡✉])\s+\p{Lu}\p{L}+(?:\s+\S+){1,}$")]
    private static partial Regex AffiliationLine();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
