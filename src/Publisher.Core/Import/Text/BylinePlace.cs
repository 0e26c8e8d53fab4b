using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The place or desk a byline prints after its names: "Ana Ruiz | Puerto Asís", "Ana Ruiz and Bo Lee · Quito",
/// "By Ana Ruiz, Lagos Bureau", "Ana Ruiz, Special Correspondent", "Author: Ana Ruiz, Utrecht Institute for Public
/// Safety", "Reported by Ana Ruiz in Port Serrano" (the place a reporter filed from, after a "by"), "By our correspondent in
/// Halvan, Ana Ruiz" (the role and place before the name), "Ana Ruiz in Quito · 3 May 2038" (the place and the day). <see cref="Strip"/> leaves the names part; a line
/// without such a tail is returned as it is. The place after a separator is short (one to four words in title case,
/// "de"/"del"/"of" between them) and carries no digit or sentence punctuation; a desk after a comma ends in a desk word,
/// an organisation has an organisation's noun (Institute, Centre, University …) with its name around it.
/// Pure.
/// </summary>
internal static partial class BylinePlace
{
    public static string Strip(string line)
    {
        var trimmed = line.Trim();
        // "Ama Oduro-Kell in Port Varn · 3 March 2039": the names, where they filed from, and the day after a separator.
        if (DatedTail().Match(trimmed) is { Success: true } dated && VolumeIssueLine.DateIn(dated.Groups["date"].Value.Trim()) is not null
            && NamesInPlace().Match(dated.Groups["head"].Value.Trim()) is { Success: true } inPlace && IsPlace(inPlace.Groups["place"].Value)
            && inPlace.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || TextShapes.IsNameParticle(w)))
            return inPlace.Groups["names"].Value.TrimEnd();
        // "Share: Email · Print", "7 min read · Print": a label's or a count's line, not names.
        if (LabelPrefix().Replace(trimmed, "") is var rest && (rest.Contains(':') || rest.Any(char.IsDigit))) return line;
        // "Ana Ruiz | Guest contributor": a role after the separator is no name either.
        if (SeparatedPlace().Match(trimmed) is { Success: true } separated
            && (IsPlace(separated.Groups["place"].Value) || AuthorRoleLine.Is(separated.Groups["place"].Value)))
            return separated.Groups["names"].Value.TrimEnd();
        if (CommaDesk().Match(trimmed) is { Success: true } desk) return desk.Groups["names"].Value.TrimEnd();
        // "Reported by Ana Ruiz in Port Serrano", "Compiled by Bo Lee from Quito": where the reporter filed from.
        if (FiledPlace().Match(trimmed) is { Success: true } filed && IsPlace(filed.Groups["place"].Value))
            return filed.Groups["names"].Value.TrimEnd();
        // "By our correspondent in Halvan, Teodor Mbeki-Larsen", "By our Lagos correspondent, Ana Ruiz": the role and place
        // before the name; its "By" is kept, as evidence of a byline.
        if (CorrespondentLeadIn().Match(trimmed) is { Success: true } lead && (lead.Groups["place"].Value is var place && (place.Length == 0 || IsPlace(place))))
            return lead.Groups["by"].Value + lead.Groups["names"].Value.TrimEnd();
        return line;
    }

    /// <summary>
    /// "Ines Dorrance, Velsk" (a byline's parts between commas): one writer and the one-word place she filed from, a second
    /// name having two words or more. The writer's part, or null.
    /// </summary>
    public static string? WithoutOneWordPlace(IReadOnlyList<string> parts) =>
        parts.Count == 2 && !parts[0].Contains(" and ", StringComparison.Ordinal) && !parts[0].Contains('&') && OneWordPlace().IsMatch(parts[1])
            ? parts[0] : null;

    [GeneratedRegex(@"^\p{Lu}\p{Ll}[\p{L}'’-]+$")]
    private static partial Regex OneWordPlace();

    [GeneratedRegex(@"^(?<by>by\s+)?our\s+(?:own\s+|special\s+|staff\s+|senior\s+|chief\s+|foreign\s+|\p{Lu}[\p{L}'’-]*\s+){0,2}(?:correspondents?|reporters?|writers?|stringers?)(?:\s+(?:in|at|from)\s+(?<place>\p{Lu}[^,;:|·•]*?))?\s*[,:—–]\s*(?<names>\p{Lu}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CorrespondentLeadIn();

    private static bool IsPlace(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 7 || words.Count(w => !Connectors.Contains(w)) > 4) return false;
        return words.Select((w, i) => (w, i)).All(x =>
            x.w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.') && (char.IsUpper(x.w[0]) || x.i > 0 && x.i < words.Length - 1 && Connectors.Contains(x.w)))
            && char.IsUpper(words[0][0]);
    }

    private static readonly HashSet<string> Connectors = new(["de", "del", "la", "el", "of", "do", "da", "dos", "upon", "on"], StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:(?:written\s+)?by|authors?|text|words|reporting)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPrefix();

    [GeneratedRegex(@"^(?<names>(?:(?:reported|written|compiled|filed|filing|story|text|words|dispatch)\s+)?by\s*:?\s+\p{Lu}.*?)\s+(?:in|from)\s+(?<place>\p{Lu}[^|·•,;:]*?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FiledPlace();

    [GeneratedRegex(@"^(?<head>\S.*?)\s+[|·•—–]\s+(?<date>[^|·•—–]*\d[^|·•—–]*)$")]
    private static partial Regex DatedTail();

    [GeneratedRegex(@"^(?<names>\p{Lu}\S*(?:\s+\S+){1,5}?)\s+in\s+(?<place>\p{Lu}[^|·•,;:]*?)$")]
    private static partial Regex NamesInPlace();

    [GeneratedRegex(@"^(?<names>\S.*?)\s+[|·•]\s+(?<place>[^|·•]+?)\s*$")]
    private static partial Regex SeparatedPlace();

    [GeneratedRegex(@"^(?<names>\S.*?),\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Bureau|Desk|Newsroom)|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:Institute|Centre|Center|University|Foundation|Council|Forum|Network|Trust|Agency|College|School)(?:\s+(?:for|of|on)(?:\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*){1,4})?|(?:(?:Staff|Special|Foreign|Senior|Chief|Regional|Diplomatic|Security|Defen[cs]e|Political|Africa|Asia|Europe|Middle\s+East)\s+){0,2}(?:Correspondent|Reporter|Writer))$")]
    private static partial Regex CommaDesk();
}
