namespace Publisher.Core.Import.Text;

/// <summary>
/// A byline printed in capitals without "By" directly under an article's title, as printed issues set them
/// ("ILONA MARCHETTI-VARGA", "ANA RUIZ AND LEO MARK", "ANA RUIZ & LEO MARK*"). Alone, a line in capitals is a heading or
/// a label more often than a name, so only the caller's context (a title right above) makes it a byline; here every
/// name must still look like a person's name (no heading words) and the line must not be a known section label.
/// The names in title case, or null. Pure.
/// </summary>
internal static partial class CapitalsByline
{
    private const int MaxNames = 4;

    public static IReadOnlyList<string>? Names(string line)
    {
        var text = BylineMarker.Strip(line.Trim());
        // "ANA RUIZ and LEO MARK": the names in capitals, the word joining them may be set in lower case.
        if (text.Length is < 5 or > 100 || !text.Any(char.IsLetter) || Joiner().Replace(text, " ").Any(char.IsLower)) return null;
        if (SectionLabels.KnownKind(text) is not null) return null;
        var names = TextShapes.AuthorNames(PublicationName.TitleCase(text));
        if (names is not { Count: > 0 and <= MaxNames }) return null;
        return names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) ? names : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{Lu})\s+and\s+(?=\p{Lu})")]
    private static partial System.Text.RegularExpressions.Regex Joiner();
}
