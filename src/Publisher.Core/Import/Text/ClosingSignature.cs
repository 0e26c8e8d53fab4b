using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The line that signs an article at its end in a printed issue, instead of a byline under the title: "— NAME",
/// "— NAME, Place", "— NAME and NAME", "— Text: NAME, Place" (a credit's label before the names), "NAME, Editor",
/// "NAME / Place", "NAME, Role, Office", "— NAME (Office)". One or two commas (or a slash) with no "and" after them set a
/// place, role or office after the names, not another name; without a dash the line must have that place or role.
/// Names in capitals are read in title case. The signers' names, or null. Pure.
/// </summary>
internal static partial class ClosingSignature
{
    private const int MaxNames = 4;
    private const int MaxTailWords = 5;

    /// <summary>
    /// The names of a signature that opens with a dash ("— NAME", "– NAME, Place", or "-- NAME" as plain text types the
    /// dash), or null: the surest shape. A single hyphen may be a list's bullet, and is not taken.
    /// </summary>
    public static IReadOnlyList<string>? DashedNames(string line) =>
        line.TrimStart() is ['—' or '–', ..] or ['-', '-', not '-', ..] || Bracketed(line.Trim()) is not null ? Names(line) : null;

    public static IReadOnlyList<string>? Names(string line)
    {
        var text = Spaces().Replace(line.Trim(), " ");
        if (text.Length is < 4 or > 120) return null;
        // "(Ines Dorrance)", "[Ines Dorrance]": a signature set in brackets on a line of its own is as sure as one after a dash.
        var bracketed = Bracketed(text);
        if (bracketed is not null) text = bracketed;
        var dash = Dash().Match(text);
        var sure = dash.Success || bracketed is not null;
        var rest = text[dash.Length..].Trim();
        // "— Text: NAME, Place", "— Words and photos: NAME": a credit's label before the names (only after a dash).
        if (dash.Success && CreditLabel().Match(rest) is { Success: true } label) rest = rest[label.Length..].Trim();
        // "— NAME (Centre for Port Studies)": the signer's body in brackets after the names.
        rest = Affiliation().Replace(rest, "").Trim();
        if (rest.Length == 0 || rest.Any(char.IsDigit) || rest[^1] is '.' or '!' or '?' or ':' or ';' or ',') return null;
        // "NAME, Place", "NAME / Place", "NAME, Research Associate, Saltmere Institute": a place, a role and an office after the names.
        var parts = PlaceSeparator().Split(rest);
        var names = rest;
        if (parts.Length is 2 or 3 && parts.Skip(1).All(p => !AndWord().IsMatch(p)))
        {
            foreach (var part in parts.Skip(1))
            {
                var tail = part.Trim();
                if (tail.Length == 0 || !char.IsUpper(tail[0]) || TextLines.WordCount(tail) > MaxTailWords) return null;
            }
            names = parts[0];
        }
        else if (!sure || rest.Contains('/')) return null;
        if (names.Any(char.IsLetter) && !names.Any(char.IsLower)) names = PublicationName.TitleCase(names);
        var list = PersonNames.Split(names);
        if (list.Count is 0 or > MaxNames) return null;
        return list.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) ? list : null;
    }

    /// <summary>"(Monitor staff)", "[Harbour Review desk]": a credit in brackets on a line of its own that names no person.</summary>
    public static bool IsUnnamedCredit(string line) =>
        Bracketed(Spaces().Replace(line.Trim(), " ")) is { } inner && CollectiveByline.IsCredit(inner);

    /// <summary>The text inside brackets that hold the whole line ("(NAME, Place)", "[NAME]"), or null.</summary>
    private static string? Bracketed(string text) =>
        text is ['(', .., ')'] && text.IndexOfAny(['(', ')'], 1) == text.Length - 1
        || text is ['[', .., ']'] && text.IndexOfAny(['[', ']'], 1) == text.Length - 1 ? text[1..^1].Trim() : null;

    [GeneratedRegex(@"\s*,\s*|\s+/\s+")]
    private static partial Regex PlaceSeparator();

    [GeneratedRegex(@"\s*\(\p{Lu}[^()]{1,60}\)$")]
    private static partial Regex Affiliation();

    [GeneratedRegex(@"^[—–-]{1,2}\s*")]
    private static partial Regex Dash();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:\s+(?:and|&)\s+\p{Ll}+)?:\s+")]
    private static partial Regex CreditLabel();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\band\b|&")]
    private static partial Regex AndWord();
}
