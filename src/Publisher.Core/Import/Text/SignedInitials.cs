using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A piece signed with its author's initials in brackets at its end ("… before the end of the dry season. (A.K.)"), and
/// the contributors' line that keys a bio with them ("A.K. — Aminata Koné-Sissoko is the managing editor …"). Pure.
/// </summary>
internal static partial class SignedInitials
{
    /// <summary>The initials closing a paragraph ("(A.K.)") and the paragraph before them, or null when it ends otherwise.</summary>
    public static (string Initials, string Before)? Closing(string paragraph)
    {
        var text = paragraph.TrimEnd();
        return ClosingInitials().Match(text) is { Success: true } m && m.Index > 0 && IssueEnd(text[..m.Index])
            ? (m.Groups["initials"].Value, text[..m.Index].TrimEnd())
            : null;
    }

    /// <summary>
    /// "A.K. — NAME is …. M.O.-H. — NAME is …": each bio a contributors' block keys with its writer's initials (at the
    /// block's start or after a sentence's end), with those initials; empty when none is keyed.
    /// </summary>
    public static IReadOnlyList<(string Initials, string Bio)> KeyedBios(string text)
    {
        var keys = BioKey().Matches(text);
        return keys.Select((key, k) => (key.Groups["initials"].Value.Trim(),
            text[(key.Index + key.Length)..(k + 1 < keys.Count ? keys[k + 1].Index : text.Length)].Trim())).ToList();
    }

    /// <summary>The bios without their initials keys, or the text as it is.</summary>
    public static string WithoutKey(string text) => BioKey().Replace(text, "");

    /// <summary>"Aminata Koné-Sissoko" → "AK": the first letter of each word of the name but its particles (a hyphenated surname once).</summary>
    public static string Of(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>
    /// The one name the initials stand for: the name a contributors' line keys with them, else the one name among
    /// <paramref name="names"/> whose initials they are. Null when none, or more than one, is.
    /// </summary>
    public static string? Match(string initials, IEnumerable<string> keyedBios, IEnumerable<string> names)
    {
        var letters = Letters(initials);
        var keyed = keyedBios.SelectMany(KeyedBios).Where(k => Letters(k.Initials) == letters).SelectMany(k => BioParagraph.Subjects(k.Bio)).Distinct(StringComparer.Ordinal).ToList();
        if (keyed.Count == 1) return keyed[0];
        var matching = names.Where(n => Of(n) == letters).Distinct(StringComparer.Ordinal).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    private static string Letters(string initials) => string.Concat(initials.Where(char.IsLetter));

    private static bool IssueEnd(string text) => text.TrimEnd() is [.., '.' or '!' or '?' or '"' or '”' or '’' or ')'];

    // "(A.K.)", "(M.O.-H.)": a hyphenated surname's initials keep their hyphen.
    [GeneratedRegex(@"\s*\((?<initials>(?:-?\p{Lu}\.\s?){2,4})\)$")]
    private static partial Regex ClosingInitials();

    [GeneratedRegex(@"(?:^\s*|(?<=[.!?]\s+))(?<initials>(?:-?\p{Lu}\.\s?){2,4})\s*[—–-]\s+(?=\p{Lu})")]
    private static partial Regex BioKey();
}
